import type { ListingFigures, ProviderListingDto, ServiceStatus } from '@qifu/contracts';

// A provider's own listings (every status). The provider id is always bound from the session.

// Figures per listing, computed from the intents and views it really has.
const FIGURES = `
  COALESCE((SELECT sum(v.views)::int FROM service_view_daily v WHERE v.service_id = s.id), 0) AS views,
  f.intents, f.accepted, f.answered, f.signed, f.median_hours`;
const FIGURES_JOIN = `
  LEFT JOIN LATERAL (
    SELECT count(*)::int AS intents,
           count(*) FILTER (WHERE i.accepted_at IS NOT NULL)::int AS accepted,
           count(*) FILTER (WHERE i.accepted_at IS NOT NULL OR i.status = 'declined')::int AS answered,
           count(*) FILTER (WHERE i.signed_at IS NOT NULL)::int AS signed,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM i.first_response_at - i.created_at) / 3600.0)
             FILTER (WHERE i.first_response_at IS NOT NULL) AS median_hours
      FROM intent i WHERE i.service_id = s.id) f ON TRUE`;

const SELECT = `SELECT s.id, s.title, s.category_code, c.name_zh AS category_name_zh, c.name_en AS category_name_en, s.stages,
       s.summary, s.description, s.deliverables, s.price_model, s.price_min, s.price_max, s.price_unit, s.duration,
       s.status, s.published_at, s.moderation_reason, s.updated_at, s.rating_avg, s.rating_count, ${FIGURES}
  FROM service_listing s JOIN category c ON c.code = s.category_code ${FIGURES_JOIN}`;

/** $1 the provider, $2 page size, $3 offset, $4 (when filtering) the status. Newest edit first. */
export const providerListingsPage = (byStatus: boolean) => `${SELECT.replace('SELECT s.id', 'SELECT count(*) OVER () AS total, s.id')}
        WHERE s.provider_id = $1 ${byStatus ? `AND s.status = $4` : ''} ORDER BY s.updated_at DESC, s.id LIMIT $2 OFFSET $3`;

/** The same listings counted, for a page past the last one; $1 the provider, $2 (when filtering) the status. */
export const providerListingsCount = (byStatus: boolean) =>
  `SELECT count(*)::int AS n FROM service_listing s WHERE s.provider_id = $1${byStatus ? ' AND s.status = $2' : ''}`;

/** $1 the listing, $2 the provider. */
export const PROVIDER_LISTING = `${SELECT} WHERE s.id = $1 AND s.provider_id = $2`;

/**
 * The same figures over every listing of the provider ($1), computed from the rows (a median of
 * medians or a mean of per-listing rates would be wrong). The rating is the provider's own.
 */
export const PROVIDER_FIGURES = `SELECT
         COALESCE((SELECT sum(v.views)::int FROM service_view_daily v JOIN service_listing s ON s.id = v.service_id WHERE s.provider_id = $1), 0) AS views,
         f.intents, f.accepted, f.answered, f.signed, f.median_hours, r.rating_avg, r.rating_count, l.draft, l.published, l.unlisted
         FROM (SELECT count(*)::int AS intents,
                      count(*) FILTER (WHERE i.accepted_at IS NOT NULL)::int AS accepted,
                      count(*) FILTER (WHERE i.accepted_at IS NOT NULL OR i.status = 'declined')::int AS answered,
                      count(*) FILTER (WHERE i.signed_at IS NOT NULL)::int AS signed,
                      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM i.first_response_at - i.created_at) / 3600.0)
                        FILTER (WHERE i.first_response_at IS NOT NULL) AS median_hours
                 FROM intent i JOIN service_listing s ON s.id = i.service_id WHERE s.provider_id = $1) f,
              (SELECT p.rating_avg::text AS rating_avg, p.rating_count FROM provider p WHERE p.id = $1) r,
              (SELECT count(*) FILTER (WHERE s.status = 'draft')::int AS draft,
                      count(*) FILTER (WHERE s.status = 'published')::int AS published,
                      count(*) FILTER (WHERE s.status = 'unlisted')::int AS unlisted
                 FROM service_listing s WHERE s.provider_id = $1) l`;

/** $1 provider, $2 category, $3..$12 the listing's fields, $13 its title's search pinyin (see values). */
export const INSERT_LISTING = `INSERT INTO service_listing (provider_id, category_code, title, summary, description, deliverables, stages,
                                      price_model, price_min, price_max, price_unit, duration, title_pinyin, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'draft') RETURNING id`;

/** $1..$13 as INSERT_LISTING, $14 the listing. */
export const UPDATE_LISTING = `UPDATE service_listing SET category_code = $2, title = $3, summary = $4, description = $5, deliverables = $6,
                stages = $7, price_model = $8, price_min = $9, price_max = $10, price_unit = $11, duration = $12, title_pinyin = $13, updated_at = now()
          WHERE id = $14 AND provider_id = $1 RETURNING id`;

/** $1 the listing, $2 the provider; the first publication's date is kept. */
export const PUBLISH_LISTING = `UPDATE service_listing SET status = 'published', published_at = COALESCE(published_at, now()), updated_at = now()
        WHERE id = $1 AND provider_id = $2`;

/** $1 the listing, $2 the provider. */
export const UNLIST_LISTING = `UPDATE service_listing SET status = 'unlisted', updated_at = now() WHERE id = $1 AND provider_id = $2`;

/** $1 the listing, $2 the provider; only a draft row goes. */
export const DELETE_DRAFT = `DELETE FROM service_listing WHERE id = $1 AND provider_id = $2 AND status = 'draft'`;

/** The operator's unlisting: $1 the listing, $2 the reason, $3 the operator's user. */
export const MODERATE_LISTING = `UPDATE service_listing SET status = 'unlisted', moderation_reason = $2, moderated_at = now(), moderated_by = $3, updated_at = now()
        WHERE id = $1 RETURNING id`;

/** Lifts the operator's unlisting; $1 the listing. */
export const CLEAR_MODERATION = `UPDATE service_listing SET moderation_reason = NULL, moderated_at = NULL, moderated_by = NULL WHERE id = $1 RETURNING id`;

export interface ProviderListingRow {
  id: string;
  title: string;
  category_code: string;
  category_name_zh: string;
  category_name_en: string;
  stages: ProviderListingDto['stages'];
  summary: string;
  description: string;
  deliverables: string[];
  price_model: ProviderListingDto['price']['model'];
  price_min: string | null;
  price_max: string | null;
  price_unit: string | null;
  duration: string;
  status: ServiceStatus;
  published_at: Date | null;
  moderation_reason: string | null;
  updated_at: Date;
  rating_avg: string | null;
  rating_count: number;
  views: number;
  intents: number;
  accepted: number;
  answered: number;
  signed: number;
  median_hours: number | null;
}

export type ProviderListingPageRow = ProviderListingRow & { total: string };

export type FigureRow = Pick<ProviderListingRow, 'views' | 'intents' | 'accepted' | 'answered' | 'signed' | 'median_hours' | 'rating_avg' | 'rating_count'>;
export type ProviderFiguresRow = FigureRow & {
  draft: number;
  published: number;
  unlisted: number;
};

const num = (v: string | null) => (v === null ? null : Number(v));
const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 1000 : null);

export function toFigures(r: FigureRow): ListingFigures {
  return {
    views: r.views,
    intents: r.intents,
    acceptanceRate: ratio(r.accepted, r.answered),
    signRate: ratio(r.signed, r.intents),
    medianFirstResponseHours: r.median_hours === null ? null : Math.round(Number(r.median_hours) * 10) / 10,
    ratingAvg: num(r.rating_avg),
    ratingCount: r.rating_count,
  };
}

export function toProviderListing(r: ProviderListingRow): ProviderListingDto {
  const figures = toFigures(r);
  return {
    id: r.id,
    title: r.title,
    category: {
      code: r.category_code,
      nameZh: r.category_name_zh,
      nameEn: r.category_name_en,
    },
    stages: r.stages,
    summary: r.summary,
    description: r.description,
    deliverables: r.deliverables,
    price: {
      model: r.price_model,
      min: num(r.price_min),
      max: num(r.price_max),
      unit: r.price_unit,
    },
    duration: r.duration,
    status: r.status,
    publishedAt: r.published_at ? new Date(r.published_at).toISOString() : null,
    moderationReason: r.moderation_reason,
    updatedAt: new Date(r.updated_at).toISOString(),
    figures,
  };
}
