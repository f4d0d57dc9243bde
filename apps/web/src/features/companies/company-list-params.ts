import {
  COMPANY_TIERS,
  LIFECYCLE_STAGES,
  type CompanyTier,
  type LifecycleStage,
} from '@qifu/contracts';
import { parseKeyword, parseOneOf, parsePage } from '../../lib/search-params';

// The company directory's filters live in the address, so Back and a shared link keep them.

export interface CompanyListFilters {
  q: string;
  tier: CompanyTier | null;
  stage: LifecycleStage | null;
  page: number;
}

export function parseCompanyListParams(
  params: URLSearchParams,
): CompanyListFilters {
  return {
    q: parseKeyword(params.get('q')),
    tier: parseOneOf(COMPANY_TIERS, params.get('tier')),
    stage: parseOneOf(LIFECYCLE_STAGES, params.get('stage')),
    page: parsePage(params.get('page')),
  };
}

export function serializeCompanyListParams(
  filters: CompanyListFilters,
): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.q) search.set('q', filters.q);
  if (filters.tier) search.set('tier', filters.tier);
  if (filters.stage) search.set('stage', filters.stage);
  if (filters.page > 1) search.set('page', String(filters.page));
  return search;
}

export const hasActiveCompanyFilters = (filters: CompanyListFilters) =>
  Boolean(filters.q || filters.tier || filters.stage);

export const companyListCodec = {
  parse: parseCompanyListParams,
  serialize: serializeCompanyListParams,
};
