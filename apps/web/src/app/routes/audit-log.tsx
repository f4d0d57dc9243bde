import { AUDIT_ACTIONS, type AuditAction } from '@qifu/contracts';
import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../components/ui/filter-bar';
import { PageHeader } from '../../components/ui/page-header';
import { useUrlListState } from '../../components/ui/url-list-state';
import {
  AuditLogTable,
  useAuditActionLabel,
} from '../../features/audit/components/audit-log-table';
import { parseOneOf, parsePage } from '../../lib/search-params';
import { useDocumentTitle } from '../../lib/use-document-title';

interface AuditFilters {
  action: AuditAction | null;
  page: number;
}

const auditCodec = {
  parse: (params: URLSearchParams): AuditFilters => ({
    action: parseOneOf(AUDIT_ACTIONS, params.get('action')),
    page: parsePage(params.get('page')),
  }),
  serialize: ({ action, page }: AuditFilters) => {
    const params = new URLSearchParams();
    if (action) params.set('action', action);
    if (page > 1) params.set('page', String(page));
    return params;
  },
};

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
