// The anonymous rate limit's counters (rate_limit_hit, UNLOGGED: disposable): one row per key and
// fixed window, shared by every API process.

/**
 * $1 keys, $2 window starts, $3 hits to add (parallel arrays, one entry per key): adds the hits and
 * answers each key's total in its window. One statement for one key or for a process's whole batch.
 */
export const ADD_RATE_LIMIT_HITS = `INSERT INTO rate_limit_hit AS r (key, window_start, hits)
       SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::int[])
       ON CONFLICT (key, window_start) DO UPDATE SET hits = r.hits + EXCLUDED.hits
       RETURNING key, hits`;
export const ADD_RATE_LIMIT_HITS_NAME = 'rate_limit_add_v1';

export interface RateLimitHitsRow {
  key: string;
  hits: number;
}

/** $1 the oldest window start still kept: older windows count for nothing. */
export const PURGE_RATE_LIMIT_WINDOWS = `DELETE FROM rate_limit_hit WHERE window_start < $1::timestamptz`;
