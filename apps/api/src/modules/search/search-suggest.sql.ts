import { binder, type Statement } from '../../common/db/statement';
import type { ExpandedTerm } from './query-expansion';

// Suggestions while typing: at most a few rows of each kind, each through an index where the
// table is large. Service titles: the literal word, its synonyms, its pinyin (title trigram,
// title character and title pinyin trigram indexes, OR-ed as bitmaps); titles starting with the
// word first. Categories (a few dozen) and approved providers are small tables.

export const SUGGEST_PER_NAME_KIND = 2;

const like = (x: string) => `%${x.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
const prefix = (x: string) => `${x.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
const pinyinLike = (py: string) => `% ${py.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

export interface SuggestRow {
  kind: 'category' | 'service' | 'provider';
  id: string;
  label: string;
  label_en: string | null;
}

export function suggestStatement(term: ExpandedTerm, serviceLimit: number): Statement {
  const { values, p } = binder();
  const words = [term.literal, ...term.synonyms];
  const wordsParam = p(words.map(like));
  const py = term.pinyin ? p(pinyinLike(term.pinyin)) : null;
  const titleArms = words.map((w) => {
    const cs = [...w];
    const hit = `lower(s.title) LIKE ${p(like(w))}`;
    // pg_trgm needs three characters: shorter words by the title's character index.
    return cs.length > 2 ? hit : `(search_chars(lower(s.title)) COLLATE "C" @> ${p(cs)}::text[] AND ${hit})`;
  });
  if (py) titleArms.push(`s.title_pinyin LIKE ${py}`);
  const literal = p(like(term.literal));
  const text = `
    (SELECT 'category' AS kind, k.code AS id, k.name_zh AS label, k.name_en AS label_en
       FROM category k
      WHERE lower(k.name_zh) LIKE ANY (${wordsParam}::text[]) OR lower(k.name_en) LIKE ANY (${wordsParam}::text[])${py ? ` OR k.pinyin LIKE ${py}` : ''}
      ORDER BY k.sort_order, k.code
      LIMIT ${SUGGEST_PER_NAME_KIND})
    UNION ALL
    (SELECT 'service', s.id::text, s.title, NULL
       FROM service_listing s JOIN provider p ON p.id = s.provider_id
      WHERE s.status = 'published' AND p.status = 'approved' AND (${titleArms.join(' OR ')})
      ORDER BY CASE WHEN lower(s.title) LIKE ${p(prefix(term.literal))} THEN 0 WHEN lower(s.title) LIKE ${literal} THEN 1 ELSE 2 END,
               s.rating_avg DESC NULLS LAST, s.published_at DESC, s.id
      LIMIT ${p(serviceLimit)})
    UNION ALL
    (SELECT 'provider', pr.id::text, pr.name, NULL
       FROM provider pr
      WHERE pr.status = 'approved'
        AND (lower(pr.name) LIKE ANY (${wordsParam}::text[]) OR lower(pr.short_name) LIKE ANY (${wordsParam}::text[])${py ? ` OR pr.pinyin LIKE ${py}` : ''})
      ORDER BY CASE WHEN lower(pr.short_name) LIKE ${literal} OR lower(pr.name) LIKE ${literal} THEN 0 ELSE 1 END, pr.name, pr.id
      LIMIT ${SUGGEST_PER_NAME_KIND})`;
  return { text, values };
}
