import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client';
import { meQueryKey } from './auth';

// A 4xx will answer the same way the second time; only retry what may be transient.
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500)
    return false;
  return failureCount < 2;
}

// A session that ended (or changed in another tab) shows up first as a failed request;
// re-reading `me` lets the header and the route guards catch up.
const SESSION_CODES = new Set([
  'UNAUTHENTICATED',
  'SESSION_EXPIRED',
  'CSRF_FAILED',
]);

export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (isApiError(error) && SESSION_CODES.has(error.code))
      void client.invalidateQueries({ queryKey: meQueryKey });
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        retry: shouldRetry,
      },
    },
  });
  return client;
}
