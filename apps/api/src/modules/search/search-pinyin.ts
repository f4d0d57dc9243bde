import { pinyin } from 'pinyin-pro';

// Pinyin for search, computed where text is written (pinyin-pro is JavaScript; PostgreSQL cannot
// run it in a trigger) and stored beside the text for the trigram index. bench/lib/search-pinyin.mjs
// is the same code for the bulk COPY path (search-pinyin.spec.ts checks the two agree).

/** Longest run of syllables stored from one position (a query longer than this finds nothing by pinyin). */
export const PINYIN_MAX_SYLLABLES = 16;

const HAN = /\p{Script=Han}/u;
const LATIN_RUN = /^[a-z0-9]+$/;
// ü is stored as u (lüe → lue), as most people type it; a query's v is read as u too (termPinyin).
const ascii = (syllable: string) => syllable.replace(/ü/g, 'u');

interface Token {
  full: string;
  initial: string;
  han: boolean;
}

/** Tokens of text: a syllable per Chinese character, a Latin/digit run as one token, null where the text breaks. */
function tokens(text: string): (Token | null)[] {
  const out: (Token | null)[] = [];
  // Runs of Chinese characters go to pinyin-pro whole, so a word's reading decides 多音字 (会计 kuaiji, 银行 yinhang).
  for (const run of text.toLowerCase().match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? []) {
    if (HAN.test(run)) {
      for (const f of pinyin(run, { toneType: 'none', type: 'array' }).map(ascii)) out.push({ full: f, initial: f.charAt(0), han: true });
    } else {
      for (const part of run.split(/([a-z0-9]+)/)) {
        if (!part) continue;
        out.push(LATIN_RUN.test(part) ? { full: part, initial: part, han: false } : null);
      }
    }
  }
  return out;
}

/**
 * The stored form: every run of up to PINYIN_MAX_SYLLABLES syllables starting at a syllable, in full
 * and as initials, each after a space. A query term then matches with LIKE '% term%': from the start
 * of a syllable only, so "ai" finds 爱 but not the middle of dai or kai.
 * "社保代办" → " shebaodaiban baodaiban daiban ban sbdb bdb db b".
 */
export function searchPinyin(...texts: (string | null | undefined)[]): string {
  const seen = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    const all = tokens(text);
    // Segments between breaks; only those with Chinese in them (Latin text is searched as it is).
    let seg: Token[] = [];
    const flush = () => {
      if (seg.some((t) => t.han)) {
        for (let i = 0; i < seg.length; i++) {
          const run = seg.slice(i, i + PINYIN_MAX_SYLLABLES);
          seen.add(run.map((t) => t.full).join(''));
          seen.add(run.map((t) => t.initial).join(''));
        }
      }
      seg = [];
    };
    for (const t of all) {
      if (t) seg.push(t);
      else flush();
    }
    flush();
  }
  // Never empty: '' marks a row not computed yet (database/search-pinyin-fill.ts).
  return [...seen].map((s) => ` ${s}`).join('') || ' ';
}

/** A query term read as pinyin: its Chinese characters spelled out, Latin kept ("社保db" → "shebaodb"). */
export function termPinyin(term: string): string {
  return tokens(term)
    .filter((t): t is Token => t !== null)
    .map((t) => (t.han ? t.full : t.full.replace(/v/g, 'u')))
    .join('');
}

/** Full pinyin and initials of a dictionary word with Chinese in it ("高企" → ["gaoqi", "gq"]); none otherwise. */
export function wordPinyin(word: string): string[] {
  const ts = tokens(word).filter((t): t is Token => t !== null);
  if (!ts.some((t) => t.han)) return [];
  return [...new Set([ts.map((t) => t.full).join(''), ts.map((t) => t.initial).join('')])];
}

/** Whether a term holds Latin letters, i.e. may be pinyin ("shebao", "sb", "ipo辅导"). */
export function mayBePinyin(term: string): boolean {
  return /[a-z]/i.test(term);
}

interface PlacedToken extends Token {
  /** [start, end) in UTF-16 units of the text. */
  start: number;
  end: number;
}

/** tokens() with each token's place in the text (null where the text breaks). */
function placedTokens(text: string): (PlacedToken | null)[] {
  const lower = text.toLowerCase();
  // A character whose lower case is longer (İ) would shift every place after it: no places then.
  if (lower.length !== text.length) return [];
  const out: (PlacedToken | null)[] = [];
  for (const m of lower.matchAll(/\p{Script=Han}+|[^\p{Script=Han}]+/gu)) {
    const run = m[0];
    let at = m.index ?? 0;
    if (HAN.test(run)) {
      const chars = [...run];
      const syllables = pinyin(run, { toneType: 'none', type: 'array' }).map(ascii);
      chars.forEach((c, i) => {
        const f = syllables[i] ?? c;
        out.push({ full: f, initial: f.charAt(0), han: true, start: at, end: at + c.length });
        at += c.length;
      });
    } else {
      for (const part of run.split(/([a-z0-9]+)/)) {
        if (part) out.push(LATIN_RUN.test(part) ? { full: part, initial: part, han: false, start: at, end: at + part.length } : null);
        at += part.length;
      }
    }
  }
  return out;
}

/**
 * Where a pinyin spelling (termPinyin of a query term) is found in text as searchPinyin stores it:
 * from a syllable's start, in full ("shebao", "sheb") or as initials ("sb"). Answers the first
 * place [start, end) in UTF-16 units, or null. Only where the text holds Chinese, as stored.
 */
export function pinyinSpan(text: string, py: string): [number, number] | null {
  if (!py) return null;
  const all = placedTokens(text);
  let seg: PlacedToken[] = [];
  const look = (): [number, number] | null => {
    if (!seg.some((t) => t.han)) return null;
    for (let i = 0; i < seg.length; i++) {
      // In full: the syllables from i spell py, the last one perhaps only begun.
      let spelled = '';
      for (let k = i; k < seg.length && spelled.length < py.length; k++) {
        spelled += seg[k].full;
        if (spelled.length >= py.length) {
          if (spelled.startsWith(py)) return [seg[i].start, seg[k].end];
          break;
        }
        if (!py.startsWith(spelled)) break;
      }
      // As initials: one letter per syllable (a Latin run counts whole, as stored).
      let initials = '';
      for (let k = i; k < seg.length && initials.length < py.length; k++) {
        initials += seg[k].initial;
        if (initials === py) return [seg[i].start, seg[k].end];
        if (!py.startsWith(initials)) break;
      }
    }
    return null;
  };
  for (const t of all) {
    if (t) seg.push(t);
    else {
      const found = look();
      if (found) return found;
      seg = [];
    }
  }
  return look();
}
