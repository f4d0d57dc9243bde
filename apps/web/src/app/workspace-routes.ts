import { withWorkspacePage } from './workspace-page';

// Loaders of the workspace pages, each its own chunk. The router reaches them through this one
// small module, so the entry chunk names one file instead of every workspace page.

export const loadWorkspaceHomeRoute = withWorkspacePage(() =>
  import('./routes/workspace-home').then((m) => ({
    default: m.WorkspaceHomeRoute,
  })),
);
export const loadWorkspaceListingsRoute = withWorkspacePage(() =>
  import('./routes/workspace-listings').then((m) => ({
    default: m.WorkspaceListingsRoute,
  })),
);
export const loadWorkspaceNewListingRoute = withWorkspacePage(() =>
  import('./routes/workspace-listing-form').then((m) => ({
    default: m.WorkspaceNewListingRoute,
  })),
);
export const loadWorkspaceEditListingRoute = withWorkspacePage(() =>
  import('./routes/workspace-listing-form').then((m) => ({
    default: m.WorkspaceEditListingRoute,
  })),
);
export const loadWorkspaceListingRoute = withWorkspacePage(() =>
  import('./routes/workspace-listing').then((m) => ({
    default: m.WorkspaceListingRoute,
  })),
);
export const loadWorkspaceProfileRoute = withWorkspacePage(() =>
  import('./routes/workspace-profile').then((m) => ({
    default: m.WorkspaceProfileRoute,
  })),
);
