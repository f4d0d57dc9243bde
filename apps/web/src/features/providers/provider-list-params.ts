import { PAGE_SIZE_DEFAULT } from '@qifu/contracts';
import { nextListFilters } from '../../components/ui/url-list-state';
import {
  parseCategoryCode,
  parseKeyword,
  parsePage,
} from '../../lib/search-params';
import type { ProvidersParams } from './api/get-providers';

export const PROVIDER_LIST_PAGE_SIZE = PAGE_SIZE_DEFAULT;

export interface ProviderListFilters {
  q: string;
  category: string | null;
  page: number;
}

export function parseProviderListParams(
  params: URLSearchParams,
): ProviderListFilters {
  return {
    q: parseKeyword(params.get('q')),
    category: parseCategoryCode(params.get('category')),
    page: parsePage(params.get('page')),
  };
}

export function serializeProviderListParams(
  filters: ProviderListFilters,
): URLSearchParams {
  const params = new URLSearchParams();
  const q = filters.q.trim();
  if (q) params.set('q', q);
  if (filters.category) params.set('category', filters.category);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** Any change other than the page itself starts again from page 1 (the kit's one rule). */
export const updateProviderListFilters: (
  current: ProviderListFilters,
  change: Partial<ProviderListFilters>,
) => ProviderListFilters = nextListFilters;

export const providerListCodec = {
  parse: parseProviderListParams,
  serialize: serializeProviderListParams,
};

export function hasActiveProviderFilters(
  filters: ProviderListFilters,
): boolean {
  return Boolean(filters.q || filters.category);
}

export function toProvidersParams(
  filters: ProviderListFilters,
): ProvidersParams {
  return {
    q: filters.q || undefined,
    category: filters.category ?? undefined,
    page: filters.page,
    pageSize: PROVIDER_LIST_PAGE_SIZE,
  };
}
