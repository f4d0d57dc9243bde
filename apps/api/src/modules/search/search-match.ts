import type { SearchMatch, SearchMatchField, ServiceSummaryDto } from '@qifu/contracts';
import type { ExpandedTerm } from './query-expansion';
import { mayBePinyin, pinyinSpan, wordPinyin } from './search-pinyin';

// Why a card matched a search, worked out from the card's own text and the terms as the search
// expanded them (no query of its own): per term, in each field the card shows, the word typed,
// else one of its synonyms, else its pinyin. A hit found only in the description (or a
// provider's short name) has no entry for that term.

/** Every place of needle in text (both lower-cased, same length), not overlapping. */
function places(text: string, needle: string): [number, number][] {
  const out: [number, number][] = [];
  if (!needle) return out;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) out.push([at, at + needle.length]);
  return out;
}

interface FieldText {
  field: SearchMatchField;
  texts: string[];
  /** Whether the search reads the field's pinyin (title, category and provider names). */
  pinyin: boolean;
}

function fieldsOf(s: ServiceSummaryDto): FieldText[] {
  return [
    { field: 'title', texts: [s.title], pinyin: true },
    { field: 'category', texts: [s.category.nameZh, s.category.nameEn], pinyin: true },
    { field: 'summary', texts: [s.summary], pinyin: false },
    { field: 'provider', texts: [s.provider.name], pinyin: true },
  ];
}

function matchIn(f: FieldText, t: ExpandedTerm): SearchMatch | null {
  // Ranges are of the field's first text; the category's tag is marked whole.
  const ranged = f.field !== 'category';
  for (const [via, words] of [['literal', [t.literal]], ['synonym', t.synonyms]] as const) {
    for (const word of words) {
      for (const text of f.texts) {
        const lower = text.toLowerCase();
        if (lower.length !== text.length) continue;
        const found = places(lower, word);
        if (!found.length) continue;
        // A dictionary word reached by its spelling (shebao → 社保) is a pinyin hit to the reader.
        const spelled = via === 'synonym' && mayBePinyin(t.literal) && wordPinyin(word).includes(t.literal);
        return { field: f.field, via: spelled ? 'pinyin' : via, term: t.literal, found: text.slice(found[0][0], found[0][1]), ranges: ranged ? found : [] };
      }
    }
  }
  if (f.pinyin && t.pinyin) {
    const text = f.texts[0];
    const span = pinyinSpan(text, t.pinyin);
    if (span) return { field: f.field, via: 'pinyin', term: t.literal, found: text.slice(span[0], span[1]), ranges: ranged ? [span] : [] };
  }
  return null;
}

export function searchMatches(s: ServiceSummaryDto, expanded: ExpandedTerm[]): SearchMatch[] {
  const fields = fieldsOf(s);
  return expanded.flatMap((t) => fields.map((f) => matchIn(f, t)).filter((m): m is SearchMatch => m !== null));
}
