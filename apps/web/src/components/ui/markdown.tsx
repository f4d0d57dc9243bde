import type { ReactNode } from 'react';
import { LinkOutlined, PictureOutlined } from '@ant-design/icons';
import ReactMarkdown, { type Components } from 'react-markdown';
import './markdown.css';

// Descriptions are written by providers and read by everyone, so they are untrusted input:
// - raw HTML is never interpreted: react-markdown (without rehype-raw) turns it into text,
//   so `<script>` or `<img onerror>` show as the characters typed, never as elements;
// - only the elements below exist; anything else is dropped with its content kept;
// - links only to http(s) and mailto (no javascript:, data:, or relative paths posing as ours),
//   opened in a new tab without the opener or a referrer;
// - images are never loaded: a picture from an arbitrary host would tell that host who reads
//   the page (a tracking pixel) and our CSP allows no foreign images anyway. They become a link
//   the reader may follow on purpose.
// Headings start at level 3: the page already has its h1 and the section's h2.

const SAFE_PROTOCOL = /^(https?:|mailto:)/i;

export function safeUrl(url: string): string | null {
  const trimmed = url.trim();
  if (!SAFE_PROTOCOL.test(trimmed)) return null;
  try {
    const parsed = new URL(trimmed);
    return SAFE_PROTOCOL.test(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

const ALLOWED_ELEMENTS = [
  'p',
  'br',
  'strong',
  'em',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'hr',
  'a',
  'img',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
];

function ExternalLink({
  href,
  children,
}: {
  href?: string;
  children?: ReactNode;
}) {
  const url = href ? safeUrl(href) : null;
  if (!url) return <span className="qf-md__unsafe-link">{children}</span>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer nofollow ugc">
      {children}
    </a>
  );
}

function ImageAsLink({ src, alt }: { src?: string | Blob; alt?: string }) {
  const url = typeof src === 'string' ? safeUrl(src) : null;
  const label = alt?.trim() || (url ? new URL(url).hostname : '');
  if (!url) return label ? <span className="qf-md__image">{label}</span> : null;
  return (
    <a
      className="qf-md__image"
      href={url}
      target="_blank"
      rel="noopener noreferrer nofollow ugc"
    >
      <PictureOutlined aria-hidden /> {label} <LinkOutlined aria-hidden />
    </a>
  );
}

const COMPONENTS: Components = {
  h1: 'h3',
  h2: 'h4',
  h3: 'h5',
  h4: 'h6',
  h5: 'h6',
  h6: 'h6',
  a: ({ href, children }) => (
    <ExternalLink href={href}>{children}</ExternalLink>
  ),
  img: ({ src, alt }) => <ImageAsLink src={src} alt={alt} />,
};

// Links and images are judged by the components above; this only keeps the href out of the
// tree when it is unsafe, so nothing else can read it either.
const urlTransform = (url: string) => safeUrl(url) ?? '';

export interface MarkdownProps {
  children: string;
  className?: string;
}

/** Renders a provider's Markdown safely (see above). Load it lazily: see lazy-markdown.tsx. */
export function Markdown({ children, className }: MarkdownProps) {
  return (
    <div className={['qf-md', className].filter(Boolean).join(' ')}>
      <ReactMarkdown
        allowedElements={ALLOWED_ELEMENTS}
        unwrapDisallowed
        components={COMPONENTS}
        urlTransform={urlTransform}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}

export default Markdown;
