import { mayBePinyin, termPinyin, wordPinyin } from './search-pinyin';

// What a query term is searched as, besides itself: the other words of the dictionary groups it
// holds (社保 → 社会保险, 高企认定 → 高新技术企业认定), the groups whose word it spells in pinyin
// (gq, gaoqi → 高企 and its group) and its own pinyin against the listings' stored pinyin.

export interface DictionaryGroup {
  terms: string[];
  pinyin: string[];
}

export interface ExpandedTerm {
  /** The term as typed, lower-cased. */
  literal: string;
  /** Other words with the same meaning (ranked slightly below the literal word). */
  synonyms: string[];
  /** The term as pinyin, matched from a syllable's start in the stored pinyin; null: not pinyin. */
  pinyin: string | null;
}

const MAX_SYNONYMS = 8;
const HAN = /\p{Script=Han}/u;

/** The dictionary words a group is found by: its words, and the pinyin of its Chinese words. */
export function groupPinyin(terms: string[]): string[] {
  return [...new Set(terms.flatMap(wordPinyin))];
}

export function expandTerm(literal: string, groups: DictionaryGroup[]): ExpandedTerm {
  const synonyms = new Set<string>();
  for (const g of groups) {
    if (g.pinyin.includes(literal)) for (const t of g.terms) synonyms.add(t);
    for (const word of g.terms) {
      // A Chinese word counts inside a longer term (上市辅导 holds 上市); a Latin one only whole
      // (ipo must not read as ip + o).
      const inside = HAN.test(word) && [...word].length >= 2 ? literal.includes(word) : literal === word;
      if (!inside) continue;
      for (const other of g.terms) if (other !== word) synonyms.add(literal.replace(word, other));
    }
  }
  synonyms.delete(literal);
  // One Latin letter as pinyin is an initial in almost every listing.
  const pinyin = mayBePinyin(literal) && [...literal].length >= 2 ? termPinyin(literal) : null;
  return { literal, synonyms: [...synonyms].slice(0, MAX_SYNONYMS), pinyin: pinyin || null };
}

/** Whether a search needs more than the literal words (so the literal-only fast paths do not apply). */
export function isExpanded(terms: ExpandedTerm[]): boolean {
  return terms.some((t) => t.synonyms.length > 0 || t.pinyin !== null);
}
