// The search pinyin of apps/api/src/modules/search/search-pinyin.ts for the bulk COPY path (the
// bench seeds 100,000 listings without the API). Keep the two the same: search-pinyin.spec.ts
// compares them.
import { pinyin } from 'pinyin-pro';

export const PINYIN_MAX_SYLLABLES = 16;
const HAN = /\p{Script=Han}/u;
const LATIN_RUN = /^[a-z0-9]+$/;
// ü is stored as u (lüe → lue), as most people type it; a query's v is read as u too (termPinyin).
const ascii = (syllable) => syllable.replace(/ü/g, 'u');

function tokens(text) {
  const out = [];
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

export function searchPinyin(...texts) {
  const seen = new Set();
  for (const text of texts) {
    if (!text) continue;
    let seg = [];
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
    for (const t of tokens(text)) {
      if (t) seg.push(t);
      else flush();
    }
    flush();
  }
  // Never empty: '' marks a row not computed yet (database/search-pinyin-fill.ts).
  return [...seen].map((s) => ` ${s}`).join('') || ' ';
}
