// The dashboard's period lives in the address (?from=&to=); without it, the 12 months up to
// today (China time), as the API defaults.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CST_MS = 8 * 3600_000;
const MAX_DAYS = 3660;

const real = (v: string | null): v is string =>
  v !== null &&
  ISO_DATE.test(v) &&
  new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

export function defaultDashboardPeriod(now = new Date()): {
  from: string;
  to: string;
} {
  const to = new Date(now.getTime() + CST_MS).toISOString().slice(0, 10);
  const d = new Date(`${to}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  return {
    from: new Date(d.getTime() + 86_400_000).toISOString().slice(0, 10),
    to,
  };
}

export function parseDashboardPeriod(
  params: URLSearchParams,
  now = new Date(),
): { from: string; to: string } {
  const from = params.get('from');
  const to = params.get('to');
  if (
    real(from) &&
    real(to) &&
    from <= to &&
    (Date.parse(to) - Date.parse(from)) / 86_400_000 <= MAX_DAYS
  )
    return { from, to };
  return defaultDashboardPeriod(now);
}
