import type { ReactElement } from 'react';
import type { MeDto } from '@qifu/contracts';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import {
  createMemoryRouter,
  RouterProvider,
  type RouteObject,
} from 'react-router';
import { AppProvider } from '../app/providers';
import { setSignedIn, setSignedOut } from '../lib/auth';

export function createTestQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity } },
  });
}

export interface RenderOptions {
  url: string;
  /** Who is signed in (null: nobody); left out, the page asks GET /api/auth/me itself. */
  me?: MeDto | null;
}

/** Renders a route tree inside the app's providers and a memory router. */
export function renderRoutes(
  routes: RouteObject[],
  { url, me }: RenderOptions,
) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const queryClient = createTestQueryClient();
  if (me) setSignedIn(queryClient, me);
  else if (me === null) setSignedOut(queryClient);
  const view = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, router, queryClient };
}

/**
 * Renders one route element inside the app's providers and a memory router,
 * plus a catch-all so navigations away from it can be observed.
 */
export function renderRoute(
  element: ReactElement,
  { path, ...options }: RenderOptions & { path: string },
) {
  return renderRoutes(
    [
      { path, element },
      { path: '*', element: <p>elsewhere</p> },
    ],
    options,
  );
}
