import { screen, within } from '@testing-library/react';
import { renderRoute } from '../../testing/render';
import { ApplyCard, DetailLayout } from './detail-layout';

function renderLayout(applyHref: string | null) {
  return renderRoute(
    <DetailLayout
      crumbs={[{ href: '/services', label: '找服务' }]}
      current="年度审计"
      tag={<span>财税</span>}
      title="年度审计服务"
      meta={<p>4.5 分</p>}
      summary="出具年度审计报告"
      facts={[{ key: 'duration', label: '服务周期', children: '30 天' }]}
      aside={{
        label: '价格与机构',
        children: (
          <ApplyCard href={applyHref} label="申请服务" hint="登录后申请">
            <span>¥3000</span>
          </ApplyCard>
        ),
      }}
      body={<p>服务说明正文</p>}
    >
      <p>相关服务</p>
    </DetailLayout>,
    { path: '/services/:id', url: '/services/1', me: null },
  );
}

describe('DetailLayout', () => {
  it('leads from 首页 through the crumbs to this page, which is no link', () => {
    renderLayout('/login');
    const crumbs = screen.getByRole('navigation', { name: '当前位置' });
    expect(
      within(crumbs)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['首页', '/'],
      ['找服务', '/services'],
    ]);
    expect(within(crumbs).getByText('年度审计').closest('a')).toBeNull();
  });

  it('puts the title, facts, a named aside, the body and what follows on the page', () => {
    renderLayout('/login');
    expect(
      screen.getByRole('heading', { level: 1, name: '年度审计服务' }),
    ).toBeInTheDocument();
    expect(screen.getByText('服务周期')).toBeInTheDocument();
    expect(screen.getByText('30 天')).toBeInTheDocument();
    const aside = screen.getByRole('complementary', { name: '价格与机构' });
    expect(within(aside).getByText('¥3000')).toBeInTheDocument();
    expect(
      within(aside).getByRole('link', { name: '申请服务' }),
    ).toHaveAttribute('href', '/login');
    expect(screen.getByText('服务说明正文')).toBeInTheDocument();
    expect(screen.getByText('相关服务')).toBeInTheDocument();
  });

  it('shows only the hint when this account cannot ask', () => {
    renderLayout(null);
    const aside = screen.getByRole('complementary', { name: '价格与机构' });
    expect(within(aside).queryByRole('link')).toBeNull();
    expect(within(aside).getByText('登录后申请')).toBeInTheDocument();
  });
});
