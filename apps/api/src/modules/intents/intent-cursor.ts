import { AppError } from '../../common/errors/app-error';

// A list position: the sort key of a row (its part of the list, its created_at as PostgreSQL
// prints it, so no microsecond is lost, and its id) and which way to read from it. Opaque to
// clients (base64url JSON), but checked here, since it comes back as user input.

/** `created`: newest first. `urgency`: the provider's inbox (overdue, other submitted, the rest). */
export type IntentListOrder = 'created' | 'urgency';

export interface IntentCursor {
  order: IntentListOrder;
  part: number;
  createdAt: string;
  id: string;
  /** `next`: the rows after this key; `prev`: the rows before it. */
  dir: 'next' | 'prev';
}

export const PARTS: Record<IntentListOrder, number> = {
  created: 1,
  urgency: 3,
};

const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2}) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?[+-]\d{2}(:[0-5]\d){0,2}$/;

/** A timestamptz as PostgreSQL prints it, on a real calendar day (PostgreSQL refuses 02-30). */
function isTimestamp(value: string): boolean {
  const m = TIMESTAMP.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return (
    day.getUTCFullYear() === y &&
    day.getUTCMonth() === mo - 1 &&
    day.getUTCDate() === d
  );
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(c: IntentCursor): string {
  return Buffer.from(
    JSON.stringify([c.order, c.part, c.createdAt, c.id, c.dir]),
  ).toString('base64url');
}

function invalid(): never {
  throw new AppError('INVALID_CURSOR', 'That list position is not valid.', [
    { field: 'cursor', message: 'not a cursor of this list' },
  ]);
}

/** The cursor, or a 400 when it is not one this list gave out (or is of the other ordering). */
export function decodeCursor(
  raw: string,
  order: IntentListOrder,
): IntentCursor {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    invalid();
  }
  if (!Array.isArray(value) || value.length !== 5) invalid();
  const [o, part, createdAt, id, dir] = value as unknown[];
  if (
    o !== order ||
    !Number.isInteger(part) ||
    (part as number) < 0 ||
    (part as number) >= PARTS[order] ||
    typeof createdAt !== 'string' ||
    !isTimestamp(createdAt) ||
    typeof id !== 'string' ||
    !UUID.test(id) ||
    (dir !== 'next' && dir !== 'prev')
  )
    invalid();
  return { order, part: part as number, createdAt, id, dir };
}
