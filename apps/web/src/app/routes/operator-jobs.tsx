import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../components/ui/filter-bar';
import { PageHeader } from '../../components/ui/page-header';
import {
  listCodec,
  listParam,
  useUrlListState,
} from '../../components/ui/url-list-state';
import { useJobsSummary } from '../../features/jobs/api/get-jobs-summary';
import { FailedJobTable } from '../../features/jobs/components/failed-job-table';
import { JobQueueSummary } from '../../features/jobs/components/job-queue-summary';
import { useDocumentTitle } from '../../lib/use-document-title';

// Queue names are the API's (listFailedJobsQuerySchema: at most 100 characters).
const jobsCodec = listCodec({ queue: listParam.keyword(100) });
type JobsFilters = ReturnType<typeof jobsCodec.parse>;

/** /operator/jobs — the background job queues, and the jobs that failed for good, to retry. */
export function OperatorJobsRoute() {
  const { t } = useTranslation();
  const { filters, setFilters, setPage } = useUrlListState(jobsCodec);
  const summary = useJobsSummary();
  useDocumentTitle(t('jobs.documentTitle'));
  const queues = summary.data?.queues.map((q) => q.queue) ?? [];
  // A queue named in the address stays choosable while the summary loads.
  if (filters.queue && !queues.includes(filters.queue))
    queues.push(filters.queue);

  return (
    <App component={false}>
      <PageHeader title={t('jobs.title')} description={t('jobs.text')} />
      <div className="qf-panel qf-panel--table">
        <JobQueueSummary />
      </div>
      <FilterBar<JobsFilters>
        label={t('jobs.filterLabel')}
        className="qf-filters--inline"
        values={filters}
        onChange={(change) =>
          setFilters({ ...change, queue: change.queue ?? '' })
        }
        fields={[
          {
            kind: 'select',
            key: 'queue',
            label: t('jobs.queueFilter'),
            allLabel: t('jobs.allQueues'),
            options: queues.map((value) => ({ value, label: value })),
          },
        ]}
      />
      <div className="qf-panel qf-panel--table">
        <FailedJobTable
          params={{ queue: filters.queue || undefined, page: filters.page }}
          onPageChange={setPage}
        />
      </div>
    </App>
  );
}
