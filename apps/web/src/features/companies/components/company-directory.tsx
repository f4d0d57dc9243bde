import {
  COMPANY_TIERS,
  LIFECYCLE_STAGES,
  type CompanyDto,
} from '@qifu/contracts';
import { Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { FilterBar } from '../../../components/ui/filter-bar';
import { PagedTable } from '../../../components/ui/paged-table';
import { paths } from '../../../config/paths';
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
  return (
    <FilterBar<CompanyListFilters>
      label={t('companyDirectory.filtersLabel')}
      values={filters}
      onChange={onChange}
      onClear={hasActiveCompanyFilters(filters) ? onClear : undefined}
      clearLabel={t('companyDirectory.clearFilters')}
      fields={[
        {
          kind: 'search',
          key: 'q',
          label: t('companyDirectory.search'),
          placeholder: t('companyDirectory.searchPlaceholder'),
        },
        {
          kind: 'select',
          key: 'tier',
          label: t('companyDirectory.tier'),
          allLabel: t('companyDirectory.allTiers'),
          options: COMPANY_TIERS.map((tier) => ({
            value: tier,
            label: t(`companyTier.${tier}`),
          })),
        },
        {
          kind: 'select',
          key: 'stage',
          label: t('companyDirectory.stage'),
          allLabel: t('companyDirectory.allStages'),
          options: LIFECYCLE_STAGES.map((stage) => ({
            value: stage,
            label: t(`stage.${stage}`),
          })),
        },
      ]}
    />
  );
}

export interface CompanyTableProps {
  filters: CompanyListFilters;
  onPageChange: (page: number) => void;
  onClear: () => void;
}

/** The park's companies, a page at a time; each links to its page and its cooperation intents. */
export function CompanyTable({
  filters,
  onPageChange,
  onClear,
}: CompanyTableProps) {
  const { t } = useTranslation();
  const query = useCompanies({
    q: filters.q || undefined,
    tier: filters.tier ?? undefined,
    stage: filters.stage ?? undefined,
    page: filters.page,
    pageSize: COMPANY_PAGE_SIZE,
  });

  return (
    <PagedTable<CompanyDto>
      query={query}
      label={t('companyDirectory.listLabel')}
      totalText={(total) => t('companyDirectory.total', { total })}
      empty={
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
      }
      size="small"
      page={filters.page}
      pageSize={COMPANY_PAGE_SIZE}
      onPageChange={onPageChange}
      columns={[
        {
          key: 'name',
          title: t('companyDirectory.name'),
          render: (_, company) => (
            <>
              <Link to={paths.operator.company.getHref(company.id)}>
                <strong>{company.name}</strong>
              </Link>
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
                count: company.intentCount,
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
  );
}
