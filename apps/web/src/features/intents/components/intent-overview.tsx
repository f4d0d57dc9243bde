import type { IntentDetailDto, IntentParty } from '@qifu/contracts';
import { Alert, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import {
  useAppLanguage,
  useLocalizedName,
} from '../../../i18n/use-app-language';
import { formatDate, formatDateMinute, formatMoney } from '../../../lib/format';
import { formatBudget } from '../intent-budget';
import { IntentStatusTag } from './intent-status-tag';
import { useIntentSubject } from '../use-intent-subject';

export interface IntentOverviewProps {
  intent: IntentDetailDto;
  party: IntentParty;
}

function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** The header of an intent: what, between whom, for how much, from when, and how to reach. */
export function IntentOverview({ intent, party }: IntentOverviewProps) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const localizedName = useLocalizedName();
  const subject = useIntentSubject();
  const dash = '—';

  return (
    <header className="qf-intent-header">
      <div className="qf-intent-header__title-row">
        <h1 className="qf-page-header__title">{subject(intent)}</h1>
        <span className="qf-tags">
          <IntentStatusTag status={intent.status} />
          {intent.matchedByOperator ? (
            <Tag color="green">{t('intents.matched')}</Tag>
          ) : null}
        </span>
      </div>
      {intent.overdue ? (
        <Alert
          className="qf-intent-header__overdue"
          type="error"
          showIcon
          title={t(
            party === 'provider'
              ? 'intents.detail.overdueProvider'
              : 'intents.detail.overdue',
            { due: formatDateMinute(intent.responseDueAt) },
          )}
        />
      ) : null}
      <Descriptions
        className="qf-detail__facts"
        column={{ xs: 1, sm: 2, lg: 3 }}
        size="small"
        items={[
          {
            key: 'company',
            label: t('intents.detail.company'),
            children: intent.company.name,
          },
          {
            key: 'provider',
            label: t('intents.detail.provider'),
            children: (
              <Link to={paths.providers.detail.getHref(intent.provider.id)}>
                {intent.provider.name}
              </Link>
            ),
          },
          {
            key: 'service',
            label: t('intents.detail.service'),
            children: intent.service ? (
              <Link to={paths.services.detail.getHref(intent.service.id)}>
                {intent.service.title}
              </Link>
            ) : (
              localizedName(intent.category)
            ),
          },
          {
            key: 'budget',
            label: t('intents.detail.budget'),
            children: formatBudget(
              intent.budget,
              language,
              t('intents.budgetNegotiable'),
            ),
          },
          {
            key: 'wishedStartDate',
            label: t('intents.detail.wishedStartDate'),
            children: formatDate(intent.wishedStartDate) || dash,
          },
          {
            key: 'contact',
            label: t('intents.detail.contact'),
            children: (
              <span className="qf-intent-contact">
                <span>{intent.contactName}</span>
                {intent.contactPhone ? (
                  <a href={telHref(intent.contactPhone)}>
                    {intent.contactPhone}
                  </a>
                ) : (
                  <span className="qf-muted">
                    {t('intents.detail.phoneHidden')}
                  </span>
                )}
              </span>
            ),
          },
          {
            key: 'createdAt',
            label: t('intents.detail.createdAt'),
            children: formatDateMinute(intent.createdAt),
          },
          ...(intent.problemId
            ? [
                {
                  key: 'problem',
                  label: t('intents.detail.problem'),
                  children: (
                    <Link to={paths.problems.detail.getHref(intent.problemId)}>
                      {t('intents.detail.openProblem')}
                    </Link>
                  ),
                },
              ]
            : []),
          ...(intent.status === 'submitted'
            ? [
                {
                  key: 'responseDueAt',
                  label: t('intents.detail.responseDueAt'),
                  children: formatDateMinute(intent.responseDueAt),
                },
              ]
            : []),
          ...(intent.contractAmount !== null
            ? [
                {
                  key: 'contractAmount',
                  label: t('intents.detail.contractAmount'),
                  children: formatMoney(intent.contractAmount, language),
                },
              ]
            : []),
          ...(intent.signedOn
            ? [
                {
                  key: 'signedOn',
                  label: t('intents.detail.signedOn'),
                  children: formatDate(intent.signedOn),
                },
              ]
            : []),
          ...(intent.reason
            ? [
                {
                  key: 'reason',
                  label: t('intents.detail.reason'),
                  span: 'filled' as const,
                  children: intent.reason,
                },
              ]
            : []),
          {
            key: 'need',
            label: t('intents.detail.need'),
            span: 'filled' as const,
            children: <p className="qf-prose qf-intent-need">{intent.need}</p>,
          },
        ]}
      />
    </header>
  );
}
