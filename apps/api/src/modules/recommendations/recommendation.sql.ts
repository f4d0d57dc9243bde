import type { CompanyTier, LifecycleStage, RecommendationRuleDto } from '@qifu/contracts';
import { SERVICE_FROM, SERVICE_SUMMARY_COLUMNS, SERVICE_VISIBLE } from '../listings/service-listing.sql';

// Recommendations (migration 1765958400010). Each request reads: the company (primary key), its
// latest intents (intent_company_idx), its dismissals (primary key prefix), the active rules (a few
// dozen rows) and per chosen category the best rated visible services (service_listing_related_idx).

/** How many of a company's latest intents count as its history. */
export const HISTORY_ROWS = 200;
/** How many of the park's latest intents the peers' signal counts (intent_created_idx, then company by key). */
export const PEER_SAMPLE_ROWS = 5000;

export const COMPANY_PROFILE = `SELECT stage, tiers, industry FROM company WHERE id = $1`;
export interface CompanyProfileRow {
  stage: LifecycleStage;
  tiers: CompanyTier[];
  industry: string;
}

/** The company's ($1) latest intents, newest first, without the ones in $2 (the holdout hides some). */
export const COMPANY_HISTORY = `SELECT id, category_code, service_id, status, created_at
    FROM intent
   WHERE company_id = $1 AND id <> ALL($2::uuid[])
   ORDER BY created_at DESC, id DESC
   LIMIT ${HISTORY_ROWS}`;
export interface HistoryRow {
  id: string;
  category_code: string;
  service_id: string | null;
  status: string;
  created_at: Date;
}

export const DISMISSED_SERVICES = `SELECT service_id FROM recommendation_dismissal WHERE company_id = $1`;

/** Per stage, the categories of the park's latest intents (bounded sample), without those in $1. */
export const PEER_CATEGORIES = `SELECT c.stage, x.category_code, count(*)::int AS n
    FROM (SELECT company_id, category_code FROM intent WHERE id <> ALL($1::uuid[])
           ORDER BY created_at DESC, id DESC LIMIT ${PEER_SAMPLE_ROWS}) x
    JOIN company c ON c.id = x.company_id
   GROUP BY c.stage, x.category_code`;
export interface PeerRow {
  stage: LifecycleStage;
  category_code: string;
  n: number;
}

export const ACTIVE_RULES = `SELECT id, condition, category_code, service_id, weight, reason_zh, reason_en
    FROM recommendation_rule WHERE active`;
export interface ActiveRuleRow {
  id: string;
  condition: unknown;
  category_code: string;
  service_id: string | null;
  weight: number;
  reason_zh: string;
  reason_en: string;
}

/** The category of a visible service ($1), for its page's related cards. */
export const SERVICE_CATEGORY = `SELECT s.category_code FROM ${SERVICE_FROM} WHERE s.id = $1 AND ${SERVICE_VISIBLE}`;

/**
 * Up to $3 best rated visible services of each category ($1), without the ids in $2; each
 * category's pick is a range of service_listing_related_idx (category, rating, published, id).
 */
export const CANDIDATE_SERVICES = `SELECT x.cat AS pick_category, pick.*
    FROM unnest($1::text[]) AS x(cat)
    CROSS JOIN LATERAL (
      SELECT ${SERVICE_SUMMARY_COLUMNS}
        FROM ${SERVICE_FROM}
       WHERE s.category_code = x.cat AND ${SERVICE_VISIBLE} AND s.id <> ALL($2::uuid[])
       ORDER BY s.rating_avg DESC NULLS LAST, s.published_at DESC, s.id
       LIMIT $3) pick`;

/** Dismisses a visible service ($2) for a company ($1); nothing when it is not visible. */
export const DISMISS = `INSERT INTO recommendation_dismissal (company_id, service_id)
  SELECT $1, s.id FROM ${SERVICE_FROM} WHERE s.id = $2 AND ${SERVICE_VISIBLE}
  ON CONFLICT (company_id, service_id) DO UPDATE SET dismissed_at = recommendation_dismissal.dismissed_at
  RETURNING service_id`;
export const UNDISMISS = `DELETE FROM recommendation_dismissal WHERE company_id = $1 AND service_id = $2 RETURNING service_id`;

// The operator console's read of the rules.
const RULE_COLUMNS = `r.id, r.code, r.condition, r.category_code, c.name_zh AS category_name_zh, c.name_en AS category_name_en,
       r.service_id, s.title AS service_title, r.weight, r.reason_zh, r.reason_en, r.active, r.created_at, r.updated_at`;
const RULE_FROM = `recommendation_rule r JOIN category c ON c.code = r.category_code LEFT JOIN service_listing s ON s.id = r.service_id`;

/** A page ($2 rows from $3) of the rules, heaviest first, of one category ($1, null: all). */
export const RULE_PAGE = `SELECT ${RULE_COLUMNS}, count(*) OVER () AS total
    FROM ${RULE_FROM}
   WHERE $1::text IS NULL OR r.category_code = $1
   ORDER BY r.weight DESC, r.code
   LIMIT $2 OFFSET $3`;
export const RULE_COUNT = `SELECT count(*)::int AS n FROM recommendation_rule WHERE $1::text IS NULL OR category_code = $1`;

export interface RuleRow {
  id: string;
  code: string;
  condition: RecommendationRuleDto['condition'];
  category_code: string;
  category_name_zh: string;
  category_name_en: string;
  service_id: string | null;
  service_title: string | null;
  weight: number;
  reason_zh: string;
  reason_en: string;
  active: boolean;
  created_at: Date;
  updated_at: Date;
}

export function toRuleDto(r: RuleRow): RecommendationRuleDto {
  return {
    id: r.id,
    code: r.code,
    condition: r.condition,
    category: { code: r.category_code, nameZh: r.category_name_zh, nameEn: r.category_name_en },
    service: r.service_id && r.service_title ? { id: r.service_id, title: r.service_title } : null,
    weight: r.weight,
    reasonZh: r.reason_zh,
    reasonEn: r.reason_en,
    active: r.active,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}
