import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ListProvidersQuery, Page, ProviderDetailDto, ProviderSummaryDto } from '@qifu/contracts';
import { DataSource } from 'typeorm';
import { toPage, windowTotal } from '../../common/db/page';
import { AppError } from '../../common/errors/app-error';
import { CategoriesService } from '../categories/categories.service';
import { ListingsService } from '../listings/listings.service';
import { PROVIDER_DETAIL, providersPage, toProviderSummary, type ProviderDetailRow, type ProviderPageRow } from './provider.sql';

@Injectable()
export class ProvidersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly categories: CategoriesService,
    private readonly listings: ListingsService,
  ) {}

  async list(query: ListProvidersQuery): Promise<Page<ProviderSummaryDto>> {
    if (query.category) await this.categories.assertExists(query.category);
    const { page, count } = providersPage(query);
    const rows: ProviderPageRow[] = await this.db.query(page.text, page.values);
    const total = await windowTotal(rows, query.page, async () => {
      const n: { n: string }[] = await this.db.query(count.text, count.values);
      return Number(n[0].n);
    });
    return toPage(rows.map(toProviderSummary), total, query);
  }

  async get(id: string, opts: { includeUnapproved?: boolean } = {}): Promise<ProviderDetailDto> {
    const rows: ProviderDetailRow[] = await this.db.query(PROVIDER_DETAIL, [id, opts.includeUnapproved === true]);
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
