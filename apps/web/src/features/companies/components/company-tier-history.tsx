import { useState } from 'react';
import type { CompanyTierEventDto } from '@qifu/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { PagedTable } from '../../../components/ui/paged-table';
import { formatDateMinute } from '../../../lib/format';
import {
  TIER_EVENTS_PAGE_SIZE,
  useCompanyTierEvents,
} from '../api/company-roster';

/** 梯度变更记录: each tier added or removed, newest first — when, by whom, how, why. */
export function CompanyTierHistory({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useCompanyTierEvents(companyId, page);

  return (
    <PagedTable<CompanyTierEventDto>
      query={query}
      label={t('companyRoster.tiers.history')}
      totalText={(total) => t('companyRoster.tiers.historyTotal', { total })}
      empty={<EmptyState title={t('companyRoster.tiers.historyEmpty')} />}
      size="small"
      page={page}
      pageSize={TIER_EVENTS_PAGE_SIZE}
      onPageChange={setPage}
      columns={[
        {
          key: 'at',
          title: t('companyRoster.tiers.at'),
          render: (_, e) => (
            <time dateTime={e.createdAt} className="qf-nowrap">
              {formatDateMinute(e.createdAt)}
            </time>
          ),
        },
        {
          key: 'tier',
          title: t('companyRoster.tiers.tier'),
          render: (_, e) => t(`companyTier.${e.tier}`),
        },
        {
          key: 'change',
          title: t('companyRoster.tiers.change'),
          render: (_, e) => (
            <Tag color={e.change === 'added' ? 'green' : 'red'}>
              {t(`companyRoster.tiers.${e.change}`)}
            </Tag>
          ),
        },
        {
          key: 'source',
          title: t('companyRoster.tiers.sourceTitle'),
          render: (_, e) => t(`companyRoster.tiers.source.${e.source}`),
        },
        {
          key: 'actor',
          title: t('companyRoster.tiers.actor'),
          render: (_, e) => e.actorName ?? t('companyRoster.tiers.noActor'),
        },
        {
          key: 'note',
          title: t('companyRoster.tiers.note'),
          render: (_, e) => e.note || '—',
        },
      ]}
    />
  );
}
