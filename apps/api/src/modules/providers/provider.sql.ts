import type { CategoryRef, ListProvidersQuery, ProviderKind, ProviderSummaryDto } from '@qifu/contracts';
import { binder, type Statement } from '../../common/db/statement';
import { likePattern } from '../listings/service-listing.sql';

// Provider card projection; `p` is the provider table's alias in the calling query.
export const PROVIDER_SUMMARY_COLUMNS = `
  p.id, p.name, p.short_name, p.kind, p.summary, p.contact_name, p.contact_phone, p.address,
  (SELECT count(*) FROM service_listing s WHERE s.provider_id = p.id AND s.status = 'published')::int AS service_count,
  COALESCE((SELECT json_agg(json_build_object('code', c.code, 'nameZh', c.name_zh, 'nameEn', c.name_en)
                            ORDER BY c.sort_order, c.code)
              FROM provider_category pc JOIN category c ON c.code = pc.category_code
             WHERE pc.provider_id = p.id), '[]'::json) AS categories`;

export interface ProviderSummaryRow {
  id: string;
  name: string;
  short_name: string;
  kind: ProviderKind;
  summary: string;
  contact_name: string;
  contact_phone: string;
  address: string;
  service_count: number;
  categories: CategoryRef[];
}

export function toProviderSummary(r: ProviderSummaryRow): ProviderSummaryDto {
  return {
    id: r.id,
    name: r.name,
    shortName: r.short_name,
    kind: r.kind,
    summary: r.summary,
    categories: r.categories,
    serviceCount: r.service_count,
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    address: r.address,
  };
}

/** The directory of approved providers: `page` answers a page with the total, `count` the same providers counted (past the last page). */
export function providersPage(query: ListProvidersQuery): { page: Statement; count: Statement } {
  const { values: params, p } = binder();
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
  const text = `SELECT ${PROVIDER_SUMMARY_COLUMNS}, count(*) OVER () AS total
         FROM provider p
        WHERE ${where.join(' AND ')}
        ORDER BY p.joined_at, p.name, p.id
        LIMIT ${p(query.pageSize)} OFFSET ${p(offset)}`;
  return { page: { text, values: params }, count: { text: `SELECT count(*) AS n FROM provider p WHERE ${where.join(' AND ')}`, values: whereParams } };
}

export type ProviderPageRow = ProviderSummaryRow & { total: string };

/** One provider's card; $1 the provider. */
export const PROVIDER_SUMMARY = `SELECT ${PROVIDER_SUMMARY_COLUMNS} FROM provider p WHERE p.id = $1`;

/** A provider's page; $1 the provider, $2 true to include one not (or no longer) approved. */
export const PROVIDER_DETAIL = `SELECT ${PROVIDER_SUMMARY_COLUMNS}, p.description, p.contact_email, p.website, p.joined_at
         FROM provider p
        WHERE p.id = $1 AND (p.status = 'approved' OR $2)`;

export type ProviderDetailRow = ProviderSummaryRow & {
  description: string;
  contact_email: string | null;
  website: string | null;
  joined_at: Date;
};

/** Whether $1 is an approved provider (the catalogue's provider filter). */
export const APPROVED_PROVIDER_EXISTS = `SELECT 1 FROM provider WHERE id = $1 AND status = 'approved'`;
