import {
  LIFECYCLE_STAGES,
  PAGE_SIZE_DEFAULT,
  SERVICE_SORTS,
} from '@qifu/contracts';
import type { LifecycleStage, ServiceSort } from '@qifu/contracts';
import { nextListFilters } from '../../components/ui/url-list-state';
import {
  parseCategoryCode,
  parseKeyword,
  parseOneOf,
  parsePage,
} from '../../lib/search-params';
import type { ServicesParams } from './api/get-services';

// The service list's whole view lives in the URL, so a link reproduces it.

export const DEFAULT_SERVICE_SORT: ServiceSort = 'relevance';
export const SERVICE_LIST_PAGE_SIZE = PAGE_SIZE_DEFAULT;

export interface ServiceListFilters {
  q: string;
  category: string | null;
  stage: LifecycleStage | null;
  sort: ServiceSort;
  page: number;
}

export const DEFAULT_SERVICE_LIST_FILTERS: ServiceListFilters = {
  q: '',
  category: null,
  stage: null,
  sort: DEFAULT_SERVICE_SORT,
  page: 1,
};

export function parseServiceListParams(
  params: URLSearchParams,
): ServiceListFilters {
  return {
    q: parseKeyword(params.get('q')),
    category: parseCategoryCode(params.get('category')),
    stage: parseOneOf(LIFECYCLE_STAGES, params.get('stage')),
    sort: parseOneOf(SERVICE_SORTS, params.get('sort')) ?? DEFAULT_SERVICE_SORT,
    page: parsePage(params.get('page')),
  };
}

/** Defaults are left out so the plain list is just "/services". */
export function serializeServiceListParams(
  filters: ServiceListFilters,
): URLSearchParams {
  const params = new URLSearchParams();
  const q = filters.q.trim();
  if (q) params.set('q', q);
  if (filters.category) params.set('category', filters.category);
  if (filters.stage) params.set('stage', filters.stage);
  if (filters.sort !== DEFAULT_SERVICE_SORT) params.set('sort', filters.sort);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** Any change other than the page itself starts again from page 1 (the kit's one rule). */
export const updateServiceListFilters: (
  current: ServiceListFilters,
  change: Partial<ServiceListFilters>,
) => ServiceListFilters = nextListFilters;

export function clearServiceListFilters(
  current: ServiceListFilters,
): ServiceListFilters {
  return { ...DEFAULT_SERVICE_LIST_FILTERS, sort: current.sort };
}

/** Clearing keeps the chosen order: it is a view, not a filter. */
export const serviceListCodec = {
  parse: parseServiceListParams,
  serialize: serializeServiceListParams,
  cleared: clearServiceListFilters,
};

export function hasActiveServiceFilters(filters: ServiceListFilters): boolean {
  return Boolean(filters.q || filters.category || filters.stage);
}

export function toServicesParams(filters: ServiceListFilters): ServicesParams {
  return {
    q: filters.q || undefined,
    category: filters.category ?? undefined,
    stage: filters.stage ?? undefined,
    sort: filters.sort === DEFAULT_SERVICE_SORT ? undefined : filters.sort,
    page: filters.page,
    pageSize: SERVICE_LIST_PAGE_SIZE,
  };
}
