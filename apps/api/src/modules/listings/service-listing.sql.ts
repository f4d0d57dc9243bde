import type { CategoryRef, LifecycleStage, PriceModel, ProviderKind, ServiceSummaryDto } from '@qifu/contracts';

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
