import { useQuery } from '@tanstack/react-query';
import { App, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../components/ui/error-state';
import { NotFoundState } from '../../components/ui/not-found-state';
import { PageHeader } from '../../components/ui/page-header';
import { Section } from '../../components/ui/section';
import { paths } from '../../config/paths';
import { getMembersQueryOptions } from '../../features/members/api/get-members';
import { useProblem } from '../../features/problems/api/get-problem';
import { ProblemActions } from '../../features/problems/components/problem-actions';
import { ProblemBridge } from '../../features/problems/components/problem-bridge';
import { ProblemStages } from '../../features/problems/components/problem-stages';
import { ProblemStatusTag } from '../../features/problems/components/problem-status-tag';
import { ProblemTimeline } from '../../features/problems/components/problem-timeline';
import { isNotFoundError } from '../../lib/api-client';
import { formatDateMinute } from '../../lib/format';
import { useMe } from '../../lib/auth';
import { useDocumentTitle } from '../../lib/use-document-title';
import { DetailSkeleton } from './detail-skeleton';

/** /problems/:id — one problem: where it stands on the 13710 clock, its history, the moves allowed now. */
export function ProblemDetailRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe().data;
  const operator = me?.organisation.kind === 'operator';
  const query = useProblem(id);
  // An operator admin may assign to any colleague; a member, to themself (the members list is for admins).
  const members = useQuery({
    ...getMembersQueryOptions(1),
    enabled: operator && me?.user.role === 'admin',
  });
  useDocumentTitle(t('problems.detailDocumentTitle'));

  if (query.isPending) return <DetailSkeleton />;
  const back = operator
    ? {
        href: paths.problems.ledger.getHref(),
        label: t('problems.backToLedger'),
      }
    : { href: paths.problems.mine.getHref(), label: t('problems.backToMine') };
  if (query.isError)
    return isNotFoundError(query.error) ? (
      <NotFoundState
        title={t('errors.PROBLEM_NOT_FOUND')}
        description={t('problems.notFoundText')}
        backHref={back.href}
        backLabel={back.label}
      />
    ) : (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
    );
  const p = query.data;
  const self = me
    ? [
        {
          id: me.user.id,
          name: `${me.user.displayName}（${t('problems.move.assignSelf')}）`,
        },
      ]
    : [];
  const staff = [
    ...self,
    ...(members.data?.items ?? [])
      .filter((m) => m.id !== me?.user.id)
      .map((m) => ({ id: m.id, name: m.displayName })),
  ];

  return (
    <App component={false}>
      <p>
        <Link to={back.href}>{back.label}</Link>
      </p>
      <PageHeader
        title={p.category.name}
        description={p.company.name}
        extra={
          <>
            <ProblemStatusTag status={p.status} />
            {p.hard ? <Tag color="volcano">{t('problems.hard')}</Tag> : null}
          </>
        }
      />
      <Section title={t('problems.actionsTitle')}>
        <ProblemActions problem={p} staff={staff} />
      </Section>
      <Section title={t('problems.description')}>
        <p className="qf-prose">{p.description}</p>
        <Descriptions
          column={1}
          size="small"
          items={[
            {
              key: 'urgency',
              label: t('problems.urgency'),
              children: t(`problemUrgency.${p.urgency}`),
            },
            {
              key: 'assignee',
              label: t('problems.assignee'),
              children: p.assignee?.name ?? t('problems.unassigned'),
            },
            ...(p.department
              ? [
                  {
                    key: 'department',
                    label: t('problems.department'),
                    children: `${p.department.name} · ${p.department.contact}`,
                  },
                ]
              : []),
            ...(p.answerDueAt
              ? [
                  {
                    key: 'answerDue',
                    label: t('problems.answerDue'),
                    children: t('problems.answerDueAt', {
                      at: formatDateMinute(p.answerDueAt),
                    }),
                  },
                ]
              : []),
            ...(p.closedWithoutAnswer
              ? [
                  {
                    key: 'closedWithoutAnswer',
                    label: t('problems.satisfaction'),
                    children: t('problems.closedWithoutAnswer'),
                  },
                ]
              : []),
            ...(p.satisfaction
              ? [
                  {
                    key: 'satisfaction',
                    label: t('problems.satisfaction'),
                    children: t(`problemSatisfaction.${p.satisfaction}`),
                  },
                ]
              : []),
          ]}
        />
      </Section>
      {p.intent || p.canRequestService ? (
        <Section title={t('problems.bridge.title')}>
          <ProblemBridge problem={p} />
        </Section>
      ) : null}
      <Section title={t('problems.stagesTitle')}>
        <ProblemStages problem={p} />
      </Section>
      <Section title={t('problems.timelineTitle')}>
        <ProblemTimeline events={p.events} />
      </Section>
    </App>
  );
}
