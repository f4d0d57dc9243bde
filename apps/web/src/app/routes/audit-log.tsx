import { useId } from 'react';
import { AUDIT_ACTIONS, type AuditAction } from '@qifu/contracts';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { paths } from '../../config/paths';
import {
  AuditLogTable,
  useAuditActionLabel,
} from '../../features/audit/components/audit-log-table';
import { parseOneOf, parsePage } from '../../lib/search-params';
import { useDocumentTitle } from '../../lib/use-document-title';

const ALL = 'all';

export function AuditLogRoute() {
  const { t } = useTranslation();
  const actionLabel = useAuditActionLabel();
  const selectId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const action = parseOneOf(AUDIT_ACTIONS, searchParams.get('action'));
  const page = parsePage(searchParams.get('page'));
  useDocumentTitle(t('audit.documentTitle'));

  const go = (next: { action?: AuditAction | null; page?: number }) => {
    const href = paths.operator.audit.getHref({
      action: (next.action === undefined ? action : next.action) ?? undefined,
      page: next.page && next.page > 1 ? next.page : undefined,
    });
    setSearchParams(new URL(href, window.location.origin).searchParams);
  };

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.text')} />
      <div className="qf-filters qf-filters--inline">
        <label htmlFor={selectId} className="qf-filters__label">
          {t('audit.actionFilter')}
        </label>
        <Select<string>
          id={selectId}
          className="qf-filters__select qf-filters__select--audit"
          value={action ?? ALL}
          onChange={(value) =>
            go({
              action: value === ALL ? null : (value as AuditAction),
              page: 1,
            })
          }
          options={[
            { value: ALL, label: t('audit.allActions') },
            ...AUDIT_ACTIONS.map((value) => ({
              value,
              label: actionLabel(value),
            })),
          ]}
        />
      </div>
      <div className="qf-panel qf-panel--table">
        <AuditLogTable
          action={action}
          page={page}
          onPageChange={(next) => go({ page: next })}
        />
      </div>
    </>
  );
}
