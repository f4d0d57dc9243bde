import { lazy, useState } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { paths } from '../config/paths';
import { AppLayout } from './layout/app-layout';
import { RouteErrorBoundary } from './layout/route-error-boundary';

// Each page is its own chunk; the shell (header, footer) ships in the entry.
const HomeRoute = lazy(() =>
  import('./routes/home').then((m) => ({ default: m.HomeRoute })),
);
const ServicesRoute = lazy(() =>
  import('./routes/services').then((m) => ({ default: m.ServicesRoute })),
);
const ServiceDetailRoute = lazy(() =>
  import('./routes/service-detail').then((m) => ({
    default: m.ServiceDetailRoute,
  })),
);
const ProvidersRoute = lazy(() =>
  import('./routes/providers').then((m) => ({ default: m.ProvidersRoute })),
);
const ProviderDetailRoute = lazy(() =>
  import('./routes/provider-detail').then((m) => ({
    default: m.ProviderDetailRoute,
  })),
);
const LoginRoute = lazy(() =>
  import('./routes/login').then((m) => ({ default: m.LoginRoute })),
);
const NotFoundRoute = lazy(() =>
  import('./routes/not-found').then((m) => ({ default: m.NotFoundRoute })),
);

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      {
        // Errors replace the page, not the header and footer.
        errorElement: <RouteErrorBoundary />,
        children: [
          { index: true, element: <HomeRoute /> },
          { path: paths.services.list.path, element: <ServicesRoute /> },
          { path: paths.services.detail.path, element: <ServiceDetailRoute /> },
          { path: paths.providers.list.path, element: <ProvidersRoute /> },
          {
            path: paths.providers.detail.path,
            element: <ProviderDetailRoute />,
          },
          { path: paths.auth.login.path, element: <LoginRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
