import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Breadcrumb } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../components/ui/error-state';
import { NotFoundState } from '../../components/ui/not-found-state';
import { PageHeader } from '../../components/ui/page-header';
import { isNotFoundError } from '../../lib/api-client';
import { DetailSkeleton } from './detail-skeleton';

interface Crumb {
  href: string;
  label: string;
}

export interface RequestPageProps<T> {
  query: UseQueryResult<T>;
  /** What a missing provider or service says, and the list it leads back to. */
  notFound: {
    title: string;
    description: string;
    backHref: string;
    backLabel: string;
  };
  /** The list, then the one item asked about; the page's own crumb follows. */
  crumbs: (data: T) => [Crumb, Crumb];
  current: string;
  title: (data: T) => string;
  description: string;
  /** The panel: what is asked about and the request form. */
  children: (data: T) => ReactNode;
}

/** The shell of /services/:id/request and /providers/:id/request: loading, missing, failed, breadcrumb, header, panel. */
export function RequestPage<T>({
  query,
  notFound,
  crumbs,
  current,
  title,
  description,
  children,
}: RequestPageProps<T>) {
  const { t } = useTranslation();
  if (query.isPending) return <DetailSkeleton />;
  if (query.isError) {
    return isNotFoundError(query.error) ? (
      <NotFoundState {...notFound} />
    ) : (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
    );
  }
  const data = query.data;
  const [list, item] = crumbs(data);
  return (
    <div className="qf-narrow">
      <Breadcrumb
        className="qf-breadcrumb"
        aria-label={t('services.detail.breadcrumbLabel')}
        items={[
          { key: 'list', title: <Link to={list.href}>{list.label}</Link> },
          { key: 'item', title: <Link to={item.href}>{item.label}</Link> },
          { key: 'current', title: current },
        ]}
      />
      <PageHeader title={title(data)} description={description} />
      <div className="qf-panel">{children(data)}</div>
    </div>
  );
}
