// Small helpers every harness script shares: the park's calendar day (China time) and quantiles.

const CST = 8 * 3600_000;

/** Today in China time, YYYY-MM-DD (the day the statistics periods count in). */
export const todayCst = () => new Date(Date.now() + CST).toISOString().slice(0, 10);

/** `day` (YYYY-MM-DD) moved by `days`. */
export const shiftDate = (day, days) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86400_000).toISOString().slice(0, 10);

/** The p-quantile (0..1, nearest rank) of `xs`, rounded to 0.01; null for none. */
export const quantile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? Math.round(s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] * 100) / 100 : null;
};
