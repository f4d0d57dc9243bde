import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parsePage } from '../../lib/search-params';

// A list's whole view (filters, page, page size) lives in the address, so Back, a reload and a
// shared link reproduce it. Each list keeps its own parameter names in its codec.

export interface ListFilters {
  page: number;
}

export interface ListCodec<F extends ListFilters> {
  parse: (params: URLSearchParams) => F;
  /** Defaults are left out, so the plain list is just its path. */
  serialize: (filters: F) => URLSearchParams;
  /** What "clear filters" goes back to; without it, the bare address. */
  cleared?: (current: F) => F;
}

/** Any change other than the page itself (a filter, the page size) starts again from page 1. */
export function nextListFilters<F extends ListFilters>(
  current: F,
  change: Partial<F>,
): F {
  const next = { ...current, ...change };
  const onlyPage = Object.keys(change).every((key) => key === 'page');
  return onlyPage ? next : { ...next, page: change.page ?? 1 };
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

/** For a list with no filters: just ?page=. */
export const pageOnlyCodec: ListCodec<ListFilters> = {
  parse: (params) => ({ page: parsePage(params.get('page')) }),
  serialize: ({ page }) =>
    new URLSearchParams(page > 1 ? { page: String(page) } : {}),
};
