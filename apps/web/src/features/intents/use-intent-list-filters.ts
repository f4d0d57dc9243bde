import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  DEFAULT_INTENT_LIST_FILTERS,
  parseIntentListParams,
  serializeIntentListParams,
  updateIntentListFilters,
  type IntentListFilters,
} from './intent-list-params';

/** Reads the filters from the URL; every change is a new history entry so Back undoes it. */
export function useIntentListFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(
    () => parseIntentListParams(searchParams),
    [searchParams],
  );

  const setFilters = useCallback(
    (change: Partial<IntentListFilters>) =>
      setSearchParams(
        serializeIntentListParams(updateIntentListFilters(filters, change)),
      ),
    [filters, setSearchParams],
  );

  const clearFilters = useCallback(
    () =>
      setSearchParams(serializeIntentListParams(DEFAULT_INTENT_LIST_FILTERS)),
    [setSearchParams],
  );

  return { filters, setFilters, clearFilters };
}
