/**
 * Adds a batch of detail-page views to today's (China Standard Time) counts: $1 the services, $2
 * their view counts. Views of a service deleted meanwhile are dropped.
 */
export const ADD_VIEWS = `INSERT INTO service_view_daily (service_id, day, views)
         SELECT id, (now() AT TIME ZONE 'Asia/Shanghai')::date, n FROM unnest($1::uuid[], $2::int[]) AS v(id, n)
          WHERE EXISTS (SELECT 1 FROM service_listing s WHERE s.id = v.id)
         ON CONFLICT (service_id, day) DO UPDATE SET views = service_view_daily.views + EXCLUDED.views`;
