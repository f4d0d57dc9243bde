import type { IntentParty } from '@qifu/contracts';
import { inAppNotificationInsert } from '../notifications/notifications.sql';
import {
  intentSummaryColumns,
  INTENT_DETAIL_COLUMNS,
  type IntentDetailRow,
} from './intent.sql';

// Creating an intent is one statement (its own transaction) doing what used to take eight round
// trips: the repeat check, the target's availability, the company check, the intent, its timeline
// event, the provider's in-app notifications and the read-back. The API process was the
// bottleneck of creation (PostgreSQL waited on it), so round trips are what counts.

/** The target: the published service, or else the approved provider and an existing category. */
const target = `SELECT s.provider_id, s.id AS service_id, s.category_code FROM service_listing s JOIN provider p ON p.id = s.provider_id
                      WHERE $3::uuid IS NOT NULL AND s.id = $3::uuid AND s.status = 'published' AND p.status = 'approved'
                     UNION ALL
                     SELECT p.id, NULL::uuid, c.code FROM provider p JOIN category c ON c.code = $4::text
                      WHERE $3::uuid IS NULL AND p.id = $2::uuid AND p.status = 'approved'`;

/** Run as a named statement (Statements); the name changes with the text. */
export const INTENT_CREATE_NAME = 'intent_create_v2';

/**
 * $1 company, $2 provider, $3 service, $4 category, $5 need, $6 negotiable, $7/$8 budget, $9 wished
 * start, $10/$11 contact, $12 user, $13 matched by the operator, $14 idempotency key, $15 request
 * hash, $16 the response deadline counted from the clock $22, $17/$18 the actor's role and name,
 * $19 the event note, $20/$21 the notification's title and detail.
 */
export const INTENT_CREATE = `WITH existing AS (
           SELECT id, request_hash FROM intent WHERE $14::text IS NOT NULL AND company_id = $1::uuid AND idempotency_key = $14::text
         ), target AS (${target}
         ), ins AS (
           INSERT INTO intent (company_id, provider_id, service_id, category_code, need, budget_negotiable, budget_min, budget_max,
                               wished_start_date, contact_name, contact_phone, created_by, matched_by_operator,
                               idempotency_key, request_hash, response_due_at)
           SELECT $1::uuid, t.provider_id, t.service_id, t.category_code, $5::text, $6::boolean, $7::numeric, $8::numeric, $9::date,
                  $10::text, $11::text, $12::uuid, $13::boolean, $14::text, $15::text, now() + ($16::timestamptz - $22::timestamptz)
             FROM target t
            WHERE NOT EXISTS (SELECT 1 FROM existing) AND EXISTS (SELECT 1 FROM company WHERE id = $1::uuid)
           RETURNING *
         ), ev AS (
           INSERT INTO intent_event (intent_id, actor_user_id, actor_role, actor_name, from_status, to_status, note)
           SELECT ins.id, $12::uuid, $17::text, $18::text, NULL, 'submitted', $19::text FROM ins
           RETURNING id, at, actor_role, actor_name, note
         ), notified AS (
           -- Notifier's in-app channel, to every user of the provider, in the same statement; the
           -- other channels hear of it after the commit (Notifier.afterInApp below).
           ${inAppNotificationInsert(`SELECT u.id, ins.id, 'transition', $20::text, $21::jsonb FROM ins JOIN app_user u ON u.provider_id = ins.provider_id`)}
         )
         SELECT (SELECT id FROM existing) AS existing_id, (SELECT request_hash FROM existing) AS existing_hash,
                (SELECT array_agg(user_id) FROM notified) AS notified_users,
                EXISTS (SELECT 1 FROM target) AS target_found,
                ${intentSummaryColumns('$12::uuid')}, ${INTENT_DETAIL_COLUMNS},
                ev.id AS event_id, ev.at AS event_at, ev.actor_role AS event_actor_role, ev.actor_name AS event_actor_name, ev.note AS event_note
           FROM (SELECT 1) one
           LEFT JOIN ins i ON true
           LEFT JOIN company co ON co.id = i.company_id
           LEFT JOIN provider pr ON pr.id = i.provider_id
           LEFT JOIN category ca ON ca.code = i.category_code
           LEFT JOIN service_listing sl ON sl.id = i.service_id
           LEFT JOIN ev ON true`;

export type IntentCreateRow = IntentDetailRow & {
  existing_id: string | null;
  existing_hash: string | null;
  target_found: boolean;
  event_id: string | null;
  event_at: Date | null;
  event_actor_role: IntentParty | null;
  event_actor_name: string | null;
  event_note: string | null;
  notified_users: string[] | null;
};
