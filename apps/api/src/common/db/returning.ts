import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs an INSERT/UPDATE/DELETE … RETURNING and gives back the returned rows. TypeORM answers
 * UPDATE and DELETE with `[rows, affectedCount]` instead of the rows, which silently turns
 * `rows.length` into 2; every conditional write goes through here to avoid that trap.
 */
export async function returning<T>(db: DataSource | EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  const result: unknown = await db.query(sql, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}
