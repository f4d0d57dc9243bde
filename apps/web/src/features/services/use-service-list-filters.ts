import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  clearServiceListFilters,
  parseServiceListParams,
  serializeServiceListParams,
  updateServiceListFilters,
  type ServiceListFilters,
} from './service-list-params';

/** Reads the filters from the URL; every change is a new history entry so Back undoes it. */
export function useServiceListFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(
    () => parseServiceListParams(searchParams),
    [searchParams],
  );

  const setFilters = useCallback(
    (change: Partial<ServiceListFilters>) =>
      setSearchParams(
        serializeServiceListParams(updateServiceListFilters(filters, change)),
      ),
    [filters, setSearchParams],
  );

  const clearFilters = useCallback(
    () =>
      setSearchParams(
        serializeServiceListParams(clearServiceListFilters(filters)),
      ),
    [filters, setSearchParams],
  );

  return { filters, setFilters, clearFilters };
}
