import type { CategoryRef, LifecycleStage, ListServicesQuery, PriceModel, ProviderKind, ServiceSort, ServiceSummaryDto } from '@qifu/contracts';
import { binder, type Param, type Statement } from '../../common/db/statement';
import { isExpanded, type ExpandedTerm } from '../search/query-expansion';

// The projection every catalogue read uses: only the columns a card shows, never whole entities.
export const SERVICE_SUMMARY_COLUMNS = `
  s.id, s.title, s.summary, s.stages, s.price_model, s.price_min, s.price_max, s.price_unit,
  s.duration, s.rating_avg, s.rating_count, s.published_at,
  c.code AS category_code, c.name_zh AS category_name_zh, c.name_en AS category_name_en,
  p.id AS provider_id, p.name AS provider_name, p.kind AS provider_kind`;

export const SERVICE_FROM = `
  service_listing s
  JOIN category c ON c.code = s.category_code
  JOIN provider p ON p.id = s.provider_id`;

/** The same rows without the category join, for ids and counts that need no category column. */
export const COUNT_FROM = `
  service_listing s
  JOIN provider p ON p.id = s.provider_id`;

/** A listing is visible in the catalogue when it is published by an approved provider. */
export const SERVICE_VISIBLE = `s.status = 'published' AND p.status = 'approved'`;

export interface ServiceSummaryRow {
  id: string;
  title: string;
  summary: string;
  stages: LifecycleStage[];
  price_model: PriceModel;
  price_min: string | null;
  price_max: string | null;
  price_unit: string | null;
  duration: string;
  rating_avg: string | null;
  rating_count: number;
  published_at: Date;
  category_code: string;
  category_name_zh: string;
  category_name_en: string;
  provider_id: string;
  provider_name: string;
  provider_kind: ProviderKind;
}

const num = (v: string | null): number | null => (v === null ? null : Number(v));

export function toServiceSummary(r: ServiceSummaryRow): ServiceSummaryDto {
  const category: CategoryRef = { code: r.category_code, nameZh: r.category_name_zh, nameEn: r.category_name_en };
  return {
    id: r.id,
    title: r.title,
    summary: r.summary,
    category,
    stages: r.stages,
    price: { model: r.price_model, min: num(r.price_min), max: num(r.price_max), unit: r.price_unit },
    duration: r.duration,
    provider: { id: r.provider_id, name: r.provider_name, kind: r.provider_kind },
    ratingAvg: num(r.rating_avg),
    ratingCount: r.rating_count,
    publishedAt: new Date(r.published_at).toISOString(),
  };
}

/** Escapes LIKE wildcards so a user's `%` or `_` is searched literally. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

const MAX_TERMS = 5;

/** The terms a search query is split into: lower-cased, at whitespace, at most MAX_TERMS. */
export function searchTerms(q: string | undefined): string[] {
  return (q?.toLowerCase() ?? '').split(/\s+/).filter(Boolean).slice(0, MAX_TERMS);
}

/** A pattern matching a pinyin spelling from the start of a syllable of the stored pinyin (' ' before each). */
export function pinyinPattern(py: string): string {
  return `% ${py.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/** Synonyms and pinyin rank at this share of the literal word's weight in the same field. */
const SYNONYM_SHARE = 0.9;
const MAX_PHRASES = 16;
/** Terms up to this many characters are looked up by their characters (pg_trgm needs three). */
const SHORT_TERM = 2;
const RELATED_COUNT = 4;

const ORDER_BY: Record<Exclude<ServiceSort, 'relevance'>, string> = {
  newest: 's.published_at DESC, s.id',
  price_asc: 's.price_min ASC NULLS LAST, s.published_at DESC, s.id',
  price_desc: 'COALESCE(s.price_max, s.price_min) DESC NULLS LAST, s.published_at DESC, s.id',
  rating: 's.rating_avg DESC NULLS LAST, s.rating_count DESC, s.published_at DESC, s.id',
};

export interface CataloguePageOptions {
  /** Answer `0` as the total (the caller counts otherwise). */
  withoutTotal?: boolean;
  /** A single short term matched by LIKE alone (no character index condition). */
  likeOnly?: boolean;
  /** Only hits whose title does not hold the (single) term. */
  notInTitle?: boolean;
  /** Rows and offset other than the request's page. */
  limit?: number;
  offset?: number;
  /** The terms with their synonyms and pinyin (SearchDictionary); absent or none: literal only. */
  expanded?: ExpandedTerm[];
  /**
   * With `expanded`: only the hits whose title holds the phrase, a synonym phrase or its pinyin
   * (they rank above all others), found through the title's own indexes.
   */
  titleHits?: boolean;
}

/**
 * The catalogue search: `page` answers the page's ids in order with the total, `count` the same
 * matches counted (for a page past the last one). Read the cards of the ids with SERVICE_SUMMARIES.
 */
export function cataloguePage(
  query: ListServicesQuery,
  opts: CataloguePageOptions = {},
): { page: Statement; count: Statement; cappedCount: (cap: number) => Statement } {
  const { values: params, p } = binder();
  const where = [SERVICE_VISIBLE];
  if (query.category) where.push(`s.category_code = ${p(query.category)}`);
  if (query.stage) where.push(`s.stages @> ARRAY[${p(query.stage)}]::text[]`);
  if (query.provider) where.push(`s.provider_id = ${p(query.provider)}`);

  // search_text is stored lower-cased; every term must occur (AND), Chinese or Latin alike.
  // Substring matching (not word tokens) is what Chinese needs: 税 must find 税务筹划.
  const terms = searchTerms(query.q);
  const expanded = opts.expanded && isExpanded(opts.expanded) ? opts.expanded : null;
  if (expanded) {
    // Each term as itself, any synonym, or its pinyin: an OR per term, each arm served by its own
    // index (characters, trigrams of search_text, trigrams of search_pinyin) and OR-ed as bitmaps.
    const literal = (x: string) => {
      const cs = [...x];
      // likeOnly: a common term, its hits kept while walking the sort's index (as below).
      if (cs.length > SHORT_TERM || opts.likeOnly) return `s.search_text LIKE ${p(likePattern(x))}`;
      const chars = `search_chars(s.search_text) COLLATE "C" @> ${p(cs)}::text[]`;
      return cs.length > 1 ? `(${chars} AND s.search_text LIKE ${p(likePattern(x))})` : chars;
    };
    if (opts.titleHits) where.push(titleHitCondition(expanded, p));
    else {
      for (const t of expanded) {
        const arms = [t.literal, ...t.synonyms].map(literal);
        if (t.pinyin) arms.push(`s.search_pinyin LIKE ${p(pinyinPattern(t.pinyin))}`);
        where.push(arms.length > 1 ? `(${arms.join(' OR ')})` : arms[0]);
      }
    }
  } else {
    // Terms of one or two characters (税, 审计, ai) are below pg_trgm's reach: their characters are
    // looked up in the GIN index over search_chars(search_text) (migration 1764604800000). One
    // character is answered exactly there; a pair is rechecked with LIKE. Longer terms keep the
    // trigram index with LIKE. Lengths count characters, not UTF-16 units, as PostgreSQL does.
    const chars = new Set<string>();
    for (const term of terms) {
      const cs = [...term];
      if (cs.length <= SHORT_TERM) cs.forEach((c) => chars.add(c));
      if (cs.length > 1) where.push(`s.search_text LIKE ${p(likePattern(term))}`);
    }
    if (opts.likeOnly) {
      // A term in most listings: no index condition, so the planner walks the sort's index and
      // keeps the rows that match (a single character needs its LIKE, a pair has it already).
      if ([...terms[0]].length === 1) where.push(`s.search_text LIKE ${p(likePattern(terms[0]))}`);
    } else if (chars.size) where.push(`search_chars(s.search_text) COLLATE "C" @> ${p([...chars])}::text[]`);
  }
  const whereParams = [...params];
  // The hits after the title hits of a short search (those come from service_title_gram).
  if (opts.notInTitle) where.push(`lower(s.title) NOT LIKE ${p(likePattern(terms[0]))}`);

  const sort = query.sort ?? (terms.length ? 'relevance' : 'newest');
  let orderBy: string;
  if (sort === 'relevance' && terms.length && expanded) {
    orderBy = expandedRanking(expanded, p);
  } else if (sort === 'relevance' && terms.length) {
    // Where the phrase is found ranks the hit: title, then category, then summary, then provider.
    // The category and provider names are matched once per query (two small hashed sets), not
    // once per hit.
    const phraseText = terms.join(' ');
    const phrase = p(likePattern(phraseText));
    // A phrase without cased letters (Chinese, digits) matches the same text whatever its case,
    // so the per-hit lower() calls — most of the ranking's cost — are skipped for it.
    const fold = (col: string) => (phraseText.toUpperCase() === phraseText ? col : `lower(${col})`);
    orderBy = `(CASE WHEN ${fold('s.title')} LIKE ${phrase} THEN 8 ELSE 0 END
                + CASE WHEN s.category_code IN (SELECT k.code FROM category k WHERE lower(k.name_zh) LIKE ${phrase} OR lower(k.name_en) LIKE ${phrase}) THEN 4 ELSE 0 END
                + CASE WHEN ${fold('s.summary')} LIKE ${phrase} THEN 2 ELSE 0 END
                + CASE WHEN s.provider_id IN (SELECT pp.id FROM provider pp WHERE lower(pp.name) LIKE ${phrase} OR lower(pp.short_name) LIKE ${phrase}) THEN 1 ELSE 0 END) DESC,
                s.rating_avg DESC NULLS LAST, s.published_at DESC, s.id`;
  } else {
    orderBy = ORDER_BY[sort === 'relevance' ? 'newest' : sort];
  }

  const offset = opts.offset ?? (query.page - 1) * query.pageSize;
  const filter = where.join(' AND ');
  // Two narrow steps instead of one wide one: first the page's ids in order, then the card
  // columns of just those rows (a window count over the wide rows carried every match through).
  // Ranked search reads every hit anyway, so it counts them in the same pass; the other orders
  // walk an index that stops at the page and count separately (once, index-only).
  const relevance = sort === 'relevance' && terms.length;
  const total = opts.withoutTotal ? '0' : relevance ? 'count(*) OVER ()' : `(SELECT count(*) FROM ${COUNT_FROM} WHERE ${filter})`;
  const text = `SELECT s.id, ${total} AS total
         FROM ${COUNT_FROM}
        WHERE ${filter}
        ORDER BY ${orderBy}
        LIMIT ${p(opts.limit ?? query.pageSize)} OFFSET ${p(offset)}`;
  return {
    page: { text, values: params },
    count: { text: `SELECT count(*) AS n FROM ${COUNT_FROM} WHERE ${filter}`, values: whereParams },
    cappedCount: (cap) => ({
      text: `SELECT count(*) AS n FROM (SELECT 1 FROM ${COUNT_FROM} WHERE ${filter} LIMIT $${whereParams.length + 1}) x`,
      values: [...whereParams, cap + 1],
    }),
  };
}

/**
 * The ranking of a search with synonyms or pinyin: the literal phrase in the title first, then a
 * synonym or the pinyin in the title, then the rest; within each, per field the literal phrase
 * weighs as without them (title 8, category 4, summary 2, provider 1) and a synonym phrase or the
 * pinyin SYNONYM_SHARE of it, so the word typed ranks slightly above the word it stands for.
 * The literal title hits first also keeps a short term's page 1 in service_title_gram.
 */
function expandedRanking(expanded: ExpandedTerm[], p: Param): string {
  const { literal, alternatives, py } = phrases(expanded);
  const phrase = p(likePattern(literal));
  const others = p(alternatives.map(likePattern));
  const pyTitle = py ? ` OR s.title_pinyin LIKE ${p(pinyinPattern(py))}` : '';
  const pyName = (col: string) => (py ? ` OR ${col} LIKE ${p(pinyinPattern(py))}` : '');
  const w = (n: number) => String(n * SYNONYM_SHARE);
  const title = `CASE WHEN lower(s.title) LIKE ${phrase} THEN 8 WHEN lower(s.title) LIKE ANY (${others}::text[])${pyTitle} THEN ${w(8)} ELSE 0 END`;
  return `(${title}) DESC,
         (${title}
         + CASE WHEN s.category_code IN (SELECT k.code FROM category k WHERE lower(k.name_zh) LIKE ${phrase} OR lower(k.name_en) LIKE ${phrase}) THEN 4
                WHEN s.category_code IN (SELECT k.code FROM category k WHERE lower(k.name_zh) LIKE ANY (${others}::text[]) OR lower(k.name_en) LIKE ANY (${others}::text[])${pyName('k.pinyin')}) THEN ${w(4)} ELSE 0 END
         + CASE WHEN lower(s.summary) LIKE ${phrase} THEN 2 WHEN lower(s.summary) LIKE ANY (${others}::text[]) THEN ${w(2)} ELSE 0 END
         + CASE WHEN s.provider_id IN (SELECT pp.id FROM provider pp WHERE lower(pp.name) LIKE ${phrase} OR lower(pp.short_name) LIKE ${phrase}) THEN 1
                WHEN s.provider_id IN (SELECT pp.id FROM provider pp WHERE lower(pp.name) LIKE ANY (${others}::text[]) OR lower(pp.short_name) LIKE ANY (${others}::text[])${pyName('pp.pinyin')}) THEN ${w(1)} ELSE 0 END) DESC,
         s.rating_avg DESC NULLS LAST, s.published_at DESC, s.id`;
}

/** The phrase as typed, its synonym phrases (one term replaced) and its pinyin (null: not pinyin). */
function phrases(expanded: ExpandedTerm[]): { literal: string; alternatives: string[]; py: string | null } {
  const words = expanded.map((t) => t.literal);
  const alternatives: string[] = [];
  expanded.forEach((t, i) => {
    for (const syn of t.synonyms) alternatives.push(words.map((w, j) => (j === i ? syn : w)).join(' '));
  });
  // The pinyin of the whole phrase (terms run together as syllables do), when it may be pinyin.
  const py = expanded.every((t) => t.pinyin) ? expanded.map((t) => t.pinyin).join('') : null;
  return { literal: words.join(' '), alternatives: alternatives.slice(0, MAX_PHRASES), py };
}

/**
 * The title holds the phrase, a synonym phrase or the pinyin: expandedRanking's first key is not 0.
 * One arm per phrase so each is served by an index (service_listing_title_chars_idx for one or two
 * characters, service_listing_title_trgm_idx, service_listing_title_pinyin_trgm_idx).
 */
function titleHitCondition(expanded: ExpandedTerm[], p: Param): string {
  const { literal, alternatives, py } = phrases(expanded);
  const arms = [literal, ...alternatives].map((x) => {
    const cs = [...x];
    const like = `lower(s.title) LIKE ${p(likePattern(x))}`;
    return cs.length > SHORT_TERM ? like : `(search_chars(lower(s.title)) COLLATE "C" @> ${p(cs)}::text[] AND ${like})`;
  });
  if (py) arms.push(`s.title_pinyin LIKE ${p(pinyinPattern(py))}`);
  return `(${arms.join(' OR ')})`;
}

/** Above this many hits a short search's total stops counting (`totalCapped`). */
export const SEARCH_COUNT_CAP = 1000;

/**
 * A search for one term of one or two characters (税, 社保, ai), the terms that hit most of the
 * catalogue. Its title hits rank above all its other hits (title weighs 8, the other fields 7
 * together), and service_title_gram (migration 1764835200000) holds them per term in ranking
 * order with the filters: a page of them is an index range and their count an index-only count.
 * The hits outside titles follow, read as before. Null for any other search.
 */
export interface ShortSearch {
  /** The title hits counted, stopping at `cap` + 1 when a cap is given. */
  titleCount: (cap: number | null) => Statement;
  /**
   * The cards of the request's page among the title hits, in ranking order (`ord`; fewer: the
   * title hits ran out; none: one row of nulls), each row with the title hits counted up to `cap` + 1.
   */
  titleCards: (cap: number) => Statement;
}

export type TitleCardRow = { title_hits: string; ord: string | null } & ServiceSummaryRow;

export function shortSearch(query: ListServicesQuery): ShortSearch | null {
  const terms = (query.q?.toLowerCase() ?? '').split(/\s+/).filter(Boolean);
  // With synonyms or pinyin too: the literal title hits rank first there as well (expandedRanking).
  if (terms.length !== 1 || [...terms[0]].length > SHORT_TERM) return null;
  // Placeholders are numbered as the template is written, left to right.
  const hits = (p: Param) => {
    const where = [`t.gram = ${p(terms[0])}`];
    if (query.category) where.push(`t.category_code = ${p(query.category)}`);
    if (query.stage) where.push(`t.stage_mask & search_stage_mask(ARRAY[${p(query.stage)}]::text[]) <> 0`);
    if (query.provider) where.push(`t.provider_id = ${p(query.provider)}`);
    return `SELECT t.service_id FROM service_title_gram t WHERE ${where.join(' AND ')}`;
  };
  return {
    titleCards: (cap) => {
      const { values, p } = binder();
      const text = `SELECT x.title_hits, cards.*
          FROM (SELECT count(*) AS title_hits FROM (${hits(p)} LIMIT ${p(cap + 1)}) c) x
          LEFT JOIN (SELECT pg.ord, ${SERVICE_SUMMARY_COLUMNS}
                       FROM unnest(ARRAY(${hits(p)}
                              ORDER BY t.weight DESC, t.rating_avg DESC NULLS LAST, t.published_at DESC, t.service_id
                              LIMIT ${p(query.pageSize)} OFFSET ${p((query.page - 1) * query.pageSize)})) WITH ORDINALITY pg(id, ord)
                       JOIN (${SERVICE_FROM}) ON s.id = pg.id
                      WHERE ${SERVICE_VISIBLE}) cards ON true
         ORDER BY cards.ord`;
      return { text, values };
    },
    titleCount: (cap) => {
      const { values, p } = binder();
      return { text: `SELECT count(*) AS n FROM (${hits(p)}${cap === null ? '' : ` LIMIT ${p(cap + 1)}`}) x`, values };
    },
  };
}

/** Rows the typo search reads its correction from. */
export const TYPO_ROWS = 100;

/**
 * The visible text (title, summary, category and provider names) of listings holding any of the
 * one-edit variants (typo.ts), for the correction. Each variant: its characters in the character
 * index and its LIKE on search_text (trigram index where it has three known characters in a row).
 */
export function typoCandidates(patterns: { pattern: string; chars: string[] }[]): Statement {
  const { values, p } = binder();
  const arms = patterns.map((t) => `(search_chars(s.search_text) COLLATE "C" @> ${p(t.chars)}::text[] AND s.search_text LIKE ${p(t.pattern)})`);
  return {
    text: `SELECT concat_ws(' ', s.title, s.summary, c.name_zh, c.name_en, p.short_name) AS text
             FROM ${SERVICE_FROM}
            WHERE ${SERVICE_VISIBLE} AND (${arms.join(' OR ')})
            LIMIT ${TYPO_ROWS}`,
    values,
  };
}

/** The cards of a page's ids ($1), in no particular order. */
export const SERVICE_SUMMARIES = `SELECT ${SERVICE_SUMMARY_COLUMNS} FROM ${SERVICE_FROM} WHERE s.id = ANY($1::uuid[]) AND ${SERVICE_VISIBLE}`;

/** A published service ($1) with its detail columns. */
export const SERVICE_DETAIL = `SELECT ${SERVICE_SUMMARY_COLUMNS}, s.description, s.deliverables
         FROM ${SERVICE_FROM}
        WHERE s.id = $1 AND ${SERVICE_VISIBLE}`;
export type ServiceDetailRow = ServiceSummaryRow & { description: string; deliverables: string[] };

/** Related services: the best rated others ($2) of the same category ($1). */
export const RELATED_SERVICES = `SELECT ${SERVICE_SUMMARY_COLUMNS}
           FROM ${SERVICE_FROM}
          WHERE s.category_code = $1 AND s.id <> $2 AND ${SERVICE_VISIBLE}
          ORDER BY s.rating_avg DESC NULLS LAST, s.published_at DESC, s.id
          LIMIT ${RELATED_COUNT}`;

/** Every published service of one provider ($1), for its page. */
export const SERVICES_OF_PROVIDER = `SELECT ${SERVICE_SUMMARY_COLUMNS}
         FROM ${SERVICE_FROM}
        WHERE s.provider_id = $1 AND ${SERVICE_VISIBLE}
        ORDER BY c.sort_order, s.published_at DESC, s.id`;
