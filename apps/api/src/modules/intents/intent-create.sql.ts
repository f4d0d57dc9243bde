import type { IntentParty } from '@qifu/contracts';
import { inAppNotificationInsert } from '../notifications/notifications.sql';
import {
  intentSummaryColumns,
  INTENT_DETAIL_COLUMNS,
  type IntentDetailRow,
} from './intent.sql';

// Creating intents is one statement (its own transaction) for a whole batch of requests: the
// repeat check, the target's availability, the company check, the intents, their timeline events,
// the providers' in-app notifications and the read-back. Requests that arrive while a batch is in
// flight go together in the next one (IntentCreateBatcher): at 1M intents one row alone costs
// ≈ 1.1 ms of statement time, ten together ≈ 0.25 ms each (EXPLAIN ANALYZE, triggers included),
// and the commit, the round trip and the socket write are paid once per batch.

/** One request of a batch, in the order of the statement's arrays. */
export interface IntentCreateInput {
  /** Chosen by the API (time-ordered), so each answer row maps back to its request. */
  id: string;
  companyId: string;
  providerId: string | null;
  serviceId: string | null;
  categoryCode: string | null;
  need: string;
  budgetNegotiable: boolean;
  budgetMin: number | null;
  budgetMax: number | null;
  wishedStartDate: string;
  contactName: string;
  contactPhone: string;
  userId: string;
  matchedByOperator: boolean;
  idempotencyKey: string | null;
  requestHash: string;
  /** The response deadline counted from `clock`; lands as the same span after the row's created_at. */
  responseDueAt: Date;
  clock: Date;
  actorRole: IntentParty;
  actorName: string;
  eventNote: string | null;
  notificationTitle: string;
  notificationDetail: string;
}

/** The statement's parameters: one array per column of IntentCreateInput. */
export function intentCreateParams(batch: IntentCreateInput[]): unknown[] {
  const col = <K extends keyof IntentCreateInput>(k: K) => batch.map((b) => b[k]);
  return [
    col('id'), col('companyId'), col('providerId'), col('serviceId'), col('categoryCode'), col('need'),
    col('budgetNegotiable'), col('budgetMin'), col('budgetMax'), col('wishedStartDate'), col('contactName'),
    col('contactPhone'), col('userId'), col('matchedByOperator'), col('idempotencyKey'), col('requestHash'),
    col('responseDueAt'), col('clock'), col('actorRole'), col('actorName'), col('eventNote'),
    col('notificationTitle'), col('notificationDetail'),
  ];
}

/** Run as a named statement (Statements); the name changes with the text. */
export const INTENT_CREATE_NAME = 'intent_create_batch_v2';

export const INTENT_CREATE = `WITH input AS (
           SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::boolean[],
                                $8::numeric[], $9::numeric[], $10::date[], $11::text[], $12::text[], $13::uuid[], $14::boolean[],
                                $15::text[], $16::text[], $17::timestamptz[], $18::timestamptz[], $19::text[], $20::text[],
                                $21::text[], $22::text[], $23::jsonb[]) WITH ORDINALITY
             AS t(id, company_id, provider_id, service_id, category_code, need, budget_negotiable, budget_min, budget_max,
                  wished_start_date, contact_name, contact_phone, user_id, matched, idempotency_key, request_hash, due_at, clock,
                  actor_role, actor_name, note, title, detail, ord)
         ), existing AS (
           SELECT t.id AS request_id, i.id, i.request_hash FROM input t
             JOIN intent i ON i.company_id = t.company_id AND i.idempotency_key = t.idempotency_key
            WHERE t.idempotency_key IS NOT NULL
         ), target AS (
           SELECT t.id AS request_id, s.provider_id, s.id AS service_id, s.category_code FROM input t
             JOIN service_listing s ON s.id = t.service_id JOIN provider p ON p.id = s.provider_id
            WHERE t.service_id IS NOT NULL AND s.status = 'published' AND p.status = 'approved'
           UNION ALL
           SELECT t.id, p.id, NULL::uuid, c.code FROM input t
             JOIN provider p ON p.id = t.provider_id JOIN category c ON c.code = t.category_code
            WHERE t.service_id IS NULL AND p.status = 'approved'
         ), ins AS (
           INSERT INTO intent (id, company_id, provider_id, service_id, category_code, need, budget_negotiable, budget_min, budget_max,
                               wished_start_date, contact_name, contact_phone, created_by, matched_by_operator,
                               idempotency_key, request_hash, response_due_at)
           SELECT t.id, t.company_id, g.provider_id, g.service_id, g.category_code, t.need, t.budget_negotiable, t.budget_min, t.budget_max,
                  t.wished_start_date, t.contact_name, t.contact_phone, t.user_id, t.matched, t.idempotency_key, t.request_hash,
                  now() + (t.due_at - t.clock)
             FROM input t JOIN target g ON g.request_id = t.id
            WHERE NOT EXISTS (SELECT 1 FROM existing e WHERE e.request_id = t.id)
              AND EXISTS (SELECT 1 FROM company WHERE id = t.company_id)
            ORDER BY t.ord
           RETURNING *
         ), ev AS (
           INSERT INTO intent_event (intent_id, actor_user_id, actor_role, actor_name, from_status, to_status, note)
           SELECT ins.id, t.user_id, t.actor_role, t.actor_name, NULL, 'submitted', t.note FROM ins JOIN input t ON t.id = ins.id
           RETURNING id, intent_id, at, actor_role, actor_name, note
         ), notified AS (
           -- Notifier's in-app channel, to every user of each provider, in the same statement; the
           -- other channels hear of it after the commit (Notifier.afterInApp).
           ${inAppNotificationInsert(`SELECT u.id, ins.id, 'transition', t.title, t.detail FROM ins JOIN input t ON t.id = ins.id JOIN app_user u ON u.provider_id = ins.provider_id`, 'id, user_id, intent_id')}
         )
         SELECT t.id AS request_id, e.id AS existing_id, e.request_hash AS existing_hash,
                (SELECT json_agg(json_build_object('userId', n.user_id, 'notificationId', n.id::text)) FROM notified n WHERE n.intent_id = t.id) AS notified,
                EXISTS (SELECT 1 FROM target g WHERE g.request_id = t.id) AS target_found,
                ${intentSummaryColumns(null)}, ${INTENT_DETAIL_COLUMNS},
                ev.id AS event_id, ev.at AS event_at, ev.actor_role AS event_actor_role, ev.actor_name AS event_actor_name, ev.note AS event_note
           FROM input t
           LEFT JOIN existing e ON e.request_id = t.id
           LEFT JOIN ins i ON i.id = t.id
           LEFT JOIN company co ON co.id = i.company_id
           LEFT JOIN provider pr ON pr.id = i.provider_id
           LEFT JOIN category ca ON ca.code = i.category_code
           LEFT JOIN service_listing sl ON sl.id = i.service_id
           LEFT JOIN ev ON ev.intent_id = i.id
          ORDER BY t.ord`;

export type IntentCreateRow = IntentDetailRow & {
  request_id: string;
  existing_id: string | null;
  existing_hash: string | null;
  target_found: boolean;
  event_id: string | null;
  event_at: Date | null;
  event_actor_role: IntentParty | null;
  event_actor_name: string | null;
  event_note: string | null;
  /** The in-app notifications written, for the other channels (Notifier.afterInApp). */
  notified: { userId: string; notificationId: string }[] | null;
};
