import { INTENT_STATUSES, type IntentStatus } from '@qifu/contracts';
import { nextListFilters } from '../../components/ui/url-list-state';
import { parseKeyword, parseOneOf, parsePage } from '../../lib/search-params';
import { INTENTS_PAGE_SIZE, type IntentsParams } from './api/get-intents';

// The intents list's whole view lives in the URL, so a link (or a reload) reproduces it.

// What the API hands out as a cursor (base64url); anything else is left out of the query.
const CURSOR = /^[A-Za-z0-9_-]{1,400}$/;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface IntentListFilters {
  status: IntentStatus | null;
  q: string;
  overdue: boolean;
  company: string | null;
  provider: string | null;
  page: number;
  /** The API's cursor for this page (next/prev from a neighbour); absent: `page` is an offset. */
  cursor?: string;
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
    cursor: parseCursor(params.get('cursor')),
  };
}

function parseCursor(value: string | null): string | undefined {
  return value && CURSOR.test(value) ? value : undefined;
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
  // Page 1 is the top of the list: no position needed.
  if (filters.cursor && filters.page > 1) params.set('cursor', filters.cursor);
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
    ...(filters.cursor && filters.page > 1 ? { cursor: filters.cursor } : {}),
    pageSize: INTENTS_PAGE_SIZE,
  };
}
