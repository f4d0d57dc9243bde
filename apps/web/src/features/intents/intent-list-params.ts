import { INTENT_STATUSES, type IntentStatus } from '@qifu/contracts';
import { nextListFilters } from '../../components/ui/url-list-state';
import { parseKeyword, parseOneOf, parsePage } from '../../lib/search-params';
import { INTENTS_PAGE_SIZE, type IntentsParams } from './api/get-intents';

// The intents list's whole view lives in the URL, so a link (or a reload) reproduces it.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface IntentListFilters {
  status: IntentStatus | null;
  q: string;
  overdue: boolean;
  company: string | null;
  provider: string | null;
  page: number;
}

export const DEFAULT_INTENT_LIST_FILTERS: IntentListFilters = {
  status: null,
  q: '',
  overdue: false,
  company: null,
  provider: null,
  page: 1,
};

function parseId(value: string | null): string | null {
  return value && UUID.test(value) ? value.toLowerCase() : null;
}

export function parseIntentListParams(
  params: URLSearchParams,
): IntentListFilters {
  return {
    status: parseOneOf(INTENT_STATUSES, params.get('status')),
    q: parseKeyword(params.get('q')),
    overdue: params.get('overdue') === 'true',
    company: parseId(params.get('company')),
    provider: parseId(params.get('provider')),
    page: parsePage(params.get('page')),
  };
}

/** Defaults are left out so the plain list is just "/intents". */
export function serializeIntentListParams(
  filters: IntentListFilters,
): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  const q = filters.q.trim();
  if (q) params.set('q', q);
  if (filters.overdue) params.set('overdue', 'true');
  if (filters.company) params.set('company', filters.company);
  if (filters.provider) params.set('provider', filters.provider);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** Any change other than the page itself starts again from page 1 (the kit's one rule). */
export const updateIntentListFilters: (
  current: IntentListFilters,
  change: Partial<IntentListFilters>,
) => IntentListFilters = nextListFilters;

export const intentListCodec = {
  parse: parseIntentListParams,
  serialize: serializeIntentListParams,
  cleared: () => DEFAULT_INTENT_LIST_FILTERS,
};

export function hasActiveIntentFilters(filters: IntentListFilters): boolean {
  return Boolean(
    filters.status ||
      filters.q ||
      filters.overdue ||
      filters.company ||
      filters.provider,
  );
}

export function toIntentsParams(filters: IntentListFilters): IntentsParams {
  return {
    status: filters.status ?? undefined,
    q: filters.q || undefined,
    overdue: filters.overdue || undefined,
    companyId: filters.company ?? undefined,
    providerId: filters.provider ?? undefined,
    page: filters.page,
    pageSize: INTENTS_PAGE_SIZE,
  };
}
