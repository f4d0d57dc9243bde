import { lazy, Suspense } from 'react';
import type { MarkdownProps } from './markdown';

// react-markdown and its parser (~35 kB gzipped) load only with the pages that show Markdown,
// never with the home page. Until they arrive the text shows as typed, so nothing jumps.
const Markdown = lazy(() => import('./markdown'));

export function LazyMarkdown({ children, className }: MarkdownProps) {
  return (
    <Suspense fallback={<p className="qf-prose">{children}</p>}>
      <Markdown className={className}>{children}</Markdown>
    </Suspense>
  );
}
