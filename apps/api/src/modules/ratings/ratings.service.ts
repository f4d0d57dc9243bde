import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Page, RateIntentRequest, RatingDto } from '@qifu/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { toPage, windowTotal } from '../../common/db/page';
import { returning } from '../../common/db/returning';
import { AppError } from '../../common/errors/app-error';
import {
  INSERT_RATING,
  LOCK_PROVIDER_RATINGS,
  RATING_EXISTS,
  ratingsCount,
  ratingsPage,
  RECOMPUTE_PROVIDER_RATING,
  RECOMPUTE_SERVICE_RATING,
  REPLY_TO_RATING,
  toRating,
  type RatedBy,
  type RatingRow,
} from './ratings.sql';

// A rating's score is the mean of its four dimensions; a service's and a provider's averages are
// kept exact in the same transaction that adds a rating (under the provider's row lock), so
// catalogue sorting reads one column.
@Injectable()
export class RatingsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async rate(m: EntityManager, intent: { id: string; provider_id: string; service_id: string | null }, body: RateIntentRequest): Promise<void> {
    const inserted = await returning(m, INSERT_RATING, [
      intent.id,
      intent.provider_id,
      intent.service_id,
      body.professional,
      body.responsiveness,
      body.attitude,
      body.value,
      body.comment,
    ]);
    if (!inserted.length) throw new AppError('ALREADY_RATED', 'This intent has already been rated.');
    // The lock first, then the recomputes (why: see LOCK_PROVIDER_RATINGS).
    await m.query(LOCK_PROVIDER_RATINGS, [intent.provider_id]);
    if (intent.service_id) await m.query(RECOMPUTE_SERVICE_RATING, [intent.service_id]);
    await m.query(RECOMPUTE_PROVIDER_RATING, [intent.provider_id]);
  }

  async reply(m: EntityManager, intentId: string, reply: string): Promise<void> {
    const updated = await returning(m, REPLY_TO_RATING, [intentId, reply]);
    if (!updated.length) {
      const exists: unknown[] = await m.query(RATING_EXISTS, [intentId]);
      throw exists.length
        ? new AppError('ALREADY_REPLIED', 'You have already replied to this rating.')
        : new AppError('RATING_NOT_ALLOWED', 'There is no rating to reply to yet.');
    }
  }

  async list(by: RatedBy, id: string, page: number, pageSize: number): Promise<Page<RatingDto>> {
    const rows: (RatingRow & { total: string })[] = await this.db.query(ratingsPage(by), [id, pageSize, (page - 1) * pageSize]);
    const total = await windowTotal(rows, page, async () => ((await this.db.query(ratingsCount(by), [id])) as { n: number }[])[0].n);
    return toPage(rows.map(toRating), total, { page, pageSize });
  }
}
