import { screen } from '@testing-library/react';
import { renderRoute } from '../../testing/render';
import { NotFoundRoute } from './not-found';

describe('NotFoundRoute', () => {
  it('says 404, names the problem and links home', () => {
    renderRoute(<NotFoundRoute />, { path: '*', url: '/no/such/page' });

    expect(screen.getByText('404')).toBeVisible();
    expect(
      screen.getByRole('heading', { level: 1, name: '页面不存在' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '返回首页' })).toHaveAttribute(
      'href',
      '/',
    );
    expect(document.title).toBe('页面不存在 · 企服超市');
  });
});
