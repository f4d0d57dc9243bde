import { AUDIT_ACTIONS } from '@qifu/contracts';
import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../components/ui/filter-bar';
import { PageHeader } from '../../components/ui/page-header';
import {
  listCodec,
  listParam,
  useUrlListState,
} from '../../components/ui/url-list-state';
import {
  AuditLogTable,
  useAuditActionLabel,
} from '../../features/audit/components/audit-log-table';
import { useDocumentTitle } from '../../lib/use-document-title';

const auditCodec = listCodec({ action: listParam.oneOf(AUDIT_ACTIONS) });
type AuditFilters = ReturnType<typeof auditCodec.parse>;

export function AuditLogRoute() {
  const { t } = useTranslation();
  const actionLabel = useAuditActionLabel();
  const { filters, setFilters, setPage } = useUrlListState(auditCodec);
  useDocumentTitle(t('audit.documentTitle'));

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.text')} />
      <FilterBar<AuditFilters>
        label={t('filters.label')}
        className="qf-filters--inline"
        values={filters}
        onChange={setFilters}
        fields={[
          {
            kind: 'select',
            key: 'action',
            label: t('audit.actionFilter'),
            allLabel: t('audit.allActions'),
            options: AUDIT_ACTIONS.map((value) => ({
              value,
              label: actionLabel(value),
            })),
          },
        ]}
      />
      <div className="qf-panel qf-panel--table">
        <AuditLogTable
          action={filters.action}
          page={filters.page}
          onPageChange={setPage}
        />
      </div>
    </>
  );
}
