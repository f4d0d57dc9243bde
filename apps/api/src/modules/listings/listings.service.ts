import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ListServicesQuery, Page, ServiceDetailDto, ServiceSort, ServiceSummaryDto } from '@qifu/contracts';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { CategoriesService } from '../categories/categories.service';
import { PROVIDER_SUMMARY_COLUMNS, toProviderSummary, type ProviderSummaryRow } from '../providers/provider.sql';
import {
  likePattern,
  COUNT_FROM,
  SERVICE_FROM,
  SERVICE_SUMMARY_COLUMNS,
  SERVICE_VISIBLE,
  toServiceSummary,
  type ServiceSummaryRow,
} from './service-listing.sql';

const MAX_TERMS = 5;
const RELATED_COUNT = 4;

const ORDER_BY: Record<Exclude<ServiceSort, 'relevance'>, string> = {
  newest: 's.published_at DESC, s.id',
  price_asc: 's.price_min ASC NULLS LAST, s.published_at DESC, s.id',
  price_desc: 'COALESCE(s.price_max, s.price_min) DESC NULLS LAST, s.published_at DESC, s.id',
  rating: 's.rating_avg DESC NULLS LAST, s.rating_count DESC, s.published_at DESC, s.id',
};

@Injectable()
export class ListingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly categories: CategoriesService,
  ) {}

  async list(query: ListServicesQuery): Promise<Page<ServiceSummaryDto>> {
    if (query.category) await this.categories.assertExists(query.category);
    if (query.provider) await this.assertProviderExists(query.provider);

    const params: unknown[] = [];
    const p = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where = [SERVICE_VISIBLE];
    if (query.category) where.push(`s.category_code = ${p(query.category)}`);
    if (query.stage) where.push(`s.stages @> ARRAY[${p(query.stage)}]::text[]`);
    if (query.provider) where.push(`s.provider_id = ${p(query.provider)}`);

    // search_text is stored lower-cased; every term must occur (AND), Chinese or Latin alike.
    // Substring matching (not word tokens) is what Chinese needs: 税 must find 税务筹划.
    const q = query.q?.toLowerCase() ?? '';
    const terms = q.split(/\s+/).filter(Boolean).slice(0, MAX_TERMS);
    for (const term of terms) where.push(`s.search_text LIKE ${p(likePattern(term))}`);
    const whereParams = [...params];

    const sort = query.sort ?? (terms.length ? 'relevance' : 'newest');
    let orderBy: string;
    if (sort === 'relevance' && terms.length) {
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

    const offset = (query.page - 1) * query.pageSize;
    const filter = where.join(' AND ');
    // Two narrow steps instead of one wide one: first the page's ids in order, then the card
    // columns of just those rows (a window count over the wide rows carried every match through).
    // Ranked search reads every hit anyway, so it counts them in the same pass; the other orders
    // walk an index that stops at the page and count separately (once, index-only).
    const relevance = sort === 'relevance' && terms.length;
    const idRows: { id: string; total: string }[] = await this.db.query(
      `SELECT s.id, ${relevance ? 'count(*) OVER ()' : `(SELECT count(*) FROM ${COUNT_FROM} WHERE ${filter})`} AS total
         FROM ${COUNT_FROM}
        WHERE ${filter}
        ORDER BY ${orderBy}
        LIMIT ${p(query.pageSize)} OFFSET ${p(offset)}`,
      params,
    );
    let total = idRows.length ? Number(idRows[0].total) : 0;
    if (!idRows.length && offset > 0) {
      // Past the last page there is no row to carry the count; count separately so the UI can recover.
      const countRows: { n: string }[] = await this.db.query(`SELECT count(*) AS n FROM ${COUNT_FROM} WHERE ${filter}`, whereParams);
      total = Number(countRows[0].n);
    }
    if (!idRows.length) return { items: [], total, page: query.page, pageSize: query.pageSize };
    const ids = idRows.map((r) => r.id);
    const rows: ServiceSummaryRow[] = await this.db.query(
      `SELECT ${SERVICE_SUMMARY_COLUMNS} FROM ${SERVICE_FROM} WHERE s.id = ANY($1::uuid[]) AND ${SERVICE_VISIBLE}`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const items = ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [toServiceSummary(row)] : [];
    });
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<ServiceDetailDto> {
    const rows: (ServiceSummaryRow & { description: string; deliverables: string[] })[] = await this.db.query(
      `SELECT ${SERVICE_SUMMARY_COLUMNS}, s.description, s.deliverables
         FROM ${SERVICE_FROM}
        WHERE s.id = $1 AND ${SERVICE_VISIBLE}`,
      [id],
    );
    if (!rows.length) throw new AppError('SERVICE_NOT_FOUND', `Service ${id} does not exist or is not published.`);
    const row = rows[0];

    const [providerRows, relatedRows] = await Promise.all([
      this.db.query(`SELECT ${PROVIDER_SUMMARY_COLUMNS} FROM provider p WHERE p.id = $1`, [row.provider_id]) as Promise<
        ProviderSummaryRow[]
      >,
      this.db.query(
        `SELECT ${SERVICE_SUMMARY_COLUMNS}
           FROM ${SERVICE_FROM}
          WHERE s.category_code = $1 AND s.id <> $2 AND ${SERVICE_VISIBLE}
          ORDER BY s.rating_avg DESC NULLS LAST, s.published_at DESC, s.id
          LIMIT ${RELATED_COUNT}`,
        [row.category_code, id],
      ) as Promise<ServiceSummaryRow[]>,
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
    const rows: ServiceSummaryRow[] = await this.db.query(
      `SELECT ${SERVICE_SUMMARY_COLUMNS}
         FROM ${SERVICE_FROM}
        WHERE s.provider_id = $1 AND ${SERVICE_VISIBLE}
        ORDER BY c.sort_order, s.published_at DESC, s.id`,
      [providerId],
    );
    return rows.map(toServiceSummary);
  }

  private async assertProviderExists(id: string): Promise<void> {
    const rows: unknown[] = await this.db.query(`SELECT 1 FROM provider WHERE id = $1 AND status = 'approved'`, [id]);
    if (!rows.length) {
      throw new AppError('UNKNOWN_PROVIDER', `Unknown provider ${id}.`, [{ field: 'provider', message: 'unknown provider' }]);
    }
  }
}
