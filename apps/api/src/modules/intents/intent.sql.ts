import type {
  IntentEventDto,
  IntentParty,
  IntentStatus,
  IntentSummaryDto,
} from '@qifu/contracts';
import { RATING_FOR_INTENT, type RatingRow } from '../ratings/ratings.sql';
import type { IntentParties } from './intent.policy';

// Summary projection of an intent; `userParam` is the caller's user id (for unread counts), or null
// for an intent created in the same statement, which has no messages yet.
export const intentSummaryColumns = (userParam: string | null) => `
  i.id, i.status, i.need, i.budget_negotiable, i.budget_min, i.budget_max, i.wished_start_date,
  i.matched_by_operator, i.created_at, i.updated_at, i.version,
  (i.status = 'submitted' AND i.first_response_at IS NULL AND i.response_due_at < now()) AS overdue,
  co.id AS company_id, co.name AS company_name, pr.id AS provider_id, pr.name AS provider_name,
  sl.id AS service_id, sl.title AS service_title,
  ca.code AS category_code, ca.name_zh AS category_name_zh, ca.name_en AS category_name_en,
  ${userParam === null ? '0' : `(SELECT count(*)::int FROM intent_message mm
     WHERE mm.intent_id = i.id AND mm.author_user_id IS DISTINCT FROM ${userParam}
       AND mm.at > COALESCE((SELECT r.last_read_at FROM intent_read r WHERE r.intent_id = i.id AND r.user_id = ${userParam}), '-infinity'))`}
    AS unread_messages`;

export const INTENT_FROM = `
  intent i
  JOIN company co ON co.id = i.company_id
  JOIN provider pr ON pr.id = i.provider_id
  JOIN category ca ON ca.code = i.category_code
  LEFT JOIN service_listing sl ON sl.id = i.service_id`;

export interface IntentSummaryRow {
  id: string;
  status: IntentStatus;
  need: string;
  budget_negotiable: boolean;
  budget_min: string | null;
  budget_max: string | null;
  wished_start_date: string | Date;
  matched_by_operator: boolean;
  created_at: Date;
  updated_at: Date;
  version: number;
  overdue: boolean;
  company_id: string;
  company_name: string;
  provider_id: string;
  provider_name: string;
  service_id: string | null;
  service_title: string | null;
  category_code: string;
  category_name_zh: string;
  category_name_en: string;
  unread_messages: number;
}

const num = (v: string | null) => (v === null ? null : Number(v));

/** A DATE column as YYYY-MM-DD whatever the driver's parsing (pg turns dates into local Dates). */
export function dateOnly(v: string | Date | null): string | null {
  if (v === null) return null;
  if (typeof v === 'string') return v.slice(0, 10);
  const y = v.getFullYear();
  const m = String(v.getMonth() + 1).padStart(2, '0');
  const d = String(v.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function toIntentSummary(r: IntentSummaryRow): IntentSummaryDto {
  return {
    id: r.id,
    status: r.status,
    need: r.need,
    company: { id: r.company_id, name: r.company_name },
    provider: { id: r.provider_id, name: r.provider_name },
    service: r.service_id
      ? { id: r.service_id, title: r.service_title ?? '' }
      : null,
    category: {
      code: r.category_code,
      nameZh: r.category_name_zh,
      nameEn: r.category_name_en,
    },
    budget: {
      negotiable: r.budget_negotiable,
      min: num(r.budget_min),
      max: num(r.budget_max),
    },
    wishedStartDate: dateOnly(r.wished_start_date) ?? '',
    matchedByOperator: r.matched_by_operator,
    overdue: r.overdue,
    unreadMessages: r.unread_messages,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
    version: r.version,
  };
}

/** The detail columns on top of the summary ones (alias `i`). */
export const INTENT_DETAIL_COLUMNS = `i.contact_name, i.contact_phone, i.contract_amount, i.signed_on, i.reason, i.first_response_at, i.response_due_at, i.accepted_at`;

export type IntentDetailRow = IntentSummaryRow & {
  contact_name: string;
  contact_phone: string;
  contract_amount: string | null;
  signed_on: string | Date | null;
  reason: string | null;
  first_response_at: Date | null;
  response_due_at: Date;
  accepted_at: Date | null;
};

/**
 * The whole detail in one round trip (a named statement, planned once per connection): the row,
 * its timeline as a JSON array (oldest first) and, for a completed intent, its rating as the
 * ratings module reads it (RATING_FOR_INTENT, also keyed by $1). $1 the intent, $2 the caller
 * (for unread counts).
 */
export const INTENT_DETAIL_FULL_NAME = 'intent_detail_full_v3';
export const INTENT_DETAIL_FULL = `SELECT ${intentSummaryColumns('$2::uuid')}, ${INTENT_DETAIL_COLUMNS},
    (SELECT COALESCE(json_agg(json_build_object('id', e.id, 'at', e.at, 'actor_role', e.actor_role, 'actor_name', e.actor_name,
                                                'from_status', e.from_status, 'to_status', e.to_status, 'note', e.note)
                              ORDER BY e.at, e.id), '[]'::json)
       FROM intent_event e WHERE e.intent_id = i.id) AS events,
    CASE WHEN i.status = 'completed' THEN (SELECT to_json(x) FROM (${RATING_FOR_INTENT}) x) END AS rating,
    (SELECT pr.id FROM problem pr WHERE pr.intent_id = i.id) AS problem_id
  FROM ${INTENT_FROM}
  WHERE i.id = $1`;

export type IntentDetailFullRow = IntentDetailRow & {
  events: (Omit<IntentEventRow, 'at'> & { at: string })[];
  rating: RatingRow | null;
  /** problem_intent_uq serves it. */
  problem_id: string | null;
};

export interface IntentEventRow {
  id: string;
  at: Date;
  actor_role: IntentParty;
  actor_name: string | null;
  from_status: IntentStatus | null;
  to_status: IntentStatus;
  note: string | null;
}

export function toIntentEvent(e: Omit<IntentEventRow, 'at'> & { at: Date | string }): IntentEventDto {
  return {
    id: String(e.id),
    at: new Date(e.at).toISOString(),
    actorRole: e.actor_role,
    actorName: e.actor_name,
    from: e.from_status,
    to: e.to_status,
    note: e.note,
  };
}

/** $1 intent, $2 actor user, $3 actor role, $4 actor name, $5 from, $6 to, $7 note. */
export const INSERT_INTENT_EVENT = `INSERT INTO intent_event (intent_id, actor_user_id, actor_role, actor_name, from_status, to_status, note) VALUES ($1, $2, $3, $4, $5, $6, $7)`;

/** The parties of an intent, for the policy; $1 the intent. */
export const INTENT_PARTIES = `SELECT company_id, provider_id FROM intent WHERE id = $1`;

/** $1 the intent: what a transition checks (status, version) and who may make it. */
export const INTENT_FOR_TRANSITION = `SELECT id, status, version, company_id, provider_id FROM intent WHERE id = $1`;

export interface IntentTransitionRow extends IntentParties {
  id: string;
  status: IntentStatus;
  version: number;
}

/**
 * $1 intent, $2 the version read, $3 the new status, $4 whether the provider answers, $5 contract
 * amount, $6 signed on, $7 reason. Conditional on the version read: of two simultaneous moves
 * exactly one matches.
 */
export const TRANSITION_INTENT = `UPDATE intent SET
            status = $3, version = version + 1, updated_at = now(),
            first_response_at = CASE WHEN $4 THEN COALESCE(first_response_at, now()) ELSE first_response_at END,
            accepted_at = CASE WHEN $3 = 'accepted' THEN now() ELSE accepted_at END,
            negotiating_at = CASE WHEN $3 = 'negotiating' THEN now() ELSE negotiating_at END,
            signed_at = CASE WHEN $3 = 'signed' THEN now() ELSE signed_at END,
            contract_amount = COALESCE($5, contract_amount),
            signed_on = COALESCE($6::date, signed_on),
            completed_at = CASE WHEN $3 = 'completed' THEN now() ELSE completed_at END,
            ended_at = CASE WHEN $3 IN ('declined', 'withdrawn', 'completed', 'closed') THEN now() ELSE ended_at END,
            reason = COALESCE($7, reason)
          WHERE id = $1 AND version = $2 RETURNING id`;

/** Intents past their response deadline not yet flagged, a batch at a time. */
export const OVERDUE_UNFLAGGED = `SELECT id, provider_id FROM intent
          WHERE status = 'submitted' AND first_response_at IS NULL AND response_due_at < now()
            AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.intent_id = intent.id AND n.kind = 'overdue')
          LIMIT 500`;

/** $1 company, $2 idempotency key. */
export const INTENT_BY_IDEMPOTENCY_KEY = `SELECT id, request_hash FROM intent WHERE company_id = $1 AND idempotency_key = $2`;

/** $1 the intent, locked so that one rating is checked and written at a time. */
export const INTENT_FOR_RATING = `SELECT id, status, company_id, provider_id, service_id FROM intent WHERE id = $1 FOR UPDATE`;

export type IntentForRatingRow = IntentParties & {
  id: string;
  status: IntentStatus;
  service_id: string | null;
};
