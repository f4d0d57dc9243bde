/** One CSV field: quoted when it holds a separator, quote or line break; formula starters neutralised. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = value instanceof Date ? value.toISOString() : String(value);
  // Excel runs cells starting with = + - @ as formulas (CSV injection); a leading quote stops it.
  if (/^[=+\-@\t\r]/.test(s) && typeof value === 'string') s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: unknown[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

/** UTF-8 byte order mark: Excel then opens the file as UTF-8 and the Chinese stays intact. */
export const UTF8_BOM = '\uFEFF';
