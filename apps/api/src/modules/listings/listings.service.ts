import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ListServicesQuery, Page, ServiceDetailDto, ServiceSummaryDto } from '@qifu/contracts';
import { DataSource } from 'typeorm';
import { toPage, windowTotal } from '../../common/db/page';
import { AppError } from '../../common/errors/app-error';
import { CategoriesService } from '../categories/categories.service';
import { APPROVED_PROVIDER_EXISTS, PROVIDER_SUMMARY, toProviderSummary, type ProviderSummaryRow } from '../providers/provider.sql';
import {
  cataloguePage,
  RELATED_SERVICES,
  SERVICE_DETAIL,
  SERVICE_SUMMARIES,
  SERVICES_OF_PROVIDER,
  toServiceSummary,
  type ServiceDetailRow,
  type ServiceSummaryRow,
} from './service-listing.sql';

@Injectable()
export class ListingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly categories: CategoriesService,
  ) {}

  async list(query: ListServicesQuery): Promise<Page<ServiceSummaryDto>> {
    if (query.category) await this.categories.assertExists(query.category);
    if (query.provider) await this.assertProviderExists(query.provider);

    const { page, count } = cataloguePage(query);
    const idRows: { id: string; total: string }[] = await this.db.query(page.text, page.values);
    // Past the last page there is no row to carry the count; count separately so the UI can recover.
    const total = await windowTotal(idRows, query.page, async () => {
      const countRows: { n: string }[] = await this.db.query(count.text, count.values);
      return Number(countRows[0].n);
    });
    if (!idRows.length) return toPage([], total, query);
    const ids = idRows.map((r) => r.id);
    const rows: ServiceSummaryRow[] = await this.db.query(SERVICE_SUMMARIES, [ids]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const items = ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [toServiceSummary(row)] : [];
    });
    return toPage(items, total, query);
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
