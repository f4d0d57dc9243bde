import type { IntentParty, MessageDto } from '@qifu/contracts';

/** $1 the intent, $2 page size, $3 offset; oldest first. */
export const MESSAGES_PAGE = `SELECT id, at, author_role, author_name, body, author_user_id, count(*) OVER () AS total
           FROM intent_message WHERE intent_id = $1 ORDER BY at, id LIMIT $2 OFFSET $3`;

/** The thread's message count, for a page past the last one. */
export const MESSAGES_COUNT = `SELECT count(*)::int AS n FROM intent_message WHERE intent_id = $1`;

export interface MessageRow {
  id: string;
  at: Date;
  author_role: IntentParty;
  author_name: string;
  body: string;
  author_user_id: string | null;
  total: string;
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
