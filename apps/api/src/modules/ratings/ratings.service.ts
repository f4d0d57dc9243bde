import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Page, RateIntentRequest, RatingDto } from '@qifu/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { returning } from '../../common/db/returning';
import { AppError } from '../../common/errors/app-error';

interface RatingRow {
  professional: number;
  responsiveness: number;
  attitude: number;
  value: number;
  comment: string;
  created_at: Date;
  reply: string | null;
  replied_at: Date | null;
  company_name: string;
}

const SELECT = `SELECT r.professional, r.responsiveness, r.attitude, r.value, r.comment, r.created_at, r.reply, r.replied_at,
                       co.name AS company_name
                  FROM intent_rating r JOIN intent i ON i.id = r.intent_id JOIN company co ON co.id = i.company_id`;

const toDto = (r: RatingRow): RatingDto => ({
  professional: r.professional,
  responsiveness: r.responsiveness,
  attitude: r.attitude,
  value: r.value,
  average: Math.round(((r.professional + r.responsiveness + r.attitude + r.value) / 4) * 100) / 100,
  comment: r.comment,
  createdAt: new Date(r.created_at).toISOString(),
  reply: r.reply,
  repliedAt: r.replied_at ? new Date(r.replied_at).toISOString() : null,
  companyName: r.company_name,
});

// A rating's score is the mean of its four dimensions; a service's and a provider's averages are
// kept exact in the same transaction that adds a rating (under the provider's row lock), so
// catalogue sorting reads one column.
@Injectable()
export class RatingsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async forIntent(intentId: string): Promise<RatingDto | null> {
    const rows: RatingRow[] = await this.db.query(`${SELECT} WHERE r.intent_id = $1`, [intentId]);
    return rows[0] ? toDto(rows[0]) : null;
  }

  async rate(m: EntityManager, intent: { id: string; provider_id: string; service_id: string | null }, body: RateIntentRequest): Promise<void> {
    const inserted = await returning(
      m,
      `INSERT INTO intent_rating (intent_id, provider_id, service_id, professional, responsiveness, attitude, value, comment)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (intent_id) DO NOTHING RETURNING intent_id`,
      [intent.id, intent.provider_id, intent.service_id, body.professional, body.responsiveness, body.attitude, body.value, body.comment],
    );
    if (!inserted.length) throw new AppError('ALREADY_RATED', 'This intent has already been rated.');
    // Ratings of one provider queue on its row. Under READ COMMITTED each statement reads a fresh
    // snapshot, so the recomputes below, run once the lock is held, see every rating committed before
    // ours; recomputing without it read a snapshot from before a concurrent rating's commit and
    // overwrote its count (lost update). The provider lock also covers its services' rows. NO KEY:
    // inserts referencing the provider (FK checks) are not blocked.
    await m.query(`SELECT 1 FROM provider WHERE id = $1 FOR NO KEY UPDATE`, [intent.provider_id]);
    const avg = `round(avg((r.professional + r.responsiveness + r.attitude + r.value) / 4.0), 2)`;
    if (intent.service_id) {
      await m.query(
        `UPDATE service_listing s SET rating_avg = x.a, rating_count = x.n
           FROM (SELECT ${avg} AS a, count(*)::int AS n FROM intent_rating r WHERE r.service_id = $1) x WHERE s.id = $1`,
        [intent.service_id],
      );
    }
    await m.query(
      `UPDATE provider p SET rating_avg = x.a, rating_count = x.n
         FROM (SELECT ${avg} AS a, count(*)::int AS n FROM intent_rating r WHERE r.provider_id = $1) x WHERE p.id = $1`,
      [intent.provider_id],
    );
  }

  async reply(m: EntityManager, intentId: string, reply: string): Promise<void> {
    const updated = await returning(
      m,
      `UPDATE intent_rating SET reply = $2, replied_at = now() WHERE intent_id = $1 AND reply IS NULL RETURNING intent_id`,
      [intentId, reply],
    );
    if (!updated.length) {
      const exists: unknown[] = await m.query(`SELECT 1 FROM intent_rating WHERE intent_id = $1`, [intentId]);
      throw exists.length
        ? new AppError('ALREADY_REPLIED', 'You have already replied to this rating.')
        : new AppError('RATING_NOT_ALLOWED', 'There is no rating to reply to yet.');
    }
  }

  async list(by: 'service' | 'provider', id: string, page: number, pageSize: number): Promise<Page<RatingDto>> {
    const col = by === 'service' ? 'r.service_id' : 'r.provider_id';
    const rows: (RatingRow & { total: string })[] = await this.db.query(
      `${SELECT.replace('SELECT ', 'SELECT count(*) OVER () AS total, ')} WHERE ${col} = $1 ORDER BY r.created_at DESC, r.intent_id LIMIT $2 OFFSET $3`,
      [id, pageSize, (page - 1) * pageSize],
    );
    return { items: rows.map(toDto), total: rows.length ? Number(rows[0].total) : 0, page, pageSize };
  }
}
