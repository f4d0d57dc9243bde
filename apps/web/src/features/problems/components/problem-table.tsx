import type { ProblemSummaryDto } from '@qifu/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { PagedTable } from '../../../components/ui/paged-table';
import { paths } from '../../../config/paths';
import { formatDateMinute } from '../../../lib/format';
import {
  PROBLEMS_PAGE_SIZE,
  useProblems,
  type ProblemListParams,
} from '../api/get-problems';
import { OverdueTags } from './problem-stages';
import { ProblemStatusTag } from './problem-status-tag';

export interface ProblemTableProps {
  params: ProblemListParams;
  onPageChange: (page: number) => void;
  /** The operator's ledger shows the company and the assignee; a company's own list does not. */
  ledger: boolean;
  /** Instead of the ledger's or the company's own empty text (one company's problems on its operator page). */
  emptyTitle?: string;
}

export function ProblemTable({
  params,
  onPageChange,
  ledger,
  emptyTitle,
}: ProblemTableProps) {
  const { t } = useTranslation();
  const query = useProblems(params);
  return (
    <PagedTable<ProblemSummaryDto>
      query={query}
      label={t('problems.listLabel')}
      totalText={(total) => t('problems.total', { total })}
      empty={
        <EmptyState
          title={
            emptyTitle ??
            (ledger ? t('problems.empty') : t('problems.emptyMine'))
          }
        />
      }
      page={params.page}
      pageSize={PROBLEMS_PAGE_SIZE}
      onPageChange={onPageChange}
      columns={[
        {
          key: 'description',
          title: t('problems.description'),
          render: (_, p) => (
            <Link
              to={paths.problems.detail.getHref(p.id)}
              className="qf-ellipsis"
            >
              {p.description.length > 40
                ? `${p.description.slice(0, 40)}…`
                : p.description}
            </Link>
          ),
        },
        ...(ledger
          ? [
              {
                key: 'company',
                title: t('problems.company'),
                render: (_: unknown, p: ProblemSummaryDto) => p.company.name,
              },
            ]
          : []),
        {
          key: 'category',
          title: t('problems.category'),
          render: (_, p) => p.category.name,
        },
        {
          key: 'urgency',
          title: t('problems.urgency'),
          render: (_, p) => (
            <>
              {t(`problemUrgency.${p.urgency}`)}
              {p.hard ? (
                <Tag color="volcano" style={{ marginInlineStart: 8 }}>
                  {t('problems.hard')}
                </Tag>
              ) : null}
            </>
          ),
        },
        {
          key: 'status',
          title: t('problems.status'),
          render: (_, p) => (
            <>
              <ProblemStatusTag status={p.status} />
              <OverdueTags problem={p} />
            </>
          ),
        },
        ...(ledger
          ? [
              {
                key: 'assignee',
                title: t('problems.assignee'),
                render: (_: unknown, p: ProblemSummaryDto) =>
                  p.assignee?.name ?? t('problems.unassigned'),
              },
            ]
          : []),
        {
          key: 'createdAt',
          title: t('problems.createdAt'),
          render: (_, p) => (
            <time dateTime={p.createdAt} className="qf-nowrap">
              {formatDateMinute(p.createdAt)}
            </time>
          ),
        },
      ]}
    />
  );
}
