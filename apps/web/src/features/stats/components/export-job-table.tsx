import { DownloadOutlined } from '@ant-design/icons';
import type { ExportJobDto, ExportJobStatus } from '@qifu/contracts';
import { Progress, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { PagedTable } from '../../../components/ui/paged-table';
import { useAppLanguage } from '../../../i18n/use-app-language';
import {
  formatBytes,
  formatDateMinute,
  formatNumber,
} from '../../../lib/format';
import { EXPORT_JOBS_PAGE_SIZE, useExportJobs } from '../api/get-export-jobs';

const COLORS: Record<ExportJobStatus, string> = {
  queued: 'default',
  running: 'processing',
  ready: 'success',
  failed: 'error',
  expired: 'warning',
};

const PROGRESS_STATUS = {
  queued: 'normal',
  running: 'active',
  ready: 'success',
  failed: 'exception',
  expired: 'normal',
} as const satisfies Record<ExportJobStatus, string>;

/** Rows written of the rows counted; a ready job is whole even when it counted none. */
export function exportJobPercent(
  job: Pick<ExportJobDto, 'status' | 'rowsDone' | 'rowsTotal'>,
): number {
  if (job.status === 'ready') return 100;
  if (!job.rowsTotal) return 0;
  return Math.min(100, Math.floor((job.rowsDone / job.rowsTotal) * 100));
}

const time = (value: string | null) =>
  value ? (
    <time dateTime={value} className="qf-nowrap">
      {formatDateMinute(value)}
    </time>
  ) : (
    '—'
  );

export interface ExportJobTableProps {
  page: number;
  onPageChange: (page: number) => void;
}

/**
 * The operator's export jobs: progress while they run (the list is asked again meanwhile), the
 * file while it lasts, and a plain word when it failed or expired.
 */
export function ExportJobTable({ page, onPageChange }: ExportJobTableProps) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const query = useExportJobs({ page });
  const rows = (job: ExportJobDto) =>
    t('stats.exportJobs.rows', {
      done: formatNumber(job.rowsDone, language),
      total: formatNumber(job.rowsTotal, language),
    });

  return (
    <PagedTable<ExportJobDto>
      query={query}
      label={t('stats.exportJobs.listLabel')}
      totalText={(total) => t('stats.exportJobs.total', { total })}
      empty={
        <EmptyState
          title={t('stats.exportJobs.empty')}
          description={t('stats.exportJobs.emptyText')}
        />
      }
      size="small"
      page={page}
      pageSize={EXPORT_JOBS_PAGE_SIZE}
      onPageChange={onPageChange}
      columns={[
        {
          key: 'subject',
          title: t('stats.exportJobs.subject'),
          render: (_, job) => (
            <>
              <span className="qf-nowrap">
                {t(`stats.export.${job.subject}`)}{' '}
                {t(`stats.export.${job.format}`)}
              </span>
              <br />
              <span className="qf-stats-export__figures">
                {t('stats.period.showing', { from: job.from, to: job.to })}
              </span>
            </>
          ),
        },
        {
          key: 'status',
          title: t('stats.exportJobs.status'),
          render: (_, job) => (
            <Tag color={COLORS[job.status]} data-status={job.status}>
              {t(`stats.exportJobs.statuses.${job.status}`)}
            </Tag>
          ),
        },
        {
          key: 'progress',
          title: t('stats.exportJobs.progress'),
          render: (_, job) => (
            <div className="qf-stats-export-job__progress">
              <Progress
                size="small"
                percent={exportJobPercent(job)}
                status={PROGRESS_STATUS[job.status]}
                aria-label={rows(job)}
              />
              <span className="qf-stats-export__figures">{rows(job)}</span>
            </div>
          ),
        },
        {
          key: 'bytes',
          title: t('stats.exportJobs.bytes'),
          align: 'right',
          render: (_, job) =>
            job.bytes === null ? (
              '—'
            ) : (
              <span className="qf-nowrap">{formatBytes(job.bytes)}</span>
            ),
        },
        {
          key: 'createdAt',
          title: t('stats.exportJobs.createdAt'),
          render: (_, job) => time(job.createdAt),
        },
        {
          key: 'expiresAt',
          title: t('stats.exportJobs.expiresAt'),
          render: (_, job) => time(job.expiresAt),
        },
        {
          key: 'file',
          title: t('stats.exportJobs.file'),
          render: (_, job) =>
            job.status === 'ready' && job.downloadUrl ? (
              <a
                href={job.downloadUrl}
                download={job.fileName}
                className="qf-nowrap"
                aria-label={t('stats.exportJobs.downloadNamed', {
                  name: job.fileName,
                })}
              >
                <DownloadOutlined aria-hidden />{' '}
                {t('stats.exportJobs.download')}
              </a>
            ) : job.status === 'failed' || job.status === 'expired' ? (
              <span className="qf-stats-export__figures">
                {t(`stats.exportJobs.hint.${job.status}`)}
              </span>
            ) : (
              <span className="qf-stats-export__figures">
                {t('stats.exportJobs.hint.pending')}
              </span>
            ),
        },
      ]}
    />
  );
}
