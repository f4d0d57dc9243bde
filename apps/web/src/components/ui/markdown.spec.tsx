import { render, screen } from '@testing-library/react';
import { LazyMarkdown } from './lazy-markdown';
import { Markdown, safeUrl } from './markdown';

function renderMarkdown(source: string) {
  const { container } = render(<Markdown>{source}</Markdown>);
  return container;
}

describe('Markdown', () => {
  it('renders headings, lists, emphasis and safe links', () => {
    const container = renderMarkdown(
      '## 服务内容\n\n- 技术交底梳理\n- **专利**挖掘\n\n详见 [官网](https://ip.example.cn/a?b=1) 或 [来信](mailto:ip@example.cn)。',
    );
    // The page has its own h1 and section h2: a provider's ## becomes an h4.
    expect(
      screen.getByRole('heading', { level: 4, name: '服务内容' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(container.querySelector('strong')?.textContent).toBe('专利');
    const site = screen.getByRole('link', { name: '官网' });
    expect(site).toHaveAttribute('href', 'https://ip.example.cn/a?b=1');
    expect(site).toHaveAttribute('target', '_blank');
    expect(site.getAttribute('rel')).toContain('noopener');
    expect(screen.getByRole('link', { name: '来信' })).toHaveAttribute(
      'href',
      'mailto:ip@example.cn',
    );
  });

  it('never lets a script, an event handler or raw HTML through', () => {
    const container = renderMarkdown(
      [
        '<script>window.__pwned = 1</script>',
        '',
        '<img src="x" onerror="window.__pwned = 2">',
        '',
        '<a href="https://evil.example" onclick="window.__pwned = 3">点我</a>',
        '',
        '<iframe src="https://evil.example"></iframe><style>body{display:none}</style>',
      ].join('\n'),
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('iframe, style, img')).toBeNull();
    expect(container.querySelector('[onerror], [onclick]')).toBeNull();
    expect(container.innerHTML).not.toMatch(/<(script|img|iframe|style)\b/i);
    // The HTML shows as the characters typed (escaped), so nothing the provider wrote is hidden.
    expect(container.textContent).toContain(
      '<script>window.__pwned = 1</script>',
    );
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('drops javascript:, data: and vbscript: links but keeps their words', () => {
    const container = renderMarkdown(
      '[点击领取](javascript:alert(1)) [数据](data:text/html;base64,PHNjcmlwdD4=) [旧](vbscript:msgbox) [相对](/account) <javascript:alert(2)>',
    );
    expect(container.querySelector('a, [href]')).toBeNull();
    // An autolink's address may stay as words, never as an address.
    expect(container.innerHTML).not.toMatch(/href|data:|vbscript:/i);
    expect(container.textContent).toContain('点击领取');
    expect(container.textContent).toContain('相对');
  });

  it('does not load images; a picture becomes a link the reader may follow', () => {
    const container = renderMarkdown(
      '![团队合影](https://tracker.example/pixel.gif) ![坏图](javascript:alert(1))',
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('link', { name: /团队合影/ })).toHaveAttribute(
      'href',
      'https://tracker.example/pixel.gif',
    );
    expect(container.textContent).toContain('坏图');
    expect(container.innerHTML).not.toContain('javascript:');
  });

  it('accepts only absolute http(s) and mailto URLs', () => {
    expect(safeUrl('https://a.example/x')).toBe('https://a.example/x');
    expect(safeUrl(' HTTP://a.example ')).toBe('http://a.example/');
    expect(safeUrl('mailto:a@b.cn')).toBe('mailto:a@b.cn');
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,x',
      '//evil.example',
      '/relative',
      'https:',
    ])
      expect(safeUrl(bad)).toBeNull();
  });

  it('loads lazily, showing the plain text until then', async () => {
    const { container } = render(
      <LazyMarkdown>{'**加粗** <script>x()</script>'}</LazyMarkdown>,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(await screen.findByText('加粗')).toBeInTheDocument();
    expect(container.querySelector('.qf-md strong')).not.toBeNull();
    expect(container.querySelector('script')).toBeNull();
  });
});
