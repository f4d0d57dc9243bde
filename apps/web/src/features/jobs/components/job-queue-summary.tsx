import type { JobQueueStatsDto } from '@qifu/contracts';
import { Alert, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state';
import { useAppLanguage } from '../../../i18n/use-app-language';
import { formatNumber } from '../../../lib/format';
import { useJobsSummary } from '../api/get-jobs-summary';

/** Per queue: how many jobs wait, run, failed, and sit in the dead-letter queue. */
export function JobQueueSummary() {
  const { t } = useTranslation();
  const query = useJobsSummary();
  const language = useAppLanguage();
  if (query.isError)
    return (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
    );
  const count = (n: number) => formatNumber(n, language);
  return (
    <>
      {query.data && !query.data.workersEnabled && (
        <Alert type="warning" showIcon title={t('jobs.workersOff')} />
      )}
      <Table<JobQueueStatsDto>
        aria-label={t('jobs.summaryLabel')}
        size="small"
        rowKey="queue"
        loading={query.isPending}
        dataSource={query.data?.queues ?? []}
        pagination={false}
        locale={{ emptyText: t('jobs.noQueues') }}
        columns={[
          {
            key: 'queue',
            title: t('jobs.queue'),
            render: (_, q) => <code>{q.queue}</code>,
          },
          {
            key: 'queued',
            title: t('jobs.queued'),
            align: 'right',
            render: (_, q) => count(q.queued),
          },
          {
            key: 'active',
            title: t('jobs.active'),
            align: 'right',
            render: (_, q) => count(q.active),
          },
          {
            key: 'failed',
            title: t('jobs.failed'),
            align: 'right',
            render: (_, q) => count(q.failed),
          },
          {
            key: 'deadLettered',
            title: t('jobs.deadLettered'),
            align: 'right',
            render: (_, q) => count(q.deadLettered),
          },
        ]}
      />
    </>
  );
}
