import type { IntentParty } from '@qifu/contracts';
import { Badge, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/ui/button-link';
import { EmptyState } from '../../components/ui/empty-state';
import { PageHeader } from '../../components/ui/page-header';
import { useUrlListState } from '../../components/ui/url-list-state';
import { paths } from '../../config/paths';
import { CompanySelect } from '../../features/companies/components/company-select';
import { usePendingIntentCount } from '../../features/intents/api/get-intents';
import { IntentFilters } from '../../features/intents/components/intent-filters';
import { IntentTable } from '../../features/intents/components/intent-table';
import {
  hasActiveIntentFilters,
  intentListCodec,
  toIntentsParams,
} from '../../features/intents/intent-list-params';
import { ProviderSelect } from '../../features/providers/components/provider-select';
import { useMe } from '../../lib/auth';
import { useDocumentTitle } from '../../lib/use-document-title';

const TITLES = {
  company: 'companyTitle',
  provider: 'providerTitle',
  operator: 'operatorTitle',
} as const;

const TEXTS = {
  company: 'companyText',
  provider: 'providerText',
  operator: 'operatorText',
} as const;

const EMPTY = {
  company: 'emptyCompany',
  provider: 'emptyProvider',
  operator: 'emptyOperator',
} as const;

/** /intents — 我的服务 (company), 服务需求 (provider), 全部合作意向 (operator). */
export function IntentsRoute() {
  const { t } = useTranslation();
  const me = useMe().data;
  const party: IntentParty = me?.organisation.kind ?? 'company';
  const { filters, setFilters, clearFilters } =
    useUrlListState(intentListCodec);
  const pending = usePendingIntentCount(party === 'provider');
  useDocumentTitle(t(`intents.list.${TITLES[party]}`));

  const pendingCount = pending.data ?? 0;
  const extra =
    party === 'provider' ? (
      <Button
        onClick={() => setFilters({ status: 'submitted' })}
        aria-pressed={filters.status === 'submitted'}
      >
        {t('intents.list.pending')}
        <Badge
          className="qf-pending-badge"
          count={pendingCount}
          showZero
          // White on antd's red or gray is under 4.5:1; these two read at 5.6:1 and 5.6:1.
          color={pendingCount > 0 ? '#cf1322' : '#5f6b67'}
          title={t('intents.list.pendingCount', { count: pendingCount })}
        />
      </Button>
    ) : party === 'operator' ? (
      <ButtonLink type="primary" to={paths.intents.createForCompany.getHref()}>
        {t('intents.list.newIntent')}
      </ButtonLink>
    ) : (
      <ButtonLink to={paths.services.list.getHref()}>
        {t('intents.list.browseServices')}
      </ButtonLink>
    );

  const empty = hasActiveIntentFilters(filters) ? (
    <EmptyState
      title={t('intents.list.emptyFiltered')}
      description={t('intents.list.emptyFilteredText')}
    />
  ) : (
    <EmptyState
      title={t(`intents.list.${EMPTY[party]}`)}
      description={
        party === 'company'
          ? t('intents.list.emptyCompanyText')
          : party === 'provider'
            ? t('intents.list.emptyProviderText')
            : undefined
      }
      action={
        party === 'company' ? (
          <ButtonLink type="primary" to={paths.services.list.getHref()}>
            {t('intents.list.browseServices')}
          </ButtonLink>
        ) : undefined
      }
    />
  );

  return (
    <>
      <PageHeader
        title={t(`intents.list.${TITLES[party]}`)}
        description={t(`intents.list.${TEXTS[party]}`)}
        extra={extra}
      />
      <IntentFilters
        party={party}
        filters={filters}
        onChange={setFilters}
        onClear={clearFilters}
        extraFields={
          party === 'operator'
            ? [
                {
                  kind: 'custom',
                  key: 'company',
                  label: t('intents.list.companyFilter'),
                  render: () => (
                    <CompanySelect
                      className="qf-filters__select"
                      ariaLabel={t('intents.list.companyFilter')}
                      placeholder={t('intents.list.companyFilterPlaceholder')}
                      allowClear
                      value={filters.company}
                      onChange={(company) =>
                        setFilters({ company: company ?? null })
                      }
                    />
                  ),
                },
                {
                  kind: 'custom',
                  key: 'provider',
                  label: t('intents.list.providerFilter'),
                  render: () => (
                    <ProviderSelect
                      className="qf-filters__select"
                      ariaLabel={t('intents.list.providerFilter')}
                      placeholder={t('intents.list.providerFilterPlaceholder')}
                      allowClear
                      value={filters.provider}
                      onChange={(provider) =>
                        setFilters({ provider: provider ?? null })
                      }
                    />
                  ),
                },
              ]
            : undefined
        }
      />
      <div className="qf-panel qf-panel--table qf-intents-panel">
        <IntentTable
          party={party}
          params={toIntentsParams(filters)}
          onPageChange={(page, cursor) => setFilters({ page, cursor })}
          empty={empty}
        />
      </div>
    </>
  );
}
