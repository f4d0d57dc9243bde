import type { DataSource } from 'typeorm';

export class UnsuitableDatabaseError extends Error {}

// pg_trgm and lower() treat every byte of Chinese text as opaque under the C/POSIX ctype:
// searches silently find nothing. Refuse such a database instead of serving wrong answers.
export async function assertDatabaseCtype(dataSource: DataSource): Promise<void> {
  const rows: { ctype: string }[] = await dataSource.query(
    'SELECT datctype AS ctype FROM pg_database WHERE datname = current_database()',
  );
  const ctype = rows[0]?.ctype ?? '';
  if (isByteCtype(ctype)) {
    throw new UnsuitableDatabaseError(
      `The database's LC_CTYPE is "${ctype}". Qifu needs a UTF-8 character type (e.g. C.UTF-8 or ` +
        `zh_CN.UTF-8) for Chinese search. Create the database with ` +
        `"CREATE DATABASE qifu TEMPLATE template0 ENCODING 'UTF8' LC_CTYPE 'C.UTF-8' LC_COLLATE 'C.UTF-8'".`,
    );
  }
}

export function isByteCtype(ctype: string): boolean {
  return ctype === 'C' || ctype === 'POSIX';
}
