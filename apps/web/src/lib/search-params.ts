// Small, total parsers for URL search params: bad input falls back, never throws.

export const MAX_KEYWORD_LENGTH = 100;
const MAX_PAGE = 100_000;
const CATEGORY_CODE = /^[a-z0-9][a-z0-9-]{0,62}$/;

export function parseKeyword(value: string | null): string {
  return (value ?? '').trim().slice(0, MAX_KEYWORD_LENGTH);
}

export function parsePage(value: string | null): number {
  if (!value || !/^\d+$/.test(value)) return 1;
  const page = Number(value);
  return page >= 1 && page <= MAX_PAGE ? page : 1;
}

export function parseCategoryCode(value: string | null): string | null {
  return value && CATEGORY_CODE.test(value) ? value : null;
}

export function parseOneOf<T extends string>(
  allowed: readonly T[],
  value: string | null,
): T | null {
  return value !== null && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : null;
}

/** A page size the list offers, else its default (a hand-edited address cannot ask for 10 000 rows). */
export function parsePageSize(
  value: string | null,
  allowed: readonly number[],
  fallback: number,
): number {
  const size = value && /^\d+$/.test(value) ? Number(value) : NaN;
  return allowed.includes(size) ? size : fallback;
}
