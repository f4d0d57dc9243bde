// Response deadlines count working days (Monday–Friday) in the park's time zone, China
// Standard Time (UTC+8, no daylight saving). Public holidays and the make-up working weekends
// (调休) come as optional overrides, keyed by the local date: false = a day off, true = a working
// day. Without them (the intents today) only weekends are days off.
const CST_OFFSET_MS = 8 * 3600_000;

export type CalendarOverrides = ReadonlyMap<string, boolean>;

export function addWorkingDays(from: Date, days: number, overrides: CalendarOverrides = new Map()): Date {
  const local = new Date(from.getTime() + CST_OFFSET_MS);
  const working = (d: Date) => overrides.get(d.toISOString().slice(0, 10)) ?? !isWeekend(d);
  let remaining = days;
  // A request made on a day off starts counting on the next working day's morning.
  while (!working(local)) {
    local.setUTCDate(local.getUTCDate() + 1);
    local.setUTCHours(0, 0, 0, 0);
  }
  while (remaining > 0) {
    local.setUTCDate(local.getUTCDate() + 1);
    if (working(local)) remaining--;
  }
  return new Date(local.getTime() - CST_OFFSET_MS);
}

function isWeekend(d: Date): boolean {
  const day = d.getUTCDay();
  return day === 0 || day === 6;
}
