import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ListProvidersQuery, Page, ProviderDetailDto, ProviderSummaryDto } from '@qifu/contracts';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { CategoriesService } from '../categories/categories.service';
import { likePattern } from '../listings/service-listing.sql';
import { ListingsService } from '../listings/listings.service';
import { PROVIDER_SUMMARY_COLUMNS, toProviderSummary, type ProviderSummaryRow } from './provider.sql';

@Injectable()
export class ProvidersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly categories: CategoriesService,
    private readonly listings: ListingsService,
  ) {}

  async list(query: ListProvidersQuery): Promise<Page<ProviderSummaryDto>> {
    if (query.category) await this.categories.assertExists(query.category);
    const params: unknown[] = [];
    const p = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where = [`p.status = 'approved'`];
    if (query.category) {
      where.push(`EXISTS (SELECT 1 FROM provider_category pc WHERE pc.provider_id = p.id AND pc.category_code = ${p(query.category)})`);
    }
    const q = query.q?.toLowerCase();
    if (q) {
      const pattern = p(likePattern(q));
      where.push(`(lower(p.name) LIKE ${pattern} OR lower(p.short_name) LIKE ${pattern} OR lower(p.summary) LIKE ${pattern})`);
    }
    const whereParams = [...params];
    const offset = (query.page - 1) * query.pageSize;
    const rows: (ProviderSummaryRow & { total: string })[] = await this.db.query(
      `SELECT ${PROVIDER_SUMMARY_COLUMNS}, count(*) OVER () AS total
         FROM provider p
        WHERE ${where.join(' AND ')}
        ORDER BY p.joined_at, p.name, p.id
        LIMIT ${p(query.pageSize)} OFFSET ${p(offset)}`,
      params,
    );
    let total = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && offset > 0) {
      const n: { n: string }[] = await this.db.query(`SELECT count(*) AS n FROM provider p WHERE ${where.join(' AND ')}`, whereParams);
      total = Number(n[0].n);
    }
    return { items: rows.map(toProviderSummary), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string, opts: { includeUnapproved?: boolean } = {}): Promise<ProviderDetailDto> {
    const rows: (ProviderSummaryRow & {
      description: string;
      contact_email: string | null;
      website: string | null;
      joined_at: Date;
    })[] = await this.db.query(
      `SELECT ${PROVIDER_SUMMARY_COLUMNS}, p.description, p.contact_email, p.website, p.joined_at
         FROM provider p
        WHERE p.id = $1 AND (p.status = 'approved' OR $2)`,
      [id, opts.includeUnapproved === true],
    );
    if (!rows.length) throw new AppError('PROVIDER_NOT_FOUND', `Provider ${id} does not exist.`);
    const r = rows[0];
    return {
      ...toProviderSummary(r),
      description: r.description,
      contactEmail: r.contact_email,
      website: r.website,
      joinedAt: new Date(r.joined_at).toISOString(),
      services: await this.listings.listByProvider(id),
    };
  }
}
