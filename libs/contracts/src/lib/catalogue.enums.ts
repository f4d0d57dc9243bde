// Enumerations shared by the api, the web and the database CHECK constraints.
// The arrays are the source of truth; the types are derived from them.

export const LIFECYCLE_STAGES = ['startup', 'growth', 'mature', 'listing'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export const PRICE_MODELS = ['fixed', 'range', 'negotiable'] as const;
export type PriceModel = (typeof PRICE_MODELS)[number];

export const PROVIDER_KINDS = [
  'hr',
  'accounting',
  'finance_consulting',
  'management_consulting',
  'incubator',
  'fintech_association',
  'investment',
  'technology',
  'ip',
] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** What a provider's public profile takes, at sign-up and in the workspace: characters, and categories served. */
export const PROVIDER_PROFILE_LIMITS = { summary: 200, description: 5000, qualifications: 2000, categories: 20 } as const;

export const PROVIDER_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ProviderStatus = (typeof PROVIDER_STATUSES)[number];

export const SERVICE_STATUSES = ['draft', 'published', 'unlisted'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/** The park's tiers of companies (梯度企业培育体系). */
export const COMPANY_TIERS = [
  'listed',
  'neeq',
  'regional_equity',
  'quasi_unicorn',
  'seed_unicorn',
  'gazelle',
  'potential_gazelle',
  'high_tech',
  'tech_sme',
  'specialized_sme',
  'little_giant',
  'single_champion',
] as const;
export type CompanyTier = (typeof COMPANY_TIERS)[number];

export const COMPANY_SIZES = ['micro', 'small', 'medium', 'large'] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

export const SERVICE_SORTS = ['relevance', 'newest', 'price_asc', 'price_desc', 'rating'] as const;
export type ServiceSort = (typeof SERVICE_SORTS)[number];

export const PAGE_SIZE_MAX = 100;
export const PAGE_SIZE_DEFAULT = 12;
