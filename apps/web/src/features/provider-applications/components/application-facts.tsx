import type { ProviderApplicationDto, ProviderKind } from '@qifu/contracts';
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocalizedName } from '../../../i18n/use-app-language';
import { formatDateMinute } from '../../../lib/format';

/** Provider kinds are an enum in the contracts, typed loosely in this DTO. */
export function useProviderKindLabel() {
  const { t, i18n } = useTranslation();
  return (kind: string) =>
    i18n.exists(`providerKind.${kind}`)
      ? t(`providerKind.${kind as ProviderKind}`)
      : kind;
}

export function ApplicationFacts({
  application,
  column = { xs: 1, md: 2 },
}: {
  application: ProviderApplicationDto;
  column?: number | { xs: number; md: number };
}) {
  const { t } = useTranslation();
  const localizedName = useLocalizedName();
  const kindLabel = useProviderKindLabel();
  const none = t('application.none');
  return (
    <Descriptions
      bordered
      size="small"
      column={column}
      className="qf-application-facts"
      items={[
        {
          key: 'name',
          label: t('application.name'),
          children: application.name,
        },
        {
          key: 'shortName',
          label: t('application.shortName'),
          children: application.shortName,
        },
        {
          key: 'creditCode',
          label: t('application.creditCode'),
          children: (
            <span className="qf-mono">{application.creditCode ?? none}</span>
          ),
        },
        {
          key: 'kind',
          label: t('application.kind'),
          children: kindLabel(application.kind),
        },
        {
          key: 'categories',
          label: t('application.categories'),
          span: 'filled',
          children: application.categories.length ? (
            <span className="qf-tags">
              {application.categories.map((category) => (
                <span key={category.code} className="qf-tag qf-tag--category">
                  {localizedName(category)}
                </span>
              ))}
            </span>
          ) : (
            none
          ),
        },
        {
          key: 'summary',
          label: t('application.summary'),
          span: 'filled',
          children: <p className="qf-prose">{application.summary}</p>,
        },
        {
          key: 'qualifications',
          label: t('application.qualifications'),
          span: 'filled',
          children: <p className="qf-prose">{application.qualifications}</p>,
        },
        {
          key: 'contactName',
          label: t('application.contactName'),
          children: application.contactName,
        },
        {
          key: 'contactPhone',
          label: t('application.contactPhone'),
          children: application.contactPhone,
        },
        {
          key: 'submittedAt',
          label: t('application.submittedAt'),
          children: formatDateMinute(application.submittedAt),
        },
        {
          key: 'reviewedAt',
          label: t('application.reviewedAt'),
          children: application.reviewedAt
            ? formatDateMinute(application.reviewedAt)
            : none,
        },
      ]}
    />
  );
}
