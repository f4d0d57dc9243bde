import type { IntentParty, MessageDto } from '@qifu/contracts';
import { statement, type Param, type Statement } from '../../common/db/statement';

export interface MessageRow {
  id: string;
  at: Date;
  author_role: IntentParty;
  author_name: string;
  body: string;
  author_user_id: string | null;
}

export function toMessage(r: MessageRow, userId: string): MessageDto {
  return {
    id: String(r.id),
    at: new Date(r.at).toISOString(),
    authorRole: r.author_role,
    authorName: r.author_name,
    body: r.body,
    mine: r.author_user_id === userId,
  };
}

/**
 * $1 the intent, $2 the user: the thread is read up to now. Written only when a message arrived
 * since the last read (unread counts compare message times with it): reading a thread again is
 * then no write, so many readers of one thread do not queue on its row.
 */
export const MARK_THREAD_READ = `INSERT INTO intent_read AS r (intent_id, user_id, last_read_at) VALUES ($1, $2, now())
       ON CONFLICT (intent_id, user_id) DO UPDATE SET last_read_at = now()
       WHERE EXISTS (SELECT 1 FROM intent_message m WHERE m.intent_id = $1 AND m.at > r.last_read_at)`;

export const INSERT_MESSAGE = `INSERT INTO intent_message (intent_id, author_user_id, author_role, author_name, body) VALUES ($1, $2, $3, $4, $5) RETURNING id, at`;

// A provider's first message is its first answer too.
export const MARK_FIRST_RESPONSE = `UPDATE intent SET first_response_at = now() WHERE id = $1 AND first_response_at IS NULL`;

export interface ThreadPageRow {
  company_id: string;
  provider_id: string;
  total: number;
  id: string | null;
  at: Date;
  author_role: IntentParty;
  author_name: string;
  body: string;
  author_user_id: string | null;
}

/**
 * A page of the thread in one round trip (named by its shape, see Statements.run): the intent's
 * parties (for the policy), the thread's size, the page (one row with null message columns when
 * it is empty), and the caller's read mark, written only when the caller may see the intent
 * (`scope`, the policy's) and a message arrived since the last read (MARK_THREAD_READ).
 */
export function threadPage(
  intentId: string,
  userId: string,
  pageSize: number,
  offset: number,
  scope: (p: Param) => string,
): Statement {
  return statement([intentId, userId, pageSize, offset], (p) => `WITH mark AS (
      INSERT INTO intent_read AS r (intent_id, user_id, last_read_at)
        SELECT i.id, $2::uuid, now() FROM intent i WHERE i.id = $1::uuid AND ${scope(p)}
      ON CONFLICT (intent_id, user_id) DO UPDATE SET last_read_at = now()
        WHERE EXISTS (SELECT 1 FROM intent_message m WHERE m.intent_id = $1::uuid AND m.at > r.last_read_at)
    )
    -- The count names the intent by its parameter, not it.id: uncorrelated, it runs once, not per row.
    SELECT it.company_id, it.provider_id,
           (SELECT count(*)::int FROM intent_message c WHERE c.intent_id = $1::uuid) AS total,
           m.id, m.at, m.author_role, m.author_name, m.body, m.author_user_id
      FROM intent it
      LEFT JOIN LATERAL (SELECT id, at, author_role, author_name, body, author_user_id FROM intent_message
                          WHERE intent_id = it.id ORDER BY at, id LIMIT $3 OFFSET $4) m ON true
     WHERE it.id = $1::uuid
     ORDER BY m.at, m.id`);
}
