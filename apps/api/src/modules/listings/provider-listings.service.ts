import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  ListingInput,
  ListModeratedListingsQuery,
  ListProviderListingsQuery,
  ModeratedListingDto,
  Page,
  ProviderFiguresDto,
  ProviderListingDto,
} from '@qifu/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { toPage, windowTotal } from '../../common/db/page';
import { returning } from '../../common/db/returning';
import { AppError } from '../../common/errors/app-error';
import { mapUniqueViolation } from '../../common/errors/unique-violation';
import { CategoriesService } from '../categories/categories.service';
import { moderatedListingsCount, moderatedListingsPage, toModeratedListing, type ModeratedListingRow } from './moderated-listing.sql';
import {
  CLEAR_MODERATION,
  DELETE_DRAFT,
  INSERT_LISTING,
  MODERATE_LISTING,
  PROVIDER_FIGURES,
  PROVIDER_LISTING,
  providerListingsCount,
  providerListingsPage,
  PUBLISH_LISTING,
  toFigures,
  toProviderListing,
  UNLIST_LISTING,
  UPDATE_LISTING,
  type ProviderFiguresRow,
  type ProviderListingPageRow,
  type ProviderListingRow,
} from './provider-listing.sql';
import { likePattern } from './service-listing.sql';
import { CatalogueVersionFeed } from './catalogue-version-feed';
import { searchPinyin } from '../search/search-pinyin';

const TITLE_TAKEN = { service_listing_provider_id_title_key: ['LISTING_TITLE_TAKEN', 'You already have a listing with this title.'] } as const;

// A provider's own listings: every status, only its own rows (the provider id comes from the
// session, never from the request).
@Injectable()
export class ProviderListingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly categories: CategoriesService,
    private readonly versions: CatalogueVersionFeed,
  ) {}

  async list(actor: Actor, q: ListProviderListingsQuery): Promise<Page<ProviderListingDto>> {
    const byStatus = Boolean(q.status);
    const params = [actor.org.id, q.pageSize, (q.page - 1) * q.pageSize, ...(byStatus ? [q.status] : [])];
    const rows: ProviderListingPageRow[] = await this.db.query(providerListingsPage(byStatus), params);
    const total = await windowTotal(rows, q.page, async () => {
      const [r]: { n: number }[] = await this.db.query(providerListingsCount(byStatus), byStatus ? [actor.org.id, q.status] : [actor.org.id]);
      return r.n;
    });
    return toPage(rows.map(toProviderListing), total, q);
  }

  /** The figures over every listing of the provider, and its listings counted by status. */
  async figures(actor: Actor): Promise<ProviderFiguresDto> {
    const [r]: ProviderFiguresRow[] = await this.db.query(PROVIDER_FIGURES, [actor.org.id]);
    return { figures: toFigures(r), listings: { draft: r.draft, published: r.published, unlisted: r.unlisted } };
  }

  async get(actor: Actor, id: string): Promise<ProviderListingDto> {
    const rows: ProviderListingRow[] = await this.db.query(PROVIDER_LISTING, [id, actor.org.id]);
    if (!rows.length) throw new AppError('LISTING_NOT_FOUND', 'No such listing.');
    return toProviderListing(rows[0]);
  }

  async create(actor: Actor, input: ListingInput): Promise<ProviderListingDto> {
    await this.categories.assertExists(input.categoryCode);
    try {
      const rows: { id: string }[] = await this.db.query(INSERT_LISTING, this.values(actor, input));
      await this.versions.refresh();
      return this.get(actor, rows[0].id);
    } catch (err) {
      mapUniqueViolation(err, TITLE_TAKEN);
    }
  }

  async update(actor: Actor, id: string, input: ListingInput): Promise<ProviderListingDto> {
    await this.categories.assertExists(input.categoryCode);
    try {
      const rows = await returning(this.db, UPDATE_LISTING, [...this.values(actor, input), id]);
      if (!rows.length) throw new AppError('LISTING_NOT_FOUND', 'No such listing.');
    } catch (err) {
      mapUniqueViolation(err, TITLE_TAKEN);
    }
    await this.versions.refresh();
    return this.get(actor, id);
  }

  /** Published listings show in the catalogue at once; a listing the operator unlisted stays down. */
  async publish(actor: Actor, id: string): Promise<ProviderListingDto> {
    const current = await this.get(actor, id);
    if (current.moderationReason) throw new AppError('LISTING_MODERATED', 'The park operator unlisted this listing; edit it and contact the operator.');
    await this.db.query(PUBLISH_LISTING, [id, actor.org.id]);
    // This process's next catalogue read must show the write, even before its NOTIFY arrives.
    await this.versions.refresh();
    return this.get(actor, id);
  }

  /** Unlisted: gone from the catalogue, its intents kept. */
  async unlist(actor: Actor, id: string): Promise<ProviderListingDto> {
    await this.get(actor, id);
    await this.db.query(UNLIST_LISTING, [id, actor.org.id]);
    await this.versions.refresh();
    return this.get(actor, id);
  }

  /** Only a draft can be deleted; anything that was ever public keeps its history. */
  async deleteDraft(actor: Actor, id: string): Promise<void> {
    const current = await this.get(actor, id);
    if (current.status !== 'draft' || current.publishedAt) throw new AppError('LISTING_NOT_DRAFT', 'Only a draft that was never published can be deleted.');
    await this.db.query(DELETE_DRAFT, [id, actor.org.id]);
    await this.versions.refresh();
  }

  /** The operator takes a listing out of the catalogue, with a reason the provider sees. */
  async moderate(actor: Actor, id: string, reason: string): Promise<void> {
    const rows = await returning(this.db, MODERATE_LISTING, [id, reason, actor.userId]);
    if (!rows.length) throw new AppError('LISTING_NOT_FOUND', 'No such listing.');
    await this.versions.refresh();
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
    const rows = await returning(this.db, CLEAR_MODERATION, [id]);
    if (!rows.length) throw new AppError('LISTING_NOT_FOUND', 'No such listing.');
    await this.versions.refresh();
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
      // Written with the title (pinyin-pro runs here, not in the database's trigger).
      searchPinyin(i.title),
    ];
  }
}
