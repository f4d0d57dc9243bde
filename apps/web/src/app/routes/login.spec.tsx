import { screen } from '@testing-library/react';
import { renderRoute } from '../../testing/render';
import { LoginRoute } from './login';

function renderLogin(url: string) {
  return renderRoute(<LoginRoute />, { path: '/login', url });
}

describe('LoginRoute', () => {
  it('says accounts are coming and links back to the page the visitor came from', () => {
    renderLogin(
      `/login?redirect=${encodeURIComponent('/services/42?stage=growth')}`,
    );

    expect(
      screen.getByRole('heading', { name: '在线申请需要登录' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/企业账户功能即将开放/)).toBeInTheDocument();
    expect(screen.getByText(/服务机构的联系人和电话/)).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: '返回刚才的页面' }),
    ).toHaveAttribute('href', '/services/42?stage=growth');
    expect(document.title).toBe('登录 · 企服超市');
  });

  it('offers no way back to another site', () => {
    renderLogin(
      `/login?redirect=${encodeURIComponent('//evil.example/phish')}`,
    );

    expect(screen.queryByRole('link', { name: '返回刚才的页面' })).toBeNull();
    expect(screen.getByRole('link', { name: '浏览全部服务' })).toHaveAttribute(
      'href',
      '/services',
    );
  });
});
