import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { CardGridSkeleton } from './card-grid-skeleton';
import { ErrorState } from './error-state';

export interface QueryContentProps<T> {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  loading?: ReactNode;
}

/** The three faces of a query — loading, failed with retry, loaded — in one place. */
export function QueryContent<T>({
  query,
  children,
  loading,
}: QueryContentProps<T>) {
  if (query.isPending) return loading ?? <CardGridSkeleton count={3} />;
  if (query.isError)
    return (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
    );
  return children(query.data);
}
