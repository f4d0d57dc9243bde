// Response deadlines count working days (Monday–Friday) in the park's time zone, China
// Standard Time (UTC+8, no daylight saving). Public holidays are not modelled.
const CST_OFFSET_MS = 8 * 3600_000;

export function addWorkingDays(from: Date, days: number): Date {
  const local = new Date(from.getTime() + CST_OFFSET_MS);
  let remaining = days;
  // A request made at the weekend starts counting on Monday morning.
  while (isWeekend(local)) {
    local.setUTCDate(local.getUTCDate() + 1);
    local.setUTCHours(0, 0, 0, 0);
  }
  while (remaining > 0) {
    local.setUTCDate(local.getUTCDate() + 1);
    if (!isWeekend(local)) remaining--;
  }
  return new Date(local.getTime() - CST_OFFSET_MS);
}

function isWeekend(d: Date): boolean {
  const day = d.getUTCDay();
  return day === 0 || day === 6;
}
