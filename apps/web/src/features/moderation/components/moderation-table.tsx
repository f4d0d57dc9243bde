import { useState } from 'react';
import type { Page, ServiceSummaryDto } from '@qifu/contracts';
import { StopOutlined } from '@ant-design/icons';
import { Alert, App, Button } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { PagedTable } from '../../../components/ui/paged-table';
import { useErrorMessage } from '../../../components/ui/use-error-message';
import { paths } from '../../../config/paths';
import { useLocalizedName } from '../../../i18n/use-app-language';
import { formatDate, formatRating } from '../../../lib/format';
import { useRestoreListing } from '../api/moderate-listing';
import { UnlistModal } from './unlist-modal';

interface Unlisted {
  id: string;
  title: string;
  reason: string;
  restored: boolean;
}

export interface ModerationTableProps {
  /** The public catalogue (the route composes it from the services feature). */
  query: UseQueryResult<Page<ServiceSummaryDto>>;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
}

/** Published listings with the operator's unlist action; what was unlisted here can be lifted again. */
export function ModerationTable(props: ModerationTableProps) {
  return (
    <App component={false}>
      <ModerationTableContent {...props} />
    </App>
  );
}

function ModerationTableContent({
  query,
  page,
  pageSize,
  onPageChange,
}: ModerationTableProps) {
  const { t } = useTranslation();
  const localizedName = useLocalizedName();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const restore = useRestoreListing();
  const [confirming, setConfirming] = useState<ServiceSummaryDto | null>(null);
  // The catalogue forgets an unlisted listing at once; this page remembers it for the restore.
  const [unlisted, setUnlisted] = useState<Unlisted[]>([]);
  const none = t('stats.kpi.none');

  const lift = (item: Unlisted) =>
    restore.mutate(item.id, {
      onSuccess: () =>
        setUnlisted((all) =>
          all.map((u) => (u.id === item.id ? { ...u, restored: true } : u)),
        ),
      onError: (error) =>
        void message.error(
          t('moderation.failed', { message: errorMessage(error) }),
        ),
    });

  return (
    <>
      {unlisted.map((item) => (
        <Alert
          key={item.id}
          className="qf-moderation-result"
          type={item.restored ? 'success' : 'warning'}
          showIcon
          title={
            item.restored
              ? t('moderation.restoredItem', { title: item.title })
              : t('moderation.unlisted', { title: item.title })
          }
          description={
            item.restored
              ? undefined
              : t('moderation.unlistedReason', { reason: item.reason })
          }
          action={
            item.restored ? undefined : (
              <Button
                size="small"
                loading={restore.isPending && restore.variables === item.id}
                onClick={() => lift(item)}
              >
                {t('moderation.restore')}
              </Button>
            )
          }
        />
      ))}
      <PagedTable<ServiceSummaryDto>
        query={query}
        label={t('moderation.page.listLabel')}
        totalText={(total) => t('moderation.page.total', { total })}
        empty={<EmptyState title={t('moderation.page.empty')} />}
        size="small"
        page={page}
        pageSize={pageSize}
        onPageChange={onPageChange}
        columns={[
          {
            key: 'title',
            title: t('moderation.page.service'),
            render: (_, service) => (
              <Link to={paths.services.detail.getHref(service.id)}>
                {service.title}
              </Link>
            ),
          },
          {
            key: 'provider',
            title: t('moderation.page.provider'),
            render: (_, service) => service.provider.name,
          },
          {
            key: 'category',
            title: t('moderation.page.category'),
            render: (_, service) => localizedName(service.category),
          },
          {
            key: 'published',
            title: t('moderation.page.published'),
            render: (_, service) => (
              <span className="qf-nowrap">
                {formatDate(service.publishedAt) || none}
              </span>
            ),
          },
          {
            key: 'rating',
            title: t('moderation.page.rating'),
            align: 'right',
            render: (_, service) =>
              service.ratingCount > 0 ? formatRating(service.ratingAvg) : none,
          },
          {
            key: 'actions',
            title: t('moderation.page.actions'),
            render: (_, service) => (
              <Button
                size="small"
                danger
                icon={<StopOutlined aria-hidden />}
                aria-label={t('moderation.unlistNamed', {
                  title: service.title,
                })}
                onClick={() => setConfirming(service)}
              >
                {t('moderation.unlist')}
              </Button>
            ),
          },
        ]}
      />
      {confirming ? (
        <UnlistModal
          listing={{ id: confirming.id, title: confirming.title }}
          onClose={() => setConfirming(null)}
          onUnlisted={(reason) => {
            const { id, title } = confirming;
            setConfirming(null);
            setUnlisted((all) => [
              { id, title, reason, restored: false },
              ...all.filter((u) => u.id !== id),
            ]);
          }}
        />
      ) : null}
    </>
  );
}
