import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ListServicesQuery, Page, ServiceDetailDto, ServiceSearchPage, ServiceSummaryDto } from '@qifu/contracts';
import { DataSource } from 'typeorm';
import { toPage, windowTotal } from '../../common/db/page';
import { AppError } from '../../common/errors/app-error';
import { CategoriesService } from '../categories/categories.service';
import { SearchDictionary } from '../search/search-dictionary';
import { isExpanded, type ExpandedTerm } from '../search/query-expansion';
import { searchMatches } from '../search/search-match';
import { bestCorrection, type CorrectionOptions, TYPO_MAX_LENGTH, TYPO_MIN_LENGTH, typoPatterns } from '../search/typo';
import { APPROVED_PROVIDER_EXISTS, PROVIDER_SUMMARY, toProviderSummary, type ProviderSummaryRow } from '../providers/provider.sql';
import type { Statement } from '../../common/db/statement';
import {
  cataloguePage,
  type CataloguePageOptions,
  SEARCH_COUNT_CAP,
  shortSearch,
  type ShortSearch,
  type TitleCardRow,
  RELATED_SERVICES,
  SERVICE_DETAIL,
  SERVICE_SUMMARIES,
  SERVICES_OF_PROVIDER,
  searchTerms,
  toServiceSummary,
  typoCandidates,
  type ServiceDetailRow,
  type ServiceSummaryRow,
} from './service-listing.sql';

/** Fewer hits than this and a search of one term looks for the term with one character corrected. */
const FEW_HITS = 3;

/** A page found: its ids in order (cards read after), or its cards already. */
type Found = ({ ids: string[] } | { items: ServiceSummaryDto[] }) & { total: number; capped: boolean };

@Injectable()
export class ListingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly categories: CategoriesService,
    private readonly dictionary: SearchDictionary,
  ) {}

  /** list() with what the search analytics count: whether the dictionary or pinyin widened it. */
  async listWithExpansion(query: ListServicesQuery): Promise<{ page: ServiceSearchPage; expanded: boolean }> {
    const page = await this.list(query);
    // Expanding again is a read of the kept dictionary, no query.
    const expanded = isExpanded(await this.dictionary.expand(searchTerms(page.suggestion?.applied ? page.suggestion.q : query.q)));
    return { page, expanded };
  }

  async list(query: ListServicesQuery): Promise<ServiceSearchPage> {
    if (query.category) await this.categories.assertExists(query.category);
    if (query.provider) await this.assertProviderExists(query.provider);
    const page = await this.find(query);
    // Typo tolerance only where the exact search finds little: a correction is a guess, and the
    // literal query (with its synonyms and pinyin) always comes first.
    const terms = searchTerms(query.q);
    if (page.total >= FEW_HITS || terms.length !== 1) return page;
    const length = [...terms[0]].length;
    if (length < TYPO_MIN_LENGTH || length > TYPO_MAX_LENGTH) return page;
    const [expanded] = await this.dictionary.expand(terms);
    const correction = await this.correction(terms[0], { exclude: expanded.synonyms, found: page.total > 0 });
    if (!correction) return page;
    if (page.total > 0) return { ...page, suggestion: { q: correction, applied: false } };
    // Nothing found: the page shows what the corrected query finds ("您是不是要找 …" above it).
    const corrected = await this.find({ ...query, q: correction });
    return corrected.total ? { ...corrected, suggestion: { q: correction, applied: true } } : page;
  }

  /** The term with one character wrong, missing or extra, as the catalogue's listings spell it. */
  private async correction(term: string, opts: CorrectionOptions): Promise<string | null> {
    const { text, values } = typoCandidates(typoPatterns(term));
    const [rows, words]: [{ text: string }[], string[]] = await Promise.all([this.db.query(text, values), this.dictionary.words()]);
    return bestCorrection(term, [...rows.map((r) => r.text), ...words], opts);
  }

  private async find(query: ListServicesQuery): Promise<Page<ServiceSummaryDto>> {
    const expanded = await this.dictionary.expand(searchTerms(query.q));
    const short = shortSearch(query);
    const found = short ? await this.shortSearch(query, short, expanded) : await this.search(query, expanded);
    const cards = 'items' in found ? found.items : await this.cards(found.ids);
    // Why each card matched, from its own text and the expanded terms (no query per card).
    const items = expanded.length ? cards.map((s) => ({ ...s, matches: searchMatches(s, expanded) })) : cards;
    const page = toPage(items, found.total, query);
    return found.capped ? { ...page, totalCapped: true } : page;
  }

  private async search(query: ListServicesQuery, expanded: ExpandedTerm[]): Promise<Found> {
    if (isExpanded(expanded) && (query.sort ?? 'relevance') === 'relevance') {
      const ids = await this.titleHitsPage(query, expanded, {});
      if (ids) {
        // The page is all title hits: the others need counting only, up to the cap.
        return { ids, ...(await this.cappedTotal(query, expanded, {}, 0)) };
      }
    }
    const { page, count } = cataloguePage(query, { expanded });
    const idRows: { id: string; total: string }[] = await this.db.query(page.text, page.values);
    // Past the last page there is no row to carry the count; count separately so the UI can recover.
    const total = await windowTotal(idRows, query.page, () => this.count(count));
    return { ids: idRows.map((r) => r.id), total, capped: false };
  }

  // One term of one or two characters: the title hits come ranked from service_title_gram. The
  // total is counted up to SEARCH_COUNT_CAP (past it, `totalCapped`): by the title hits first
  // (index-only), then, when they are fewer, by every hit (stopping past the cap) — counting all
  // of a common term's hits would read tens of thousands of rows.
  private async shortSearch(query: ListServicesQuery, short: ShortSearch, expanded: ExpandedTerm[]): Promise<Found> {
    // Within one category or provider (a few thousand listings at most) LIKE over their rows is
    // cheaper than the character index, whose bitmap for a common character holds most listings.
    const narrow = Boolean(query.category || query.provider);
    const totalOf = (titleHits: number) => this.cappedTotal(query, expanded, { likeOnly: narrow }, titleHits);
    if ((query.sort ?? 'relevance') !== 'relevance') {
      const { total, capped } = await totalOf(await this.count(short.titleCount(SEARCH_COUNT_CAP)));
      // A term with more hits than the cap is common: its hits are found walking the sort's index.
      const { page } = cataloguePage(query, { withoutTotal: true, likeOnly: capped || narrow, expanded });
      const rows: { id: string }[] = await this.db.query(page.text, page.values);
      return { ids: rows.map((r) => r.id), total, capped };
    }
    // The page's title hits as cards with their count, in one round trip (all a common term needs).
    const { text, values } = short.titleCards(SEARCH_COUNT_CAP);
    const rows: TitleCardRow[] = await this.db.query(text, values);
    const titleHits = Number(rows[0].title_hits);
    const items = rows.filter((r) => r.ord !== null).map(toServiceSummary);
    const { total, capped } = await totalOf(titleHits);
    if (items.length < query.pageSize) {
      // The title hits ran out on this page: the rest of it is the best of the other hits.
      const titleTotal = titleHits > SEARCH_COUNT_CAP ? await this.count(short.titleCount(null)) : titleHits;
      const offset = (query.page - 1) * query.pageSize;
      const restOpts: CataloguePageOptions = {
        withoutTotal: true,
        notInTitle: true,
        likeOnly: narrow,
        expanded,
        limit: query.pageSize - items.length,
        offset: Math.max(0, offset - titleTotal),
      };
      // Synonym and pinyin title hits come next: from the title indexes when they fill the page.
      let rest = isExpanded(expanded) ? await this.titleHitsPage(query, expanded, restOpts) : null;
      if (!rest) {
        const { page } = cataloguePage(query, restOpts);
        rest = ((await this.db.query(page.text, page.values)) as { id: string }[]).map((r) => r.id);
      }
      items.push(...(await this.cards(rest)));
    }
    return { items, total, capped };
  }

  /**
   * A page of a search with synonyms or pinyin from its title hits alone (which rank above every
   * other hit), or null when they run out before the page is full: then every hit is ranked.
   * Title hits are a few thousand where all hits (社保 or 高新技术企业 in most descriptions) are
   * tens of thousands at 100,000 listings.
   */
  private async titleHitsPage(query: ListServicesQuery, expanded: ExpandedTerm[], opts: CataloguePageOptions): Promise<string[] | null> {
    const limit = opts.limit ?? query.pageSize;
    const { page } = cataloguePage(query, { ...opts, expanded, titleHits: true, withoutTotal: true });
    const rows: { id: string }[] = await this.db.query(page.text, page.values);
    return rows.length === limit ? rows.map((r) => r.id) : null;
  }

  /**
   * Every hit counted up to SEARCH_COUNT_CAP, knowing `known` of them already: past the cap by the
   * known or the title hits (title indexes), the others are not read — a synonym in most
   * descriptions (高新技术企业) would have all its rows fetched to be counted.
   */
  private async cappedTotal(query: ListServicesQuery, expanded: ExpandedTerm[], opts: CataloguePageOptions, known: number): Promise<{ total: number; capped: boolean }> {
    let hits = known;
    if (hits <= SEARCH_COUNT_CAP && isExpanded(expanded)) {
      hits = Math.max(hits, await this.count(cataloguePage(query, { ...opts, expanded, titleHits: true }).cappedCount(SEARCH_COUNT_CAP)));
    }
    if (hits <= SEARCH_COUNT_CAP) hits = await this.count(cataloguePage(query, { ...opts, expanded }).cappedCount(SEARCH_COUNT_CAP));
    return { total: Math.min(hits, SEARCH_COUNT_CAP), capped: hits > SEARCH_COUNT_CAP };
  }

  private async count(statement: Statement): Promise<number> {
    const rows: { n: string }[] = await this.db.query(statement.text, statement.values);
    return Number(rows[0].n);
  }

  /** The cards of a page's ids, in the ids' order. */
  private async cards(ids: string[]): Promise<ServiceSummaryDto[]> {
    if (!ids.length) return [];
    const rows: ServiceSummaryRow[] = await this.db.query(SERVICE_SUMMARIES, [ids]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [toServiceSummary(row)] : [];
    });
  }

  async get(id: string): Promise<ServiceDetailDto> {
    const rows: ServiceDetailRow[] = await this.db.query(SERVICE_DETAIL, [id]);
    if (!rows.length) throw new AppError('SERVICE_NOT_FOUND', `Service ${id} does not exist or is not published.`);
    const row = rows[0];

    const [providerRows, relatedRows] = await Promise.all([
      this.db.query(PROVIDER_SUMMARY, [row.provider_id]) as Promise<ProviderSummaryRow[]>,
      this.db.query(RELATED_SERVICES, [row.category_code, id]) as Promise<ServiceSummaryRow[]>,
    ]);

    return {
      ...toServiceSummary(row),
      description: row.description,
      deliverables: row.deliverables,
      provider: toProviderSummary(providerRows[0]),
      related: relatedRows.map(toServiceSummary),
    };
  }

  /** Every published service of one provider, for its page. */
  async listByProvider(providerId: string): Promise<ServiceSummaryDto[]> {
    const rows: ServiceSummaryRow[] = await this.db.query(SERVICES_OF_PROVIDER, [providerId]);
    return rows.map(toServiceSummary);
  }

  private async assertProviderExists(id: string): Promise<void> {
    const rows: unknown[] = await this.db.query(APPROVED_PROVIDER_EXISTS, [id]);
    if (!rows.length) {
      throw new AppError('UNKNOWN_PROVIDER', `Unknown provider ${id}.`, [{ field: 'provider', message: 'unknown provider' }]);
    }
  }
}
