import { DownloadOutlined } from '@ant-design/icons';
import type { ExportJobDto } from '@qifu/contracts';
import { Alert, Button, Progress, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../components/ui/use-error-message';
import { useAppLanguage } from '../../../i18n/use-app-language';
import { formatBytes, formatNumber } from '../../../lib/format';
import {
  useStatsExport,
  type ExportFormat,
  type ExportProgress,
  type ExportSubject,
} from '../api/export-stats';
import type { StatsRange } from '../api/get-stats-overview';

const SUBJECTS: ExportSubject[] = ['intents', 'providers'];
const FORMATS: ExportFormat[] = ['csv', 'xlsx'];

/** Rows against X-Total-Rows for CSV; bytes against Content-Length otherwise; null: unknown. */
export function exportPercent(progress: ExportProgress | null): number | null {
  if (!progress) return null;
  if (progress.rows !== null && progress.totalRows)
    return Math.min(
      100,
      Math.floor((progress.rows / progress.totalRows) * 100),
    );
  if (progress.totalBytes)
    return Math.min(
      100,
      Math.floor((progress.bytes / progress.totalBytes) * 100),
    );
  return null;
}

function useProgressText() {
  const { t } = useTranslation();
  const language = useAppLanguage();
  return (progress: ExportProgress | null) => {
    if (!progress) return t('stats.export.bytes', { bytes: formatBytes(0) });
    const bytes = formatBytes(progress.bytes);
    if (progress.rows !== null)
      return progress.totalRows !== null
        ? t('stats.export.rows', {
            rows: formatNumber(progress.rows, language),
            total: formatNumber(progress.totalRows, language),
            bytes,
          })
        : t('stats.export.rowsUnknown', {
            rows: formatNumber(progress.rows, language),
            bytes,
          });
    return progress.totalBytes
      ? t('stats.export.bytesOf', {
          bytes,
          total: formatBytes(progress.totalBytes),
        })
      : t('stats.export.bytes', { bytes });
  };
}

export interface StatsExportProps {
  range: StatsRange;
  /** An export the server queued as a job (too many rows to stream now). */
  onJob?: (job: ExportJobDto) => void;
}

/**
 * Export buttons for the period, one streamed download at a time with progress and cancel; an
 * export too large to stream becomes a job, announced here and followed in the jobs list.
 */
export function StatsExport({ range, onJob }: StatsExportProps) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const errorMessage = useErrorMessage();
  const progressText = useProgressText();
  const { state, start, cancel } = useStatsExport(range, onJob);
  const running = state.status === 'running';

  return (
    <section className="qf-stats-export" aria-label={t('stats.export.label')}>
      <div className="qf-stats-export__buttons">
        {SUBJECTS.map((subject) => (
          <Space key={subject} size="small" wrap>
            <span className="qf-stats-export__subject">
              {t(`stats.export.${subject}`)}
            </span>
            {FORMATS.map((format) => (
              <Button
                key={format}
                size="small"
                icon={<DownloadOutlined aria-hidden />}
                disabled={running}
                aria-label={t('stats.export.download', {
                  subject: t(`stats.export.${subject}`),
                  format: t(`stats.export.${format}`),
                })}
                onClick={() => void start(subject, format)}
              >
                {t(`stats.export.${format}`)}
              </Button>
            ))}
          </Space>
        ))}
      </div>
      <div aria-live="polite">
        {state.status === 'running' ? (
          <div className="qf-stats-export__progress">
            <span>
              {t('stats.export.running', {
                subject: t(`stats.export.${state.subject}`),
              })}
            </span>
            <Progress
              size="small"
              status="active"
              percent={exportPercent(state.progress) ?? 99}
              showInfo={exportPercent(state.progress) !== null}
              aria-label={progressText(state.progress)}
            />
            <span className="qf-stats-export__figures">
              {progressText(state.progress)}
            </span>
            <Button size="small" onClick={cancel}>
              {t('stats.export.cancel')}
            </Button>
          </div>
        ) : null}
        {state.status === 'done' ? (
          <Alert
            type="success"
            showIcon
            title={t('stats.export.done', { filename: state.filename })}
            description={progressText(state.progress)}
          />
        ) : null}
        {state.status === 'queued' ? (
          <Alert
            type="info"
            showIcon
            title={t('stats.export.queued', {
              subject: t(`stats.export.${state.job.subject}`),
              rows: formatNumber(state.job.rowsTotal, language),
            })}
            description={t('stats.export.queuedText')}
          />
        ) : null}
        {state.status === 'cancelled' ? (
          <Alert type="info" showIcon title={t('stats.export.cancelled')} />
        ) : null}
        {state.status === 'error' ? (
          <Alert
            type="error"
            showIcon
            title={t('stats.export.failed', {
              message: errorMessage(state.error),
            })}
          />
        ) : null}
      </div>
    </section>
  );
}
