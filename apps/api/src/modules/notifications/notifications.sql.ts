import type { NotificationDto } from '@qifu/contracts';

/** $1 the user, $2 page size, $3 offset; newest first. */
export const NOTIFICATIONS_PAGE = `SELECT id, at, kind, intent_id, problem_id, title, detail, read_at, count(*) OVER () AS total FROM notification
          WHERE user_id = $1 ORDER BY at DESC, id DESC LIMIT $2 OFFSET $3`;

/** The user's notification count, for a page past the last one. */
export const NOTIFICATIONS_COUNT = `SELECT count(*)::int AS n FROM notification WHERE user_id = $1`;

export interface NotificationRow {
  id: string;
  at: Date;
  kind: NotificationDto['kind'];
  intent_id: string | null;
  problem_id: string | null;
  title: string;
  detail: Record<string, unknown>;
  read_at: Date | null;
  total: string;
}

export function toNotification(r: NotificationRow): NotificationDto {
  return {
    id: String(r.id),
    at: new Date(r.at).toISOString(),
    kind: r.kind,
    intentId: r.intent_id,
    problemId: r.problem_id,
    title: r.title,
    detail: r.detail,
    readAt: r.read_at ? new Date(r.read_at).toISOString() : null,
  };
}

export const UNREAD_COUNT = `SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND read_at IS NULL`;

// Scoped to the caller: another user's notification id is simply not found.
export const MARK_READ = `UPDATE notification SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND user_id = $2 RETURNING id`;

export const MARK_ALL_READ = `UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL RETURNING id`;

/**
 * The in-app insert around a SELECT of (user_id, intent_id, kind, title, detail), for a statement
 * that writes the notifications together with the change they announce (intent creation is one
 * statement). It returns the rows written (id, user), for Notifier.afterInApp.
 */
export function inAppNotificationInsert(select: string, returning = 'id, user_id'): string {
  return `INSERT INTO notification (user_id, intent_id, kind, title, detail) ${select} ON CONFLICT DO NOTHING RETURNING ${returning}`;
}

/** The in-app delivery: $1 the users, $2 intent, $3 problem, $4 kind, $5 title, $6 detail (JSON). */
export const DELIVER_IN_APP = `INSERT INTO notification (user_id, intent_id, problem_id, kind, title, detail)
    SELECT unnest($1::uuid[]), $2::uuid, $3::uuid, $4, $5, $6::jsonb ON CONFLICT DO NOTHING RETURNING id, user_id`;

/** The users of an organisation ($1 its id), or every operator user. */
export const ORGANISATION_USERS = {
  operator: `SELECT id FROM app_user WHERE org_kind = 'operator'`,
  company: `SELECT id FROM app_user WHERE company_id = $1`,
  provider: `SELECT id FROM app_user WHERE provider_id = $1`,
} as const;
