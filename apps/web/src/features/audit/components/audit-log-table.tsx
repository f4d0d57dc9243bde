import type { AuditAction, AuditEntryDto } from '@qifu/contracts';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { PagedTable } from '../../../components/ui/paged-table';
import { formatDateTime } from '../../../lib/format';
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
  const actionLabel = useAuditActionLabel();
  const query = useAuditLog({ action: action ?? undefined, page });
  const none = t('audit.none');

  return (
    <PagedTable<AuditEntryDto>
      query={query}
      label={t('audit.listLabel')}
      totalText={(total) => t('audit.total', { total })}
      empty={<EmptyState title={t('audit.empty')} />}
      size="small"
      page={page}
      pageSize={AUDIT_PAGE_SIZE}
      onPageChange={onPageChange}
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
  );
}
