import type { DataSource } from 'typeorm';
import { resolvePeriod } from '../../src/modules/stats/stats-period';

// The statistics recomputed from the raw rows, independently of the API's rollups.

export interface RawIntent {
  id: string;
  company_id: string;
  provider_id: string;
  category_code: string;
  created_at: Date;
  accepted_at: Date | null;
  negotiating_at: Date | null;
  signed_at: Date | null;
  completed_at: Date | null;
  first_response_at: Date | null;
  contract_amount: string | null;
  score: string | null;
}

// percentile_cont: linear interpolation between the closest ranks.
function percentile(values: number[], p: number): number | null {
  if (!values.length) return null;
  const v = [...values].sort((a, b) => a - b);
  const pos = p * (v.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}
const r = (x: number | null, d: number) => (x === null ? null : Math.round(x * 10 ** d) / 10 ** d);

export function figures(rows: RawIntent[]) {
  const hours = rows.filter((i) => i.first_response_at).map((i) => (new Date(i.first_response_at as Date).getTime() - new Date(i.created_at).getTime()) / 3600000);
  const scores = rows.filter((i) => i.score !== null).map((i) => Number(i.score));
  const signed = rows.filter((i) => i.signed_at).length;
  return {
    created: rows.length,
    accepted: rows.filter((i) => i.accepted_at).length,
    negotiating: rows.filter((i) => i.negotiating_at).length,
    signed,
    completed: rows.filter((i) => i.completed_at).length,
    rated: scores.length,
    signRate: rows.length ? r(signed / rows.length, 4) : null,
    medianFirstResponseHours: r(percentile(hours, 0.5), 1),
    p90FirstResponseHours: r(percentile(hours, 0.9), 1),
    averageRating: scores.length ? r(scores.reduce((a, b) => a + b, 0) / scores.length, 2) : null,
    // Summed in whole fen, as numeric(14,2) adds them: a float sum drifts (71016.01000000001).
    signedAmount: rows.reduce((n, i) => n + (i.contract_amount ? Math.round(Number(i.contract_amount) * 100) : 0), 0) / 100,
  };
}

export async function rawIntents(db: DataSource, from: string, to: string): Promise<RawIntent[]> {
  const p = resolvePeriod({ from, to });
  return db.query(
    `SELECT i.id, i.company_id, i.provider_id, i.category_code, i.created_at, i.accepted_at, i.negotiating_at, i.signed_at,
            i.completed_at, i.first_response_at, i.contract_amount,
            (r.professional + r.responsiveness + r.attitude + r.value) / 4.0 AS score
       FROM intent i LEFT JOIN intent_rating r ON r.intent_id = i.id
      WHERE i.created_at >= $1 AND i.created_at < $2`,
    [p.start, p.end],
  );
}

/** The "now" figures of the overview, counted from the tables. */
export async function nowFigures(db: DataSource): Promise<{ providers: number; services: number; overdue: number }> {
  const [snap] = await db.query(
    `SELECT (SELECT count(DISTINCT p.id)::int FROM provider p JOIN service_listing s ON s.provider_id = p.id
              WHERE p.status = 'approved' AND s.status = 'published') AS providers,
            (SELECT count(*)::int FROM service_listing s JOIN provider p ON p.id = s.provider_id
              WHERE p.status = 'approved' AND s.status = 'published') AS services,
            (SELECT count(*)::int FROM intent WHERE status = 'submitted' AND first_response_at IS NULL AND response_due_at < now()) AS overdue`,
  );
  return snap;
}
