import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  ListingFigures,
  ListingInput,
  ListModeratedListingsQuery,
  ListProviderListingsQuery,
  ModeratedListingDto,
  Page,
  ProviderFiguresDto,
  ProviderListingDto,
  ServiceStatus,
} from '@qifu/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { toPage, windowTotal } from '../../common/db/page';
import { returning } from '../../common/db/returning';
import { AppError } from '../../common/errors/app-error';
import { mapUniqueViolation } from '../../common/errors/unique-violation';
import { CategoriesService } from '../categories/categories.service';
import { moderatedListingsCount, moderatedListingsPage, toModeratedListing, type ModeratedListingRow } from './moderated-listing.sql';
import { likePattern } from './service-listing.sql';

const TITLE_TAKEN = { service_listing_provider_id_title_key: ['LISTING_TITLE_TAKEN', 'You already have a listing with this title.'] } as const;

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

interface Row {
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

const num = (v: string | null) => (v === null ? null : Number(v));
const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 1000 : null);

type FigureRow = Pick<Row, 'views' | 'intents' | 'accepted' | 'answered' | 'signed' | 'median_hours' | 'rating_avg' | 'rating_count'>;

function toFigures(r: FigureRow): ListingFigures {
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

function toDto(r: Row): ProviderListingDto {
  const figures = toFigures(r);
  return {
    id: r.id,
    title: r.title,
    category: { code: r.category_code, nameZh: r.category_name_zh, nameEn: r.category_name_en },
    stages: r.stages,
    summary: r.summary,
    description: r.description,
    deliverables: r.deliverables,
    price: { model: r.price_model, min: num(r.price_min), max: num(r.price_max), unit: r.price_unit },
    duration: r.duration,
    status: r.status,
    publishedAt: r.published_at ? new Date(r.published_at).toISOString() : null,
    moderationReason: r.moderation_reason,
    updatedAt: new Date(r.updated_at).toISOString(),
    figures,
  };
}

const SELECT = `SELECT s.id, s.title, s.category_code, c.name_zh AS category_name_zh, c.name_en AS category_name_en, s.stages,
       s.summary, s.description, s.deliverables, s.price_model, s.price_min, s.price_max, s.price_unit, s.duration,
       s.status, s.published_at, s.moderation_reason, s.updated_at, s.rating_avg, s.rating_count, ${FIGURES}
  FROM service_listing s JOIN category c ON c.code = s.category_code ${FIGURES_JOIN}`;

// A provider's own listings: every status, only its own rows (the provider id comes from the
// session, never from the request).
@Injectable()
export class ProviderListingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly categories: CategoriesService,
  ) {}

  async list(actor: Actor, q: ListProviderListingsQuery): Promise<Page<ProviderListingDto>> {
    const params: unknown[] = [actor.org.id, q.pageSize, (q.page - 1) * q.pageSize];
    const status = q.status ? `AND s.status = $4` : '';
    if (q.status) params.push(q.status);
    const rows: (Row & { total: string })[] = await this.db.query(
      `${SELECT.replace('SELECT s.id', 'SELECT count(*) OVER () AS total, s.id')}
        WHERE s.provider_id = $1 ${status} ORDER BY s.updated_at DESC, s.id LIMIT $2 OFFSET $3`,
      params,
    );
    return { items: rows.map(toDto), total: rows.length ? Number(rows[0].total) : 0, page: q.page, pageSize: q.pageSize };
  }

  /**
   * The same figures over every listing of the provider, computed from the rows (a median of
   * medians or a mean of per-listing rates would be wrong). The rating is the provider's own.
   */
  async figures(actor: Actor): Promise<ProviderFiguresDto> {
    const [r]: (FigureRow & { draft: number; published: number; unlisted: number })[] = await this.db.query(
      `SELECT
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
                 FROM service_listing s WHERE s.provider_id = $1) l`,
      [actor.org.id],
    );
    return { figures: toFigures(r), listings: { draft: r.draft, published: r.published, unlisted: r.unlisted } };
  }

  async get(actor: Actor, id: string): Promise<ProviderListingDto> {
    const rows: Row[] = await this.db.query(`${SELECT} WHERE s.id = $1 AND s.provider_id = $2`, [id, actor.org.id]);
    if (!rows.length) throw new AppError('LISTING_NOT_FOUND', 'No such listing.');
    return toDto(rows[0]);
  }

  async create(actor: Actor, input: ListingInput): Promise<ProviderListingDto> {
    await this.categories.assertExists(input.categoryCode);
    try {
      const rows: { id: string }[] = await this.db.query(
        `INSERT INTO service_listing (provider_id, category_code, title, summary, description, deliverables, stages,
                                      price_model, price_min, price_max, price_unit, duration, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'draft') RETURNING id`,
        this.values(actor, input),
      );
      return this.get(actor, rows[0].id);
    } catch (err) {
      mapUniqueViolation(err, TITLE_TAKEN);
    }
  }

  async update(actor: Actor, id: string, input: ListingInput): Promise<ProviderListingDto> {
    await this.categories.assertExists(input.categoryCode);
    try {
      const rows = await returning(
        this.db,
        `UPDATE service_listing SET category_code = $2, title = $3, summary = $4, description = $5, deliverables = $6,
                stages = $7, price_model = $8, price_min = $9, price_max = $10, price_unit = $11, duration = $12, updated_at = now()
          WHERE id = $13 AND provider_id = $1 RETURNING id`,
        [...this.values(actor, input), id],
      );
      if (!rows.length) throw new AppError('LISTING_NOT_FOUND', 'No such listing.');
    } catch (err) {
      mapUniqueViolation(err, TITLE_TAKEN);
    }
    return this.get(actor, id);
  }

  /** Published listings show in the catalogue at once; a listing the operator unlisted stays down. */
  async publish(actor: Actor, id: string): Promise<ProviderListingDto> {
    const current = await this.get(actor, id);
    if (current.moderationReason) throw new AppError('LISTING_MODERATED', 'The park operator unlisted this listing; edit it and contact the operator.');
    await this.db.query(
      `UPDATE service_listing SET status = 'published', published_at = COALESCE(published_at, now()), updated_at = now()
        WHERE id = $1 AND provider_id = $2`,
      [id, actor.org.id],
    );
    return this.get(actor, id);
  }

  /** Unlisted: gone from the catalogue, its intents kept. */
  async unlist(actor: Actor, id: string): Promise<ProviderListingDto> {
    await this.get(actor, id);
    await this.db.query(`UPDATE service_listing SET status = 'unlisted', updated_at = now() WHERE id = $1 AND provider_id = $2`, [id, actor.org.id]);
    return this.get(actor, id);
  }

  /** Only a draft can be deleted; anything that was ever public keeps its history. */
  async deleteDraft(actor: Actor, id: string): Promise<void> {
    const current = await this.get(actor, id);
    if (current.status !== 'draft' || current.publishedAt) throw new AppError('LISTING_NOT_DRAFT', 'Only a draft that was never published can be deleted.');
    await this.db.query(`DELETE FROM service_listing WHERE id = $1 AND provider_id = $2 AND status = 'draft'`, [id, actor.org.id]);
  }

  /** The operator takes a listing out of the catalogue, with a reason the provider sees. */
  async moderate(actor: Actor, id: string, reason: string): Promise<void> {
    const rows = await returning(
      this.db,
      `UPDATE service_listing SET status = 'unlisted', moderation_reason = $2, moderated_at = now(), moderated_by = $3, updated_at = now()
        WHERE id = $1 RETURNING id`,
      [id, reason, actor.userId],
    );
    if (!rows.length) throw new AppError('LISTING_NOT_FOUND', 'No such listing.');
  }

  /** The listings the operator unlisted and has not restored, newest moderation first. */
  async listModerated(q: ListModeratedListingsQuery): Promise<Page<ModeratedListingDto>> {
    const term = q.q ? likePattern(q.q) : null;
    const rows: ModeratedListingRow[] = await this.db.query(moderatedListingsPage(term !== null), [q.pageSize, (q.page - 1) * q.pageSize, ...(term !== null ? [term] : [])]);
    const total = await windowTotal(rows, q.page, async () => {
      const [r]: { n: number }[] = await this.db.query(moderatedListingsCount(term !== null), term !== null ? [term] : []);
      return r.n;
    });
    return toPage(rows.map(toModeratedListing), total, q);
  }

  /** Lifts the operator's unlisting (the provider may publish again). */
  async clearModeration(id: string): Promise<void> {
    const rows = await returning(this.db, `UPDATE service_listing SET moderation_reason = NULL, moderated_at = NULL, moderated_by = NULL WHERE id = $1 RETURNING id`, [id]);
    if (!rows.length) throw new AppError('LISTING_NOT_FOUND', 'No such listing.');
  }

  private values(actor: Actor, i: ListingInput): unknown[] {
    return [
      actor.org.id,
      i.categoryCode,
      i.title,
      i.summary,
      i.description,
      i.deliverables,
      [...new Set(i.stages)],
      i.priceModel,
      i.priceModel === 'negotiable' ? null : (i.priceMin ?? null),
      i.priceModel === 'range' ? (i.priceMax ?? null) : null,
      i.priceModel === 'negotiable' ? null : (i.priceUnit ?? null),
      i.duration,
    ];
  }
}
