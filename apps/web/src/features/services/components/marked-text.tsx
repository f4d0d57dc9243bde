import { Fragment } from 'react';

export interface MarkedTextProps {
  text: string;
  /** [start, end) in UTF-16 units, as the API answers them; overlapping or out of range is fine. */
  ranges: [number, number][] | undefined;
}

/** Text with the given places wrapped in <mark>, as React text (never HTML). */
export function MarkedText({ text, ranges }: MarkedTextProps) {
  if (!ranges?.length) return <>{text}</>;
  const sorted = ranges
    .map(
      ([a, b]) =>
        [Math.max(0, a), Math.min(text.length, b)] as [number, number],
    )
    .filter(([a, b]) => a < b)
    .sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [a, b] of merged) {
    if (a > at) parts.push({ text: text.slice(at, a), marked: false });
    parts.push({ text: text.slice(a, b), marked: true });
    at = b;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return (
    <>
      {parts.map((p, i) =>
        p.marked ? (
          <mark key={i} className="qf-mark">
            {p.text}
          </mark>
        ) : (
          <Fragment key={i}>{p.text}</Fragment>
        ),
      )}
    </>
  );
}
