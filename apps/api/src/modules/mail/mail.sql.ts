import type { IntentStatus, MailDeliveryMode, MailLanguage, NotificationKind } from '@qifu/contracts';

// Statements of the mail and SMS channels: settings, delivery claims, digests, the signing secret.

/** $1 the user: language, phone and the stored (changed) settings per kind. */
export const SETTINGS = `SELECT u.locale, u.phone,
         COALESCE((SELECT json_object_agg(p.kind, p.email) FROM notification_preference p WHERE p.user_id = u.id), '{}'::json) AS email
    FROM app_user u WHERE u.id = $1`;

export interface SettingsRow {
  locale: MailLanguage;
  phone: string | null;
  email: Partial<Record<NotificationKind, MailDeliveryMode>>;
}

/** $1 the user, $2 language, $3 phone. */
export const UPDATE_USER_CHANNELS = `UPDATE app_user SET locale = $2, phone = $3, updated_at = now() WHERE id = $1`;

/** $1 the user, $2 kinds, $3 their modes (one row per kind). */
export const UPSERT_PREFERENCES = `INSERT INTO notification_preference (user_id, kind, email)
    SELECT $1, k, m FROM unnest($2::text[], $3::text[]) AS t(k, m)
    ON CONFLICT (user_id, kind) DO UPDATE SET email = EXCLUDED.email, updated_at = now()
    WHERE notification_preference.email IS DISTINCT FROM EXCLUDED.email`;

/** $1 the user, $2 the kind: one setting to off (the unsubscribe link), nothing else. */
export const TURN_OFF = `INSERT INTO notification_preference (user_id, kind, email) VALUES ($1, $2, 'off')
    ON CONFLICT (user_id, kind) DO UPDATE SET email = 'off', updated_at = now()
    WHERE notification_preference.email <> 'off'`;

/** $1 the user, $2 the kind: the address and the setting, for the unsubscribe page. */
export const UNSUBSCRIBE_TARGET = `SELECT u.email, COALESCE(p.email, 'immediate') AS mode
    FROM app_user u LEFT JOIN notification_preference p ON p.user_id = u.id AND p.kind = $2 WHERE u.id = $1`;

/**
 * $1 users, $2 kind: who of them wants this kind mailed now (no row = immediately).
 */
export const IMMEDIATE_RECIPIENTS = `SELECT u.id FROM app_user u
    LEFT JOIN notification_preference p ON p.user_id = u.id AND p.kind = $2
   WHERE u.id = ANY($1::uuid[]) AND COALESCE(p.email, 'immediate') = 'immediate'`;

/** As IMMEDIATE_RECIPIENTS, only those with a phone: SMS follows the kind's setting (immediately). */
export const SMS_RECIPIENTS = `${IMMEDIATE_RECIPIENTS} AND u.phone IS NOT NULL`;

const intentColumns = `i.id AS intent_id, i.status AS intent_status, co.name AS company_name, pr.name AS provider_name,
         sl.title AS service_title, ca.name_zh AS category_name_zh, ca.name_en AS category_name_en`;
// A notification is about an intent or (problem_overdue) a service-desk problem: both joined
// outer, one side is empty.
const intentJoins = `LEFT JOIN intent i ON i.id = n.intent_id
    LEFT JOIN company co ON co.id = i.company_id
    LEFT JOIN provider pr ON pr.id = i.provider_id
    LEFT JOIN category ca ON ca.code = i.category_code
    LEFT JOIN service_listing sl ON sl.id = i.service_id
    LEFT JOIN problem pb ON pb.id = n.problem_id
    LEFT JOIN company pbco ON pbco.id = pb.company_id
    LEFT JOIN problem_category pbc ON pbc.code = pb.category_code`;
const problemColumns = `pb.id AS problem_id, pbco.name AS problem_company_name, pbc.name AS problem_category_name`;

/**
 * $1 the notification: what its mail says, read when the job runs (the job carries only the id).
 * Only what the intent page shows its reader: organisation names, the service, the status; no
 * contact person, phone, message text or rating comment.
 */
export const NOTIFICATION_FOR_MAIL = `SELECT n.id, n.kind, n.detail, n.at, n.user_id,
         u.email, u.locale, u.phone, u.display_name, u.org_kind,
         COALESCE(p.email, 'immediate') AS mode, ${intentColumns}, ${problemColumns}
    FROM notification n JOIN app_user u ON u.id = n.user_id
    LEFT JOIN notification_preference p ON p.user_id = n.user_id AND p.kind = n.kind
    ${intentJoins}
   WHERE n.id = $1`;

export interface MailIntentRow {
  intent_id: string;
  intent_status: IntentStatus;
  company_name: string;
  provider_name: string;
  service_title: string | null;
  category_name_zh: string;
  category_name_en: string;
}

/** The problem of a problem_overdue notification (the columns are null for an intent's). */
export interface MailProblemRow {
  problem_id: string;
  problem_company_name: string;
  problem_category_name: string;
}

/** A notification's subject as the statements read it: one of the two sides is all null. */
export type MailSubjectRow = { [K in keyof MailIntentRow]: MailIntentRow[K] | null } & { [K in keyof MailProblemRow]: MailProblemRow[K] | null };

export type NotificationMailRow = MailSubjectRow & {
  id: string;
  kind: NotificationKind;
  detail: Record<string, unknown>;
  at: Date;
  user_id: string;
  email: string;
  locale: MailLanguage;
  phone: string | null;
  display_name: string;
  org_kind: 'company' | 'provider' | 'operator';
  mode: MailDeliveryMode;
};

/**
 * $1 notification, $2 channel: claims its delivery. Answers a row when this run is to send it: no
 * delivery yet, an earlier attempt failed, or a claim older than $3 seconds (a crashed attempt).
 * Sent, or claimed by a running attempt: no row.
 */
export const CLAIM_DELIVERY = `INSERT INTO notification_delivery AS d (notification_id, channel, state) VALUES ($1, $2, 'sending')
    ON CONFLICT (notification_id, channel) DO UPDATE SET state = 'sending', claimed_at = now(), attempts = d.attempts + 1, error = NULL
    WHERE d.state = 'failed' OR (d.state = 'sending' AND d.claimed_at < now() - $3 * interval '1 second')
    RETURNING attempts`;

/** $1 notification, $2 channel: its delivery's state, when the claim was refused. */
export const DELIVERY_STATE = `SELECT state FROM notification_delivery WHERE notification_id = $1 AND channel = $2`;

export const MARK_SENT = `UPDATE notification_delivery SET state = 'sent', sent_at = now() WHERE notification_id = $1 AND channel = $2`;
export const MARK_FAILED = `UPDATE notification_delivery SET state = 'failed', error = left($3, 500) WHERE notification_id = $1 AND channel = $2 AND state = 'sending'`;

/** $1 the day (China): users with a digest kind and something not yet in a digest, and no digest that day. */
export const DIGEST_USERS = `SELECT DISTINCT p.user_id FROM notification_preference p
   WHERE p.email = 'digest'
     AND NOT EXISTS (SELECT 1 FROM mail_digest g WHERE g.user_id = p.user_id AND g.day = $1 AND g.state IN ('sent', 'empty'))
     AND EXISTS (SELECT 1 FROM notification n WHERE n.user_id = p.user_id AND n.kind = p.kind
                   AND n.at > now() - interval '7 days'
                   AND NOT EXISTS (SELECT 1 FROM notification_delivery d WHERE d.notification_id = n.id AND d.channel IN ('digest', 'email')))`;

/** $1 user, $2 day, $3 stale seconds: claims the user's digest of that day (as CLAIM_DELIVERY). */
export const CLAIM_DIGEST = `INSERT INTO mail_digest AS g (user_id, day, state) VALUES ($1, $2, 'sending')
    ON CONFLICT (user_id, day) DO UPDATE SET state = 'sending', claimed_at = now(), error = NULL
    WHERE g.state = 'failed' OR (g.state = 'sending' AND g.claimed_at < now() - $3 * interval '1 second')
    RETURNING id`;

export const DIGEST_STATE = `SELECT state FROM mail_digest WHERE user_id = $1 AND day = $2`;

/** Today in China, the digest's day. */
export const CHINA_TODAY = `SELECT to_char((now() AT TIME ZONE 'Asia/Shanghai')::date, 'YYYY-MM-DD') AS day`;

/**
 * $1 the user: the notifications of the kinds they get as a digest that no digest carried yet,
 * nor a mail of its own (sent while the kind was mailed immediately), from the last week (a kind
 * switched to digest does not mail its whole history), oldest first.
 */
export const DIGEST_ITEMS = `SELECT n.id, n.kind, n.detail, n.at, ${intentColumns}, ${problemColumns}
    FROM notification n
    JOIN notification_preference p ON p.user_id = n.user_id AND p.kind = n.kind AND p.email = 'digest'
    ${intentJoins}
   WHERE n.user_id = $1 AND n.at > now() - interval '7 days'
     AND NOT EXISTS (SELECT 1 FROM notification_delivery d WHERE d.notification_id = n.id AND d.channel IN ('digest', 'email'))
   ORDER BY n.at, n.id LIMIT 200`;

export type DigestItemRow = MailSubjectRow & { id: string; kind: NotificationKind; detail: Record<string, unknown>; at: Date };

export const DIGEST_RECIPIENT = `SELECT id AS user_id, email, locale, display_name FROM app_user WHERE id = $1`;

/** $1 digest, $2 notification ids: the items a sent digest carried (never in another one). */
export const DIGEST_CARRIED = `INSERT INTO notification_delivery (notification_id, channel, state, sent_at, digest_id)
    SELECT unnest($2::bigint[]), 'digest', 'sent', now(), $1 ON CONFLICT DO NOTHING`;

export const DIGEST_DONE = `UPDATE mail_digest SET state = $2, sent_at = now(), items = $3 WHERE id = $1`;
export const DIGEST_FAILED = `UPDATE mail_digest SET state = 'failed', error = left($2, 500) WHERE id = $1 AND state = 'sending'`;

/** The signing secret kept in the database (when APP_SECRET is unset): the first process to need one writes it. */
export const ENSURE_SECRET = `INSERT INTO app_secret (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`;
export const READ_SECRET = `SELECT value FROM app_secret WHERE name = $1`;
