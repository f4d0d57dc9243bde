// One wrong, missing or extra character in a query term (知识产全 → 知识产权), tried only when the
// exact search finds little. The database finds the rows that hold a one-edit variant (LIKE with
// `_` for the unknown character, each pattern served by the trigram or character index); the
// correction is the variant those rows hold most often.

/** Terms shorter than this are not corrected: at two characters one edit reaches half the catalogue. */
export const TYPO_MIN_LENGTH = 3;
export const TYPO_MAX_LENGTH = 20;

export interface TypoPattern {
  /** A LIKE pattern, `%…%`, with `_` for a character. */
  pattern: string;
  /** The pattern's known characters, for the character index. */
  chars: string[];
}

const escape = (c: string) => (c === '%' || c === '_' || c === '\\' ? `\\${c}` : c);

/** The LIKE patterns of every one-edit variant of a term (as a substring). */
export function typoPatterns(term: string): TypoPattern[] {
  const cs = [...term];
  const out = new Map<string, TypoPattern>();
  const add = (parts: (string | null)[]) => {
    const pattern = `%${parts.map((c) => (c === null ? '_' : escape(c))).join('')}%`;
    out.set(pattern, { pattern, chars: [...new Set(parts.filter((c): c is string => c !== null))] });
  };
  for (let i = 0; i < cs.length; i++) {
    add(cs.map((c, j) => (j === i ? null : c))); // one character wrong
    add(cs.filter((_, j) => j !== i)); // one character too many
  }
  // One character missing inside (at either end the term itself would have matched).
  for (let i = 1; i < cs.length; i++) add([...cs.slice(0, i), null, ...cs.slice(i)]);
  return [...out.values()];
}

/** Whether a and b differ by at most one substitution, insertion or deletion. */
export function withinOneEdit(a: string[], b: string[]): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (a.length < b.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

const BREAK = /[\s\p{P}\p{S}]/u;
const LATIN = /^[a-z0-9]$/;

export interface CorrectionOptions {
  /** Words already searched (the term's synonyms): never a correction. */
  exclude?: Iterable<string>;
  /**
   * The term found a little already: then only a word of its length held by two texts or more is
   * offered (a wrong character, 报高 → 报告), not the term less a character (a wider search) nor a
   * stray one-off. When it found nothing, any variant (auditt → audit, 知识权 → 知识产权).
   */
  found?: boolean;
}

/**
 * The correction of term found in texts: the one-edit variant held by most texts; on a tie the
 * longer (知识权 → 知识产权, not 知识产). Never a longer text holding the term (its hits are the
 * term's). Null when none is found.
 */
export function bestCorrection(term: string, texts: string[], opts: CorrectionOptions = {}): string | null {
  const lower = term.toLowerCase();
  const q = [...lower];
  const exclude = new Set(opts.exclude ?? []);
  const acceptable = (w: string) => w !== lower && !w.includes(lower) && !exclude.has(w) && (!opts.found || [...w].length === q.length);
  const counts = new Map<string, number>();
  for (const text of texts) {
    const cs = [...text.toLowerCase()];
    const found = new Set<string>();
    for (const len of [q.length - 1, q.length, q.length + 1]) {
      if (len < 2) continue;
      for (let i = 0; i + len <= cs.length; i++) {
        const w = cs.slice(i, i + len);
        if (w.some((c) => BREAK.test(c))) continue;
        // Latin words whole: not kpi → epi inside bookkeeping.
        if (LATIN.test(w[0]) && LATIN.test(cs[i - 1] ?? '')) continue;
        if (LATIN.test(w[len - 1]) && LATIN.test(cs[i + len] ?? '')) continue;
        if (withinOneEdit(q, w)) found.add(w.join(''));
      }
    }
    for (const w of found) if (acceptable(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = opts.found ? 1 : 0;
  for (const [w, n] of counts) {
    if (n > bestCount || (n === bestCount && best !== null && [...w].length > [...best].length)) {
      best = w;
      bestCount = n;
    }
  }
  return best;
}
