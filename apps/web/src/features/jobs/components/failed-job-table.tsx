import type { FailedJobDto } from '@qifu/contracts';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { PagedTable } from '../../../components/ui/paged-table';
import { useErrorMessage } from '../../../components/ui/use-error-message';
import { formatDateMinute } from '../../../lib/format';
import {
  FAILED_JOBS_PAGE_SIZE,
  useFailedJobs,
  type FailedJobsParams,
} from '../api/get-failed-jobs';
import { useRetryJob } from '../api/retry-job';

function RetryButton({ job }: { job: FailedJobDto }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const retry = useRetryJob();
  return (
    <Popconfirm
      title={t('jobs.retryConfirm', { queue: job.queue })}
      description={t('jobs.retryText')}
      okText={t('jobs.retryOk')}
      cancelText={t('jobs.cancel')}
      onConfirm={() =>
        retry.mutateAsync(job.id).then(
          () => void message.success(t('jobs.retried')),
          (error: unknown) =>
            void message.error(
              t('jobs.retryFailed', { message: errorMessage(error) }),
            ),
        )
      }
    >
      <Button
        size="small"
        loading={retry.isPending}
        aria-label={`${t('jobs.retry')} ${job.queue} ${job.id}`}
      >
        {t('jobs.retry')}
      </Button>
    </Popconfirm>
  );
}

const time = (value: string | null) =>
  value ? (
    <time dateTime={value} className="qf-nowrap">
      {formatDateMinute(value)}
    </time>
  ) : null;

export interface FailedJobTableProps {
  params: FailedJobsParams;
  onPageChange: (page: number) => void;
}

/** Jobs that used up their retries, each with its error and a retry behind a confirmation. */
export function FailedJobTable({ params, onPageChange }: FailedJobTableProps) {
  const { t } = useTranslation();
  const query = useFailedJobs(params);
  return (
    <PagedTable<FailedJobDto>
      query={query}
      label={t('jobs.listLabel')}
      totalText={(total) => t('jobs.total', { total })}
      empty={
        <EmptyState
          title={params.queue ? t('jobs.emptyFiltered') : t('jobs.empty')}
        />
      }
      size="small"
      page={params.page}
      pageSize={FAILED_JOBS_PAGE_SIZE}
      onPageChange={onPageChange}
      columns={[
        {
          key: 'queue',
          title: t('jobs.queue'),
          render: (_, job) => <code>{job.queue}</code>,
        },
        {
          key: 'data',
          title: t('jobs.data'),
          render: (_, job) => (
            <code className="qf-prose">{job.dataSummary}</code>
          ),
        },
        {
          key: 'error',
          title: t('jobs.error'),
          render: (_, job) => <span className="qf-prose">{job.error}</span>,
        },
        {
          key: 'attempts',
          title: t('jobs.attempts'),
          align: 'right',
          render: (_, job) => job.attempts,
        },
        {
          key: 'createdAt',
          title: t('jobs.createdAt'),
          render: (_, job) => time(job.createdAt),
        },
        {
          key: 'failedAt',
          title: t('jobs.failedAt'),
          render: (_, job) => time(job.failedAt),
        },
        {
          key: 'actions',
          title: t('jobs.actions'),
          render: (_, job) => <RetryButton job={job} />,
        },
      ]}
    />
  );
}
