import type { LifecycleStage, ServiceSort } from '@qifu/contracts';

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
      getHref: (redirect?: string) => withSearch('/login', { redirect }),
    },
  },
} as const;
