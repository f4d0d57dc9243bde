import type { CategoryRef, ProviderKind, ProviderSummaryDto } from '@qifu/contracts';

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
