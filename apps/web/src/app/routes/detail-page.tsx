import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/ui/error-state';
import { NotFoundState } from '../../components/ui/not-found-state';
import { isNotFoundError } from '../../lib/api-client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { DetailSkeleton } from './detail-skeleton';

export interface MissingItem {
  title: string;
  description: string;
  /** The list a missing provider or service leads back to. */
  backHref: string;
  backLabel: string;
}

export interface DetailStatesProps<T> {
  query: UseQueryResult<T>;
  notFound: MissingItem;
  children: (data: T) => ReactNode;
}

/** One item's page while it loads, when it is gone (404) and when it failed (retry); then the page. */
export function DetailStates<T>({
  query,
  notFound,
  children,
}: DetailStatesProps<T>) {
  if (query.isPending) return <DetailSkeleton />;
  if (query.isError) {
    return isNotFoundError(query.error) ? (
      <NotFoundState {...notFound} />
    ) : (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
    );
  }
  return children(query.data);
}

export interface DetailPageProps<T> extends DetailStatesProps<T> {
  /** The tab's title once the item is loaded. */
  name: (data: T) => string;
}

/** /providers/:id and /services/:id: the states above, and a tab title for each of them. */
export function DetailPage<T>({ name, ...states }: DetailPageProps<T>) {
  const { t } = useTranslation();
  const { query, notFound } = states;
  const missing = query.isError && isNotFoundError(query.error);
  useDocumentTitle(
    query.data !== undefined
      ? name(query.data)
      : missing
        ? notFound.title
        : query.isError
          ? t('errors.title')
          : null,
  );
  return <DetailStates {...states} />;
}
