import { useState } from 'react';
import { App, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../components/ui/error-state';
import { NotFoundState } from '../../components/ui/not-found-state';
import { PageHeader } from '../../components/ui/page-header';
import { Section } from '../../components/ui/section';
import { paths } from '../../config/paths';
import { useOperatorCompany } from '../../features/companies/api/company-roster';
import { CompanyTierEditor } from '../../features/companies/components/company-tier-form';
import { CompanyTierHistory } from '../../features/companies/components/company-tier-history';
import { ProblemTable } from '../../features/problems/components/problem-table';
import { RecordVisitForm } from '../../features/problems/components/record-visit-form';
import { isNotFoundError } from '../../lib/api-client';
import { useMe } from '../../lib/auth';
import { useDocumentTitle } from '../../lib/use-document-title';
import { DetailSkeleton } from './detail-skeleton';

/** /operator/companies/:id — one park company: its tiers and their history, a visit to record, its problems. */
export function OperatorCompanyRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe().data;
  const query = useOperatorCompany(id);
  const [problemsPage, setProblemsPage] = useState(1);
  useDocumentTitle(
    query.data
      ? t('companyRoster.company.documentTitle', { name: query.data.name })
      : t('companyDirectory.documentTitle'),
  );

  const back = (
    <p>
      <Link to={paths.operator.companies.getHref()}>
        {t('companyRoster.company.back')}
      </Link>
    </p>
  );
  if (query.isPending) return <DetailSkeleton />;
  if (query.isError)
    return isNotFoundError(query.error) ? (
      <NotFoundState
        title={t('errors.COMPANY_NOT_FOUND')}
        description={t('companyRoster.company.notFoundText')}
        backHref={paths.operator.companies.getHref()}
        backLabel={t('companyRoster.company.back')}
      />
    ) : (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
    );
  const c = query.data;

  return (
    <App component={false}>
      {back}
      <PageHeader
        title={c.name}
        description={`${c.industry} · ${t(`stage.${c.stage}`)}`}
        extra={
          <Link
            to={paths.intents.list.getHref({ company: c.id })}
            aria-label={t('companyDirectory.intentsOf', {
              name: c.name,
              count: c.intentCount,
            })}
          >
            {t('companyRoster.company.intents', { n: c.intentCount })}
          </Link>
        }
      />
      <div className="qf-panel">
        <Descriptions
          column={{ xs: 1, sm: 2 }}
          size="small"
          items={[
            {
              key: 'shortName',
              label: t('companyRoster.company.shortName'),
              children: c.shortName,
            },
            {
              key: 'size',
              label: t('companyDirectory.size'),
              children: t(`companySize.${c.size}`),
            },
            {
              key: 'contact',
              label: t('companyDirectory.contact'),
              children: `${c.contactName} ${c.contactPhone}`,
            },
            {
              key: 'tiers',
              label: t('companyDirectory.tiers'),
              children: c.tiers.length ? (
                <span className="qf-company-tiers" data-testid="company-tiers">
                  {c.tiers.map((tier) => (
                    <Tag key={tier} color="green">
                      {t(`companyTier.${tier}`)}
                    </Tag>
                  ))}
                </span>
              ) : (
                <span data-testid="company-tiers">
                  {t('companyRoster.company.noTiers')}
                </span>
              ),
            },
          ]}
        />
      </div>
      <Section
        title={t('companyRoster.tiers.edit')}
        description={t('companyRoster.tiers.editText')}
      >
        <CompanyTierEditor company={c} />
      </Section>
      <Section title={t('companyRoster.tiers.history')}>
        <CompanyTierHistory companyId={c.id} />
      </Section>
      <Section
        title={t('problems.visit.title')}
        description={t('problems.visit.text')}
      >
        <RecordVisitForm companyId={c.id} visitor={me?.user.displayName ?? ''} />
      </Section>
      <Section title={t('companyRoster.company.problems')}>
        <ProblemTable
          ledger={false}
          emptyTitle={t('companyRoster.company.noProblems')}
          params={{ companyId: c.id, page: problemsPage }}
          onPageChange={setProblemsPage}
        />
      </Section>
    </App>
  );
}
