import type { RatingDto } from '@qifu/contracts';

export interface RatingRow {
  professional: number;
  responsiveness: number;
  attitude: number;
  value: number;
  comment: string;
  // Text when the row comes as JSON (the intent detail reads it so); toRating parses either.
  created_at: Date | string;
  reply: string | null;
  replied_at: Date | string | null;
  company_name: string;
}

const SELECT = `SELECT r.professional, r.responsiveness, r.attitude, r.value, r.comment, r.created_at, r.reply, r.replied_at,
                       co.name AS company_name
                  FROM intent_rating r JOIN intent i ON i.id = r.intent_id JOIN company co ON co.id = i.company_id`;

export function toRating(r: RatingRow): RatingDto {
  return {
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
  };
}

/** $1 the intent. */
export const RATING_FOR_INTENT = `${SELECT} WHERE r.intent_id = $1`;

export type RatedBy = 'service' | 'provider';
const ratedByColumn = (by: RatedBy) => (by === 'service' ? 'r.service_id' : 'r.provider_id');

/** $1 the service or provider, $2 page size, $3 offset; newest first. */
export const ratingsPage = (by: RatedBy) =>
  `${SELECT.replace('SELECT ', 'SELECT count(*) OVER () AS total, ')} WHERE ${ratedByColumn(by)} = $1 ORDER BY r.created_at DESC, r.intent_id LIMIT $2 OFFSET $3`;

/** The ratings counted, for a page past the last one; $1 the service or provider. */
export const ratingsCount = (by: RatedBy) => `SELECT count(*)::int AS n FROM intent_rating r WHERE ${ratedByColumn(by)} = $1`;

/** $1 intent, $2 provider, $3 service, $4..$7 the four scores, $8 comment; a second rating inserts nothing. */
export const INSERT_RATING = `INSERT INTO intent_rating (intent_id, provider_id, service_id, professional, responsiveness, attitude, value, comment)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (intent_id) DO NOTHING RETURNING intent_id`;

// Ratings of one provider queue on its row. Under READ COMMITTED each statement reads a fresh
// snapshot, so the recomputes below, run once the lock is held, see every rating committed before
// ours; recomputing without it read a snapshot from before a concurrent rating's commit and
// overwrote its count (lost update). The provider lock also covers its services' rows. NO KEY:
// inserts referencing the provider (FK checks) are not blocked.
export const LOCK_PROVIDER_RATINGS = `SELECT 1 FROM provider WHERE id = $1 FOR NO KEY UPDATE`;

const avg = `round(avg((r.professional + r.responsiveness + r.attitude + r.value) / 4.0), 2)`;

/** $1 the service; run under LOCK_PROVIDER_RATINGS. */
export const RECOMPUTE_SERVICE_RATING = `UPDATE service_listing s SET rating_avg = x.a, rating_count = x.n
           FROM (SELECT ${avg} AS a, count(*)::int AS n FROM intent_rating r WHERE r.service_id = $1) x WHERE s.id = $1`;

/** $1 the provider; run under LOCK_PROVIDER_RATINGS. */
export const RECOMPUTE_PROVIDER_RATING = `UPDATE provider p SET rating_avg = x.a, rating_count = x.n
         FROM (SELECT ${avg} AS a, count(*)::int AS n FROM intent_rating r WHERE r.provider_id = $1) x WHERE p.id = $1`;

/** $1 the intent, $2 the reply; only a first reply matches. */
export const REPLY_TO_RATING = `UPDATE intent_rating SET reply = $2, replied_at = now() WHERE intent_id = $1 AND reply IS NULL RETURNING intent_id`;

export const RATING_EXISTS = `SELECT 1 FROM intent_rating WHERE intent_id = $1`;
