import type { AuditAction, AuditEntryDto } from '@qifu/contracts';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorState } from '../../../components/ui/error-state';
import { useAppLanguage } from '../../../i18n/use-app-language';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { describeUserAgent } from '../../../lib/user-agent';
import { AUDIT_PAGE_SIZE, useAuditLog } from '../api/get-audit-log';

export function useAuditActionLabel() {
  const { t } = useTranslation();
  return (action: AuditAction) => t(`auditAction.${action}`);
}

export interface AuditLogTableProps {
  action: AuditAction | null;
  page: number;
  onPageChange: (page: number) => void;
}

export function AuditLogTable({
  action,
  page,
  onPageChange,
}: AuditLogTableProps) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const actionLabel = useAuditActionLabel();
  const query = useAuditLog({ action: action ?? undefined, page });
  const none = t('audit.none');

  if (query.isError)
    return (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
    );

  return (
    <>
      {query.data ? (
        <p className="qf-list__total" aria-live="polite">
          {t('audit.total', {
            total: formatNumber(query.data.total, language),
          })}
        </p>
      ) : null}
      <Table<AuditEntryDto>
        aria-label={t('audit.listLabel')}
        rowKey="id"
        size="small"
        scroll={{ x: 'max-content' }}
        loading={query.isPending || query.isPlaceholderData}
        dataSource={query.data?.items ?? []}
        locale={{ emptyText: <EmptyState title={t('audit.empty')} /> }}
        pagination={{
          current: page,
          pageSize: AUDIT_PAGE_SIZE,
          total: query.data?.total ?? 0,
          showSizeChanger: false,
          hideOnSinglePage: true,
          onChange: onPageChange,
        }}
        columns={[
          {
            key: 'at',
            title: t('audit.time'),
            render: (_, entry) => (
              <time dateTime={entry.at} className="qf-nowrap">
                {formatDateTime(entry.at)}
              </time>
            ),
          },
          {
            key: 'action',
            title: t('audit.action'),
            render: (_, entry) => actionLabel(entry.action),
          },
          {
            key: 'actor',
            title: t('audit.actor'),
            render: (_, entry) => entry.actorEmail ?? none,
          },
          {
            key: 'ip',
            title: t('audit.ip'),
            render: (_, entry) => (
              <span className="qf-mono">{entry.ip ?? none}</span>
            ),
          },
          {
            key: 'userAgent',
            title: t('audit.userAgent'),
            render: (_, entry) =>
              entry.userAgent ? (
                <span className="qf-ua" title={entry.userAgent}>
                  {describeUserAgent(entry.userAgent) ?? entry.userAgent}
                </span>
              ) : (
                none
              ),
          },
        ]}
      />
    </>
  );
}
