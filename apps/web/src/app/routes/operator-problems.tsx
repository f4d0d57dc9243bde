import { PROBLEM_STAGES, PROBLEM_STATUSES } from '@qifu/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { FilterBar } from '../../components/ui/filter-bar';
import { PageHeader } from '../../components/ui/page-header';
import {
  listCodec,
  listParam,
  useUrlListState,
} from '../../components/ui/url-list-state';
import { useProblemCategories } from '../../features/problems/api/get-problem-categories';
import { ProblemTable } from '../../features/problems/components/problem-table';
import { useDocumentTitle } from '../../lib/use-document-title';

const ledgerCodec = listCodec({
  status: listParam.oneOf(PROBLEM_STATUSES),
  // Categories are data; the API refuses an unknown code with a 400 the list shows.
  category: listParam.keyword(40),
  overdue: listParam.oneOf(PROBLEM_STAGES),
});
type LedgerFilters = ReturnType<typeof ledgerCodec.parse>;

/** /operator/problems — 问题台账: every problem, by status, category and overdue 13710 stage. */
export function OperatorProblemsRoute() {
  const { t } = useTranslation();
  const { filters, setFilters, setPage } = useUrlListState(ledgerCodec);
  const categories = useProblemCategories();
  useDocumentTitle(t('problems.ledgerDocumentTitle'));

  return (
    <>
      <PageHeader
        title={t('problems.ledgerTitle')}
        description={t('problems.ledgerText')}
        extra={
          <Link to={paths.problems.dashboard.getHref()}>
            {t('problemDashboard.title')}
          </Link>
        }
      />
      <FilterBar<LedgerFilters>
        label={t('problems.filterLabel')}
        className="qf-filters--inline"
        values={filters}
        onChange={(change) =>
          setFilters({
            ...change,
            ...('category' in change
              ? { category: change.category ?? '' }
              : {}),
          })
        }
        fields={[
          {
            kind: 'select',
            key: 'status',
            label: t('problems.statusFilter'),
            allLabel: t('problems.allStatuses'),
            options: PROBLEM_STATUSES.map((value) => ({
              value,
              label: t(`problemStatus.${value}`),
            })),
          },
          {
            kind: 'select',
            key: 'category',
            label: t('problems.categoryFilter'),
            allLabel: t('problems.allCategories'),
            options: (categories.data ?? []).map((c) => ({
              value: c.code,
              label: c.name,
            })),
          },
          {
            kind: 'select',
            key: 'overdue',
            label: t('problems.overdueFilter'),
            allLabel: t('problems.anyStage'),
            options: PROBLEM_STAGES.map((value) => ({
              value,
              label: t(`problemStage.${value}`),
            })),
          },
        ]}
      />
      <div className="qf-panel qf-panel--table">
        <ProblemTable
          ledger
          params={{
            status: filters.status ?? undefined,
            categoryCode: filters.category || undefined,
            overdue: filters.overdue ?? undefined,
            page: filters.page,
          }}
          onPageChange={setPage}
        />
      </div>
    </>
  );
}
