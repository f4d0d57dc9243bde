import { lazy, useState } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { paths } from '../config/paths';
import { withAccountPage } from './account-page';
import { withIntentsWords } from './intents-page';
import { AppLayout } from './layout/app-layout';
import { withOperatorPage } from './operator-page';
import { withProblemsPage } from './problems-page';
import { ForbiddenRoute, RequireAccess } from './layout/require-access';
import { RouteErrorBoundary } from './layout/route-error-boundary';

// Each page is its own chunk; the shell (header, footer) ships in the entry.
const HomeRoute = lazy(() =>
  import('./routes/home').then((m) => ({ default: m.HomeRoute })),
);
const ServicesRoute = lazy(() =>
  import('./routes/services').then((m) => ({ default: m.ServicesRoute })),
);
const ServiceDetailRoute = lazy(
  withIntentsWords(() =>
    import('./routes/service-detail').then((m) => ({
      default: m.ServiceDetailRoute,
    })),
  ),
);
const ProvidersRoute = lazy(() =>
  import('./routes/providers').then((m) => ({ default: m.ProvidersRoute })),
);
const ProviderDetailRoute = lazy(
  withIntentsWords(() =>
    import('./routes/provider-detail').then((m) => ({
      default: m.ProviderDetailRoute,
    })),
  ),
);
const NotFoundRoute = lazy(() =>
  import('./routes/not-found').then((m) => ({ default: m.NotFoundRoute })),
);

// Account pages: each also loads the account words and styles (see account-page.ts).
const LoginRoute = lazy(
  withAccountPage(() =>
    import('./routes/login').then((m) => ({ default: m.LoginRoute })),
  ),
);
const RegisterRoute = lazy(
  withAccountPage(() =>
    import('./routes/register').then((m) => ({ default: m.RegisterRoute })),
  ),
);
const AcceptInvitationRoute = lazy(
  withAccountPage(() =>
    import('./routes/accept-invitation').then((m) => ({
      default: m.AcceptInvitationRoute,
    })),
  ),
);
const UnsubscribeRoute = lazy(
  withAccountPage(() =>
    import('./routes/unsubscribe').then((m) => ({
      default: m.UnsubscribeRoute,
    })),
  ),
);
const AccountRoute = lazy(
  withAccountPage(() =>
    import('./routes/account').then((m) => ({ default: m.AccountRoute })),
  ),
);
const MembersRoute = lazy(
  withAccountPage(() =>
    import('./routes/members').then((m) => ({ default: m.MembersRoute })),
  ),
);
const ApplicationStatusRoute = lazy(
  withAccountPage(() =>
    import('./routes/application-status').then((m) => ({
      default: m.ApplicationStatusRoute,
    })),
  ),
);
const ApplicationReviewRoute = lazy(
  withAccountPage(() =>
    import('./routes/application-review').then((m) => ({
      default: m.ApplicationReviewRoute,
    })),
  ),
);
const AuditLogRoute = lazy(
  withAccountPage(() =>
    import('./routes/audit-log').then((m) => ({ default: m.AuditLogRoute })),
  ),
);

// The operator console: each page its own chunk with the operator words (operator-page.ts);
// only these chunks import ECharts.
const OperatorStatsRoute = lazy(
  withOperatorPage(() =>
    import('./routes/operator-stats').then((m) => ({
      default: m.OperatorStatsRoute,
    })),
  ),
);
const OperatorCompaniesRoute = lazy(
  withOperatorPage(() =>
    import('./routes/operator-companies').then((m) => ({
      default: m.OperatorCompaniesRoute,
    })),
  ),
);
const OperatorCompanyImportRoute = lazy(
  withOperatorPage(() =>
    import('./routes/operator-company-import').then((m) => ({
      default: m.OperatorCompanyImportRoute,
    })),
  ),
);
// One company: its tiers (operator words) and a visit to record (problem words).
const OperatorCompanyRoute = lazy(
  withOperatorPage(
    withProblemsPage(() =>
      import('./routes/operator-company').then((m) => ({
        default: m.OperatorCompanyRoute,
      })),
    ),
  ),
);
const OperatorListingsRoute = lazy(
  withOperatorPage(() =>
    import('./routes/operator-listings').then((m) => ({
      default: m.OperatorListingsRoute,
    })),
  ),
);
const OperatorModeratedListingsRoute = lazy(
  withOperatorPage(() =>
    import('./routes/operator-moderated-listings').then((m) => ({
      default: m.OperatorModeratedListingsRoute,
    })),
  ),
);
const OperatorSearchSynonymsRoute = lazy(
  withOperatorPage(() =>
    import('./routes/operator-search-synonyms').then((m) => ({
      default: m.OperatorSearchSynonymsRoute,
    })),
  ),
);
const OperatorSearchAnalyticsRoute = lazy(
  withOperatorPage(() =>
    import('./routes/operator-search-analytics').then((m) => ({
      default: m.OperatorSearchAnalyticsRoute,
    })),
  ),
);
const OperatorRecommendationRulesRoute = lazy(
  withOperatorPage(() =>
    import('./routes/operator-recommendation-rules').then((m) => ({
      default: m.OperatorRecommendationRulesRoute,
    })),
  ),
);
const OperatorJobsRoute = lazy(
  withOperatorPage(() =>
    import('./routes/operator-jobs').then((m) => ({
      default: m.OperatorJobsRoute,
    })),
  ),
);

// The service desk (问题台账, 我的问题, a problem): each page with the problem words.
const OperatorProblemsRoute = lazy(
  withProblemsPage(() =>
    import('./routes/operator-problems').then((m) => ({
      default: m.OperatorProblemsRoute,
    })),
  ),
);
const CompanyProblemsRoute = lazy(
  withProblemsPage(() =>
    import('./routes/company-problems').then((m) => ({
      default: m.CompanyProblemsRoute,
    })),
  ),
);
// The dashboard also draws with the statistics page's chart and period picker (operator words, ECharts in this chunk).
const OperatorProblemDashboardRoute = lazy(
  withOperatorPage(
    withProblemsPage(() =>
      import('./routes/operator-problem-dashboard').then((m) => ({
        default: m.OperatorProblemDashboardRoute,
      })),
    ),
  ),
);
const ProblemDetailRoute = lazy(
  withProblemsPage(() =>
    import('./routes/problem-detail').then((m) => ({
      default: m.ProblemDetailRoute,
    })),
  ),
);

// The provider workspace (机构工作台): one hop through workspace-routes.ts, which lazy-loads
// each page with the workspace and account words (workspace-page.ts).
const workspacePage = (loader: keyof typeof import('./workspace-routes')) =>
  lazy(() => import('./workspace-routes').then((m) => m[loader]()));
const WorkspaceHomeRoute = workspacePage('loadWorkspaceHomeRoute');
const WorkspaceListingsRoute = workspacePage('loadWorkspaceListingsRoute');
const WorkspaceNewListingRoute = workspacePage('loadWorkspaceNewListingRoute');
const WorkspaceEditListingRoute = workspacePage(
  'loadWorkspaceEditListingRoute',
);
const WorkspaceListingRoute = workspacePage('loadWorkspaceListingRoute');
const WorkspaceProfileRoute = workspacePage('loadWorkspaceProfileRoute');

// Cooperation intents (合作意向): one hop through intent-routes.ts, which lazy-loads each page
// with the intent and account words (intents-page.ts).
const intentPage = (loader: keyof typeof import('./intent-routes')) =>
  lazy(() => import('./intent-routes').then((m) => m[loader]()));
const IntentsRoute = intentPage('loadIntentsRoute');
const IntentDetailRoute = intentPage('loadIntentDetailRoute');
const ServiceRequestRoute = intentPage('loadServiceRequestRoute');
const ProviderRequestRoute = intentPage('loadProviderRequestRoute');
const OperatorNewIntentRoute = intentPage('loadOperatorNewIntentRoute');

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
          { path: paths.auth.register.path, element: <RegisterRoute /> },
          {
            path: paths.invitations.accept.path,
            element: <AcceptInvitationRoute />,
          },
          { path: paths.unsubscribe.path, element: <UnsubscribeRoute /> },
          { path: paths.forbidden.path, element: <ForbiddenRoute /> },
          {
            element: <RequireAccess />,
            children: [
              { path: paths.account.home.path, element: <AccountRoute /> },
            ],
          },
          {
            element: <RequireAccess rule={{ admin: true }} />,
            children: [
              { path: paths.account.members.path, element: <MembersRoute /> },
            ],
          },
          {
            element: <RequireAccess rule={{ orgKinds: ['provider'] }} />,
            children: [
              {
                path: paths.account.application.path,
                element: <ApplicationStatusRoute />,
              },
            ],
          },
          {
            element: <RequireAccess rule={{ orgKinds: ['operator'] }} />,
            children: [
              {
                path: paths.operator.applications.path,
                element: <ApplicationReviewRoute />,
              },
              { path: paths.operator.audit.path, element: <AuditLogRoute /> },
              {
                path: paths.operator.stats.path,
                element: <OperatorStatsRoute />,
              },
              {
                path: paths.operator.companies.path,
                element: <OperatorCompaniesRoute />,
              },
              {
                path: paths.operator.companyImport.path,
                element: <OperatorCompanyImportRoute />,
              },
              {
                path: paths.operator.company.path,
                element: <OperatorCompanyRoute />,
              },
              {
                path: paths.operator.listings.path,
                element: <OperatorListingsRoute />,
              },
              {
                path: paths.operator.moderatedListings.path,
                element: <OperatorModeratedListingsRoute />,
              },
              {
                path: paths.operator.jobs.path,
                element: <OperatorJobsRoute />,
              },
              {
                path: paths.operator.searchSynonyms.path,
                element: <OperatorSearchSynonymsRoute />,
              },
              {
                path: paths.problems.ledger.path,
                element: <OperatorProblemsRoute />,
              },
              {
                path: paths.problems.dashboard.path,
                element: <OperatorProblemDashboardRoute />,
              },
              {
                path: paths.operator.recommendationRules.path,
                element: <OperatorRecommendationRulesRoute />,
              },
              {
                path: paths.operator.searchAnalytics.path,
                element: <OperatorSearchAnalyticsRoute />,
              },
            ],
          },
          {
            element: <RequireAccess />,
            children: [
              { path: paths.intents.list.path, element: <IntentsRoute /> },
              {
                path: paths.intents.detail.path,
                element: <IntentDetailRoute />,
              },
            ],
          },
          {
            element: <RequireAccess rule={{ orgKinds: ['company'] }} />,
            children: [
              {
                path: paths.problems.mine.path,
                element: <CompanyProblemsRoute />,
              },
              {
                path: paths.intents.requestService.path,
                element: <ServiceRequestRoute />,
              },
              {
                path: paths.intents.requestProvider.path,
                element: <ProviderRequestRoute />,
              },
            ],
          },
          {
            element: <RequireAccess rule={{ orgKinds: ['operator'] }} />,
            children: [
              {
                path: paths.intents.createForCompany.path,
                element: <OperatorNewIntentRoute />,
              },
            ],
          },
          {
            element: (
              <RequireAccess rule={{ orgKinds: ['company', 'operator'] }} />
            ),
            children: [
              {
                path: paths.problems.detail.path,
                element: <ProblemDetailRoute />,
              },
            ],
          },
          {
            element: <RequireAccess rule={{ orgKinds: ['provider'] }} />,
            children: [
              {
                path: paths.workspace.home.path,
                element: <WorkspaceHomeRoute />,
              },
              {
                path: paths.workspace.listings.path,
                element: <WorkspaceListingsRoute />,
              },
              {
                path: paths.workspace.newListing.path,
                element: <WorkspaceNewListingRoute />,
              },
              {
                path: paths.workspace.listing.path,
                element: <WorkspaceListingRoute />,
              },
              {
                path: paths.workspace.editListing.path,
                element: <WorkspaceEditListingRoute />,
              },
              {
                path: paths.workspace.profile.path,
                element: <WorkspaceProfileRoute />,
              },
            ],
          },
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
