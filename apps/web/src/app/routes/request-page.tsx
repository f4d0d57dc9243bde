import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { type Crumb, LinkBreadcrumb } from '../../components/ui/detail-layout';
import { PageHeader } from '../../components/ui/page-header';
import { DetailStates, type MissingItem } from './detail-page';

export interface RequestPageProps<T> {
  query: UseQueryResult<T>;
  /** What a missing provider or service says, and the list it leads back to. */
  notFound: MissingItem;
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
  return (
    <DetailStates query={query} notFound={notFound}>
      {(data) => {
        const [list, item] = crumbs(data);
        return (
          <div className="qf-narrow">
            <LinkBreadcrumb crumbs={[list, item]} current={current} />
            <PageHeader title={title(data)} description={description} />
            <div className="qf-panel">{children(data)}</div>
          </div>
        );
      }}
    </DetailStates>
  );
}
