import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  MAX_KEYWORD_LENGTH,
  parseKeyword,
  parseOneOf,
  parsePage,
} from '../../lib/search-params';

// A list's whole view (filters, page, page size) lives in the address, so Back, a reload and a
// shared link reproduce it. Each list keeps its own parameter names in its codec.

export interface ListFilters {
  page: number;
  /**
   * A keyset list's position (the API's nextCursor/prevCursor) for the page shown; `page` is
   * then its label. Only the lists that page by cursor have it.
   */
  cursor?: string;
}

export interface ListCodec<F extends ListFilters> {
  parse: (params: URLSearchParams) => F;
  /** Defaults are left out, so the plain list is just its path. */
  serialize: (filters: F) => URLSearchParams;
  /** What "clear filters" goes back to; without it, the bare address. */
  cleared?: (current: F) => F;
}

/**
 * Any change other than the page itself (a filter, the page size) starts again from page 1, and
 * drops the cursor: a position in one filtered list means nothing in another.
 */
export function nextListFilters<F extends ListFilters>(
  current: F,
  change: Partial<F>,
): F {
  const next = { ...current, ...change };
  const onlyPage = Object.keys(change).every(
    (key) => key === 'page' || key === 'cursor',
  );
  if (onlyPage) return next;
  return 'cursor' in next
    ? { ...next, page: change.page ?? 1, cursor: undefined }
    : { ...next, page: change.page ?? 1 };
}

/** Reads a list's filters from the URL; every change is a new history entry so Back undoes it. */
export function useUrlListState<F extends ListFilters>(codec: ListCodec<F>) {
  const { parse, serialize, cleared } = codec;
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parse(searchParams), [parse, searchParams]);

  const setFilters = useCallback(
    (change: Partial<F>) =>
      setSearchParams(serialize(nextListFilters(filters, change))),
    [filters, serialize, setSearchParams],
  );
  const setPage = useCallback(
    (page: number) => setFilters({ page } as Partial<F>),
    [setFilters],
  );
  const clearFilters = useCallback(
    () =>
      setSearchParams(
        cleared ? serialize(cleared(filters)) : new URLSearchParams(),
      ),
    [cleared, filters, serialize, setSearchParams],
  );

  return { filters, setFilters, setPage, clearFilters };
}

export type UrlListState<F extends ListFilters> = ReturnType<
  typeof useUrlListState<F>
>;

/** One URL parameter: how it reads (total: bad input falls back) and how it writes (null: left out). */
export interface ListParam<T> {
  parse(value: string | null): T;
  // A method, so a ListParam<string> is a ListParam<unknown> (bivariant on purpose).
  serialize(value: T): string | null;
}

export const listParam = {
  keyword: (maxLength = MAX_KEYWORD_LENGTH): ListParam<string> => ({
    parse: (value) => parseKeyword(value).slice(0, maxLength),
    serialize: (value) => value || null,
  }),
  /** One of a closed set; the fallback (the default view) is left out of the address. */
  oneOf: <T extends string, D extends T | null = null>(
    allowed: readonly T[],
    fallback: D = null as D,
  ): ListParam<T | D> => ({
    parse: (value) => parseOneOf(allowed, value) ?? fallback,
    serialize: (value) => (value === fallback ? null : value),
  }),
};

type ParamValues<S> = {
  [K in keyof S]: S[K] extends ListParam<infer T> ? T : never;
};

/** A codec from a declaration of the list's parameters; the page (?page=, 1 left out) is always there. */
export function listCodec<S extends Record<string, ListParam<unknown>>>(
  spec: S,
): ListCodec<ParamValues<S> & ListFilters> {
  const entries: [string, ListParam<unknown>][] = Object.entries(spec);
  return {
    parse: (params) =>
      Object.fromEntries([
        ...entries.map(([key, param]) => [key, param.parse(params.get(key))]),
        ['page', parsePage(params.get('page'))],
      ]) as ParamValues<S> & ListFilters,
    serialize: (filters) => {
      const params = new URLSearchParams();
      const values = filters as unknown as Record<string, unknown>;
      for (const [key, param] of entries) {
        const value = param.serialize(values[key]);
        if (value !== null) params.set(key, value);
      }
      if (filters.page > 1) params.set('page', String(filters.page));
      return params;
    },
  };
}

/** For a list with no filters: just ?page=. */
export const pageOnlyCodec = listCodec({});
