/**
 * Appends a process's batch of detail-page views to the pending counts, dated today (China
 * Standard Time): $1 the services, $2 their view counts. ViewFold moves them to service_view_daily.
 */
export const ADD_PENDING_VIEWS = `INSERT INTO service_view_pending (service_id, day, views)
         SELECT id, (now() AT TIME ZONE 'Asia/Shanghai')::date, n FROM unnest($1::uuid[], $2::int[]) AS v(id, n)`;

/**
 * Moves every pending view into the daily counts in one statement, so a view is counted exactly
 * once: a second fold running at the same time waits on the rows the first deletes and then finds
 * them gone. Views of a service deleted meanwhile are dropped. Answers the views moved.
 */
export const FOLD_PENDING_VIEWS = `WITH moved AS (DELETE FROM service_view_pending RETURNING service_id, day, views),
         added AS (
           INSERT INTO service_view_daily (service_id, day, views)
           SELECT m.service_id, m.day, sum(m.views) FROM moved m
            WHERE EXISTS (SELECT 1 FROM service_listing s WHERE s.id = m.service_id)
            GROUP BY m.service_id, m.day
           ON CONFLICT (service_id, day) DO UPDATE SET views = service_view_daily.views + EXCLUDED.views
           RETURNING 1)
         SELECT COALESCE((SELECT sum(views) FROM moved), 0)::bigint AS views, (SELECT count(*) FROM added)::int AS rows`;
