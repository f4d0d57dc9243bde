import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  parseProviderListParams,
  serializeProviderListParams,
  updateProviderListFilters,
  type ProviderListFilters,
} from './provider-list-params';

export function useProviderListFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(
    () => parseProviderListParams(searchParams),
    [searchParams],
  );

  const setFilters = useCallback(
    (change: Partial<ProviderListFilters>) =>
      setSearchParams(
        serializeProviderListParams(updateProviderListFilters(filters, change)),
      ),
    [filters, setSearchParams],
  );

  const clearFilters = useCallback(
    () => setSearchParams(new URLSearchParams()),
    [setSearchParams],
  );

  return { filters, setFilters, clearFilters };
}
