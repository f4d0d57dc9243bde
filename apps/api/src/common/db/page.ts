import type { Page } from '@qifu/contracts';

/** The one place a list answer is shaped: every list route answers `{ items, total, page, pageSize }`. */
export function toPage<T>(items: T[], total: number, query: { page: number; pageSize: number }): Page<T> {
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/**
 * The total of a page read with `count(*) OVER () AS total`. Past the last page the window has no
 * row to carry the count, so it is asked for separately (only then: the common pages pay nothing).
 */
export async function windowTotal(rows: { total: string | number }[], page: number, countAll: () => Promise<number>): Promise<number> {
  if (rows.length) return Number(rows[0].total);
  return page > 1 ? countAll() : 0;
}
