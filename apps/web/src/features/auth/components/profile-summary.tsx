import type { MeDto } from '@qifu/contracts';
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateMinute } from '../../../lib/format';

export function ProfileSummary({ me }: { me: MeDto }) {
  const { t } = useTranslation();
  const { user, organisation } = me;
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      items={[
        {
          key: 'name',
          label: t('account.displayName'),
          children: user.displayName,
        },
        { key: 'email', label: t('account.email'), children: user.email },
        {
          key: 'organisation',
          label: t('account.organisation'),
          children: organisation.name,
        },
        {
          key: 'kind',
          label: t('account.organisationKind'),
          children: t(`orgKind.${organisation.kind}`),
        },
        {
          key: 'role',
          label: t('account.role'),
          children: t(`memberRole.${user.role}`),
        },
        ...(organisation.providerStatus
          ? [
              {
                key: 'status',
                label: t('account.providerStatus'),
                children: t(`applicationStatus.${organisation.providerStatus}`),
              },
            ]
          : []),
        {
          key: 'expires',
          label: t('account.sessionExpires'),
          children: formatDateMinute(me.session.expiresAt),
        },
      ]}
    />
  );
}
