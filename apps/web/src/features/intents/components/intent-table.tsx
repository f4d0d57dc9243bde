import type { ReactNode } from 'react';
import type { IntentParty, IntentSummaryDto } from '@qifu/contracts';
import { Badge, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedTable } from '../../../components/ui/paged-table';
import { paths } from '../../../config/paths';
import { useAppLanguage } from '../../../i18n/use-app-language';
import { formatDate, formatDateMinute } from '../../../lib/format';
import {
  INTENTS_PAGE_SIZE,
  useIntents,
  type IntentsParams,
} from '../api/get-intents';
import { formatBudget } from '../intent-budget';
import { useIntentSubject } from '../use-intent-subject';
import { IntentStatusTag } from './intent-status-tag';

export interface IntentTableProps {
  /** Who is looking: each sees the other side's name. */
  party: IntentParty;
  params: IntentsParams;
  /** The page chosen, with the API's cursor when it is the next or previous one. */
  onPageChange: (page: number, cursor: string | undefined) => void;
  empty: ReactNode;
}

export function IntentTable({
  party,
  params,
  onPageChange,
  empty,
}: IntentTableProps) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const subject = useIntentSubject();
  const query = useIntents(params);

  const columns: TableColumnsType<IntentSummaryDto> = [
    {
      key: 'subject',
      title: t('intents.list.subject'),
      render: (_, intent) => (
        <div className="qf-intent-cell">
          <span className="qf-intent-cell__title">
            <Link to={paths.intents.detail.getHref(intent.id)}>
              {subject(intent)}
            </Link>
            {intent.unreadMessages > 0 ? (
              <Badge
                className="qf-intent-cell__unread"
                count={intent.unreadMessages}
                size="small"
                title={t('intents.list.unread', {
                  count: intent.unreadMessages,
                })}
              />
            ) : null}
          </span>
          <span className="qf-intent-cell__need">{intent.need}</span>
          {intent.overdue || intent.matchedByOperator ? (
            <span className="qf-tags">
              {intent.overdue ? (
                <Tag color="red">{t('intents.overdue')}</Tag>
              ) : null}
              {intent.matchedByOperator ? (
                <Tag color="green">{t('intents.matched')}</Tag>
              ) : null}
            </span>
          ) : null}
        </div>
      ),
    },
    ...(party === 'company'
      ? []
      : [
          {
            key: 'company',
            title: t('intents.list.company'),
            render: (_: unknown, intent: IntentSummaryDto) =>
              intent.company.name,
          },
        ]),
    ...(party === 'provider'
      ? []
      : [
          {
            key: 'provider',
            title: t('intents.list.provider'),
            render: (_: unknown, intent: IntentSummaryDto) =>
              intent.provider.name,
          },
        ]),
    {
      key: 'status',
      title: t('intents.list.status'),
      render: (_, intent) => <IntentStatusTag status={intent.status} />,
    },
    {
      key: 'budget',
      title: t('intents.list.budget'),
      render: (_, intent) =>
        formatBudget(intent.budget, language, t('intents.budgetNegotiable')),
    },
    {
      key: 'wishedStartDate',
      title: t('intents.list.wishedStartDate'),
      render: (_, intent) => formatDate(intent.wishedStartDate),
    },
    {
      key: 'createdAt',
      title: t('intents.list.createdAt'),
      render: (_, intent) => (
        <span className="qf-nowrap">{formatDateMinute(intent.createdAt)}</span>
      ),
    },
  ];

  const page = params.page ?? 1;
  const data = query.data;
  // The neighbouring pages are read from the cursors the API gave (as fast deep as at the top);
  // a page picked from afar is an offset, which is fine for the first pages.
  const changePage = (to: number) => {
    if (to === 1) onPageChange(1, undefined);
    else if (to === page + 1 && data?.nextCursor)
      onPageChange(to, data.nextCursor);
    else if (to === page - 1 && data?.prevCursor)
      onPageChange(to, data.prevCursor);
    else onPageChange(to, undefined);
  };
  // A capped total (a text search) says "more than N": the pager offers the next page past it.
  const pagerTotal =
    data?.totalCapped && data.nextCursor
      ? Math.max(data.total, (page + 1) * INTENTS_PAGE_SIZE)
      : undefined;

  return (
    <PagedTable<IntentSummaryDto>
      query={query}
      label={t('intents.list.label')}
      totalText={(total, capped) =>
        t(capped ? 'intents.list.totalCapped' : 'intents.list.total', {
          total,
        })
      }
      pagerTotal={pagerTotal}
      empty={empty}
      rowClassName={(intent) =>
        intent.overdue
          ? 'qf-intent-row qf-intent-row--overdue'
          : 'qf-intent-row'
      }
      page={page}
      pageSize={INTENTS_PAGE_SIZE}
      onPageChange={changePage}
      columns={columns}
    />
  );
}
