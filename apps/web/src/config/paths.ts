import type {
  AuditAction,
  CompanyTier,
  IntentStatus,
  LifecycleStage,
  ProviderStatus,
  ServiceSort,
  ServiceStatus,
  StatsGranularity,
} from '@qifu/contracts';

// Every URL of the app lives here; components never spell a path by hand.

export interface ServiceListSearch {
  q?: string;
  category?: string;
  stage?: LifecycleStage;
  sort?: ServiceSort;
  page?: number;
}

export interface ProviderListSearch {
  q?: string;
  category?: string;
  page?: number;
}

export interface RegisterSearch {
  kind?: 'company' | 'provider';
  redirect?: string | null;
}

export interface ApplicationListSearch {
  status?: ProviderStatus | 'all';
  page?: number;
}

export interface AuditLogSearch {
  action?: AuditAction;
  page?: number;
}

export interface StatsSearch {
  from?: string;
  to?: string;
  granularity?: StatsGranularity;
}

export interface CompanyListSearch {
  q?: string;
  tier?: CompanyTier;
  stage?: LifecycleStage;
  page?: number;
}

export interface IntentListSearch {
  status?: IntentStatus;
  q?: string;
  overdue?: true;
  company?: string;
  provider?: string;
  page?: number;
}

export interface WorkspaceListingSearch {
  status?: ServiceStatus;
  page?: number;
}

function withSearch(pathname: string, search: object): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

export const paths = {
  home: {
    path: '/',
    getHref: () => '/',
  },
  services: {
    list: {
      path: '/services',
      getHref: (search: ServiceListSearch = {}) =>
        withSearch('/services', search),
    },
    detail: {
      path: '/services/:id',
      getHref: (id: string) => `/services/${encodeURIComponent(id)}`,
    },
  },
  providers: {
    list: {
      path: '/providers',
      getHref: (search: ProviderListSearch = {}) =>
        withSearch('/providers', search),
    },
    detail: {
      path: '/providers/:id',
      getHref: (id: string) => `/providers/${encodeURIComponent(id)}`,
    },
  },
  auth: {
    login: {
      path: '/login',
      getHref: (redirect?: string | null) => withSearch('/login', { redirect }),
    },
    register: {
      path: '/register',
      getHref: (search: RegisterSearch = {}) => withSearch('/register', search),
    },
  },
  account: {
    home: {
      path: '/account',
      getHref: () => '/account',
    },
    members: {
      path: '/account/members',
      getHref: (search: { page?: number } = {}) =>
        withSearch('/account/members', search),
    },
    application: {
      path: '/account/application',
      getHref: () => '/account/application',
    },
  },
  // The signed-out page behind a mail's unsubscribe link (the API writes this URL into mails).
  unsubscribe: {
    path: '/unsubscribe',
    getHref: (token: string) => withSearch('/unsubscribe', { token }),
  },
  invitations: {
    accept: {
      path: '/invitations/:token',
      getHref: (token: string) => `/invitations/${encodeURIComponent(token)}`,
    },
  },
  operator: {
    applications: {
      path: '/operator/applications',
      getHref: (search: ApplicationListSearch = {}) =>
        withSearch('/operator/applications', search),
    },
    audit: {
      path: '/operator/audit',
      getHref: (search: AuditLogSearch = {}) =>
        withSearch('/operator/audit', search),
    },
    stats: {
      path: '/operator/stats',
      getHref: (search: StatsSearch = {}) =>
        withSearch('/operator/stats', search),
    },
    companies: {
      path: '/operator/companies',
      getHref: (search: CompanyListSearch = {}) =>
        withSearch('/operator/companies', search),
    },
    companyImport: {
      path: '/operator/companies/import',
      getHref: () => '/operator/companies/import',
    },
    // One company as the operator sees it: its tiers (with history), visits, problems.
    company: {
      path: '/operator/companies/:id',
      getHref: (id: string) => `/operator/companies/${encodeURIComponent(id)}`,
    },
    listings: {
      path: '/operator/listings',
      getHref: (search: { q?: string; page?: number } = {}) =>
        withSearch('/operator/listings', search),
    },
    moderatedListings: {
      path: '/operator/listings/moderated',
      getHref: (search: { q?: string; page?: number } = {}) =>
        withSearch('/operator/listings/moderated', search),
    },
    jobs: {
      path: '/operator/jobs',
      getHref: (search: { queue?: string; page?: number } = {}) =>
        withSearch('/operator/jobs', search),
    },
    searchSynonyms: {
      path: '/operator/search-synonyms',
      getHref: (search: { q?: string; page?: number; new?: string } = {}) =>
        withSearch('/operator/search-synonyms', search),
    },
    searchAnalytics: {
      path: '/operator/search-analytics',
      getHref: (search: { week?: string; view?: string; page?: number } = {}) =>
        withSearch('/operator/search-analytics', search),
    },
    recommendationRules: {
      path: '/operator/recommendation-rules',
      getHref: (search: { category?: string; page?: number } = {}) =>
        withSearch('/operator/recommendation-rules', search),
    },
  },
  // The service desk: the operator's ledger, a company's own problems, one problem (both).
  problems: {
    ledger: {
      path: '/operator/problems',
      getHref: (
        search: {
          status?: string;
          category?: string;
          overdue?: string;
          page?: number;
        } = {},
      ) => withSearch('/operator/problems', search),
    },
    dashboard: {
      path: '/operator/problems/dashboard',
      getHref: (search: { from?: string; to?: string } = {}) =>
        withSearch('/operator/problems/dashboard', search),
    },
    mine: {
      path: '/problems',
      getHref: (search: { page?: number } = {}) =>
        withSearch('/problems', search),
    },
    detail: {
      path: '/problems/:id',
      getHref: (id: string) => `/problems/${encodeURIComponent(id)}`,
    },
  },
  // The provider workspace (机构工作台): the provider's own listings, figures and profile.
  workspace: {
    home: {
      path: '/workspace',
      getHref: () => '/workspace',
    },
    listings: {
      path: '/workspace/listings',
      getHref: (search: WorkspaceListingSearch = {}) =>
        withSearch('/workspace/listings', search),
    },
    newListing: {
      path: '/workspace/listings/new',
      getHref: () => '/workspace/listings/new',
    },
    listing: {
      path: '/workspace/listings/:id',
      getHref: (id: string) => `/workspace/listings/${encodeURIComponent(id)}`,
    },
    editListing: {
      path: '/workspace/listings/:id/edit',
      getHref: (id: string) =>
        `/workspace/listings/${encodeURIComponent(id)}/edit`,
    },
    profile: {
      path: '/workspace/profile',
      getHref: () => '/workspace/profile',
    },
  },
  forbidden: {
    path: '/403',
    getHref: () => '/403',
  },
  // Cooperation intents (合作意向): the request forms live beside what they request.
  intents: {
    list: {
      path: '/intents',
      getHref: (search: IntentListSearch = {}) =>
        withSearch('/intents', search),
    },
    detail: {
      path: '/intents/:id',
      getHref: (id: string) => `/intents/${encodeURIComponent(id)}`,
    },
    requestService: {
      path: '/services/:id/request',
      getHref: (serviceId: string) =>
        `/services/${encodeURIComponent(serviceId)}/request`,
    },
    requestProvider: {
      path: '/providers/:id/request',
      getHref: (providerId: string) =>
        `/providers/${encodeURIComponent(providerId)}/request`,
    },
    createForCompany: {
      path: '/operator/intents/new',
      getHref: (search: { service?: string } = {}) =>
        withSearch('/operator/intents/new', search),
    },
  },
} as const;
