import { SEARCH_ANALYTICS_VIEWS } from '@qifu/contracts';
import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../components/ui/filter-bar';
import { PageHeader } from '../../components/ui/page-header';
import {
  listCodec,
  listParam,
  useUrlListState,
} from '../../components/ui/url-list-state';
import { SearchQueryTable } from '../../features/search-analytics/components/search-query-table';
import { useDocumentTitle } from '../../lib/use-document-title';

const DATE = 'YYYY-MM-DD';
const analyticsCodec = listCodec({
  // A day of the week, 2026-11-22; anything else reads as this week.
  week: listParam.keyword(10),
  view: listParam.oneOf(SEARCH_ANALYTICS_VIEWS, 'top'),
});
const validWeek = (w: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(w) && dayjs(w, DATE).isValid() ? w : undefined;

/** /operator/search-analytics — what users search, by week, so the dictionary grows from it. */
export function OperatorSearchAnalyticsRoute() {
  const { t } = useTranslation();
  const { filters, setFilters, setPage } = useUrlListState(analyticsCodec);
  useDocumentTitle(t('searchAnalytics.documentTitle'));
  const week = validWeek(filters.week);

  return (
    <>
      <PageHeader
        title={t('searchAnalytics.title')}
        description={t('searchAnalytics.text')}
      />
      <FilterBar<{ view: string; week: string }>
        label={t('searchAnalytics.filterLabel')}
        className="qf-filters--inline"
        values={{ view: filters.view, week: filters.week }}
        onChange={(change) => setFilters(change as Partial<typeof filters>)}
        fields={[
          {
            kind: 'segmented',
            key: 'view',
            label: t('searchAnalytics.view'),
            options: SEARCH_ANALYTICS_VIEWS.map((v) => ({
              value: v,
              label: t(`searchAnalytics.views.${v}`),
            })),
          },
          {
            kind: 'custom',
            key: 'week',
            label: t('searchAnalytics.week'),
            render: (id) => (
              <DatePicker
                picker="week"
                aria-labelledby={id}
                allowClear
                placeholder={t('searchAnalytics.thisWeek')}
                value={week ? dayjs(week, DATE) : null}
                onChange={(d) =>
                  setFilters({ week: d ? d.startOf('week').format(DATE) : '' })
                }
              />
            ),
          },
        ]}
      />
      <div className="qf-panel qf-panel--table">
        <SearchQueryTable
          params={{ week, view: filters.view, page: filters.page }}
          onPageChange={setPage}
        />
      </div>
    </>
  );
}
