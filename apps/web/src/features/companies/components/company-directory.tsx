import { useId } from 'react';
import {
  COMPANY_TIERS,
  LIFECYCLE_STAGES,
  type CompanyDto,
  type CompanyTier,
  type LifecycleStage,
} from '@qifu/contracts';
import { Button, Input, Select, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorState } from '../../../components/ui/error-state';
import { paths } from '../../../config/paths';
import { useAppLanguage } from '../../../i18n/use-app-language';
import { formatNumber } from '../../../lib/format';
import { MAX_KEYWORD_LENGTH } from '../../../lib/search-params';
import { useCompanies } from '../api/get-companies';
import {
  hasActiveCompanyFilters,
  type CompanyListFilters,
} from '../company-list-params';

export const COMPANY_PAGE_SIZE = 20;

export interface CompanyFiltersProps {
  filters: CompanyListFilters;
  onChange: (change: Partial<CompanyListFilters>) => void;
  onClear: () => void;
}

export function CompanyFilters({
  filters,
  onChange,
  onClear,
}: CompanyFiltersProps) {
  const { t } = useTranslation();
  const searchId = useId();
  const tierId = useId();
  const stageId = useId();
  return (
    <form
      role="search"
      aria-label={t('companyDirectory.filtersLabel')}
      className="qf-filters"
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="qf-filters__row">
        <div className="qf-filters__field">
          <label className="qf-filters__label" htmlFor={searchId}>
            {t('companyDirectory.search')}
          </label>
          <Input.Search
            key={filters.q}
            id={searchId}
            defaultValue={filters.q}
            maxLength={MAX_KEYWORD_LENGTH}
            allowClear
            enterButton={t('search.button')}
            placeholder={t('companyDirectory.searchPlaceholder')}
            onSearch={(value) => onChange({ q: value.trim() })}
          />
        </div>
        <div className="qf-filters__field">
          <span className="qf-filters__label" id={tierId}>
            {t('companyDirectory.tier')}
          </span>
          <Select<CompanyTier | ''>
            className="qf-filters__select"
            aria-labelledby={tierId}
            value={filters.tier ?? ''}
            onChange={(tier) => onChange({ tier: tier || null })}
            options={[
              { value: '', label: t('companyDirectory.allTiers') },
              ...COMPANY_TIERS.map((tier) => ({
                value: tier,
                label: t(`companyTier.${tier}`),
              })),
            ]}
          />
        </div>
        <div className="qf-filters__field">
          <span className="qf-filters__label" id={stageId}>
            {t('companyDirectory.stage')}
          </span>
          <Select<LifecycleStage | ''>
            className="qf-filters__select"
            aria-labelledby={stageId}
            value={filters.stage ?? ''}
            onChange={(stage) => onChange({ stage: stage || null })}
            options={[
              { value: '', label: t('companyDirectory.allStages') },
              ...LIFECYCLE_STAGES.map((stage) => ({
                value: stage,
                label: t(`stage.${stage}`),
              })),
            ]}
          />
        </div>
      </div>
      {hasActiveCompanyFilters(filters) ? (
        <div className="qf-filters__row qf-filters__row--end">
          <Button onClick={onClear}>
            {t('companyDirectory.clearFilters')}
          </Button>
        </div>
      ) : null}
    </form>
  );
}

export interface CompanyTableProps {
  filters: CompanyListFilters;
  onPageChange: (page: number) => void;
  onClear: () => void;
}

/** The park's companies, a page at a time; each links to its cooperation intents. */
export function CompanyTable({
  filters,
  onPageChange,
  onClear,
}: CompanyTableProps) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const query = useCompanies({
    q: filters.q || undefined,
    tier: filters.tier ?? undefined,
    stage: filters.stage ?? undefined,
    page: filters.page,
    pageSize: COMPANY_PAGE_SIZE,
  });

  if (query.isError)
    return (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
    );

  return (
    <>
      {query.data ? (
        <p className="qf-list__total" aria-live="polite">
          {t('companyDirectory.total', {
            total: formatNumber(query.data.total, language),
          })}
        </p>
      ) : null}
      <Table<CompanyDto>
        aria-label={t('companyDirectory.listLabel')}
        rowKey="id"
        size="small"
        scroll={{ x: 'max-content' }}
        loading={query.isPending || query.isPlaceholderData}
        dataSource={query.data?.items ?? []}
        locale={{
          emptyText: (
            <EmptyState
              title={t('companyDirectory.empty')}
              description={t('companyDirectory.emptyText')}
              action={
                hasActiveCompanyFilters(filters) ? (
                  <Button onClick={onClear}>
                    {t('companyDirectory.clearFilters')}
                  </Button>
                ) : undefined
              }
            />
          ),
        }}
        pagination={{
          current: filters.page,
          pageSize: COMPANY_PAGE_SIZE,
          total: query.data?.total ?? 0,
          showSizeChanger: false,
          hideOnSinglePage: true,
          onChange: onPageChange,
        }}
        columns={[
          {
            key: 'name',
            title: t('companyDirectory.name'),
            render: (_, company) => (
              <>
                <strong>{company.name}</strong>
                {company.shortName && company.shortName !== company.name ? (
                  <div className="qf-muted">{company.shortName}</div>
                ) : null}
              </>
            ),
          },
          {
            key: 'industry',
            title: t('companyDirectory.industry'),
            dataIndex: 'industry',
          },
          {
            key: 'size',
            title: t('companyDirectory.size'),
            render: (_, company) => t(`companySize.${company.size}`),
          },
          {
            key: 'stage',
            title: t('companyDirectory.stage'),
            render: (_, company) => t(`stage.${company.stage}`),
          },
          {
            key: 'tiers',
            title: t('companyDirectory.tiers'),
            render: (_, company) => (
              <span className="qf-company-tiers">
                {company.tiers.map((tier) => (
                  <Tag key={tier} color="green">
                    {t(`companyTier.${tier}`)}
                  </Tag>
                ))}
              </span>
            ),
          },
          {
            key: 'contact',
            title: t('companyDirectory.contact'),
            render: (_, company) => (
              <span className="qf-nowrap">
                {company.contactName} {company.contactPhone}
              </span>
            ),
          },
          {
            key: 'intents',
            title: t('companyDirectory.intents'),
            align: 'right',
            render: (_, company) => (
              <Link
                to={paths.intents.list.getHref({ company: company.id })}
                aria-label={t('companyDirectory.intentsOf', {
                  name: company.name,
                })}
              >
                {t('companyDirectory.intentsLink', {
                  count: company.intentCount,
                })}
              </Link>
            ),
          },
        ]}
      />
    </>
  );
}
