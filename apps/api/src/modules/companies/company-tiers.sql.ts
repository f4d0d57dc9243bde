// The statements of CompanyTiersService (the house keeps SQL in *.sql.ts query modules).
export const COMPANY_BY_ID = `
  SELECT c.id, c.name, c.short_name, c.industry, c.size, c.stage, c.tiers, c.contact_name, c.contact_phone,
         (SELECT count(*)::int FROM intent i WHERE i.company_id = c.id) AS intent_count, 1 AS total
    FROM company c WHERE c.id = $1`;
export const LOCK_TIERS = `SELECT tiers FROM company WHERE id = $1 FOR UPDATE`;
export const SET_TIERS = `UPDATE company SET tiers = $2, updated_at = now() WHERE id = $1`;
export const INSERT_EVENTS = `
  INSERT INTO company_tier_event (company_id, tier, change, source, note, actor_id)
  SELECT $1, t.tier, t.change, 'operator', $4, $5
    FROM (SELECT unnest($2::text[]) AS tier, 'added' AS change UNION ALL SELECT unnest($3::text[]), 'removed') t`;
// Served by company_tier_event_company_idx (company_id, created_at DESC, id DESC).
export const EVENTS_PAGE = `
  SELECT e.id::text, e.tier, e.change, e.source, e.note, u.display_name AS actor_name, e.created_at, count(*) OVER () AS total
    FROM company_tier_event e LEFT JOIN app_user u ON u.id = e.actor_id
   WHERE e.company_id = $1 ORDER BY e.created_at DESC, e.id DESC LIMIT $2 OFFSET $3`;
export const EVENTS_COUNT = `SELECT count(*)::int AS n FROM company_tier_event WHERE company_id = $1`;
// Exact counts: one pass over company (a few hundred thousand rows at most in a park).
export const PYRAMID = `
  SELECT t.tier, count(*)::int AS n FROM company c CROSS JOIN LATERAL unnest(c.tiers) AS t(tier) GROUP BY t.tier
  UNION ALL SELECT '', count(*)::int FROM company WHERE cardinality(tiers) = 0
  UNION ALL SELECT '*', count(*)::int FROM company`;

