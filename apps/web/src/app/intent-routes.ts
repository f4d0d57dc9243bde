import { withIntentsPage } from './intents-page';

// Loaders of the intent pages, each its own chunk. The router reaches them through this one
// small module, so the entry chunk names one file instead of every intent page and its pieces.

export const loadIntentsRoute = withIntentsPage(() =>
  import('./routes/intents').then((m) => ({ default: m.IntentsRoute })),
);
export const loadIntentDetailRoute = withIntentsPage(() =>
  import('./routes/intent-detail').then((m) => ({
    default: m.IntentDetailRoute,
  })),
);
export const loadServiceRequestRoute = withIntentsPage(() =>
  import('./routes/service-request').then((m) => ({
    default: m.ServiceRequestRoute,
  })),
);
export const loadProviderRequestRoute = withIntentsPage(() =>
  import('./routes/provider-request').then((m) => ({
    default: m.ProviderRequestRoute,
  })),
);
export const loadOperatorNewIntentRoute = withIntentsPage(() =>
  import('./routes/operator-new-intent').then((m) => ({
    default: m.OperatorNewIntentRoute,
  })),
);
