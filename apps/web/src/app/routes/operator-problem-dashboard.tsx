import type { ProblemDashboardDto } from '@qifu/contracts';
import { Button, Card, Col, Row, Skeleton, Statistic, Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Section } from '../../components/ui/section';
import { paths } from '../../config/paths';
import {
  problemExportHref,
  useProblemDashboard,
} from '../../features/problems/api/get-problem-dashboard';
import {
  defaultDashboardPeriod,
  parseDashboardPeriod,
} from '../../features/problems/dashboard-period';
import { TierPyramid } from '../../features/companies/components/tier-pyramid';
import { StatsChart } from '../../features/stats/components/stats-chart';
import { StatsPeriodPicker } from '../../features/stats/components/stats-period-picker';
import { useAppLanguage } from '../../i18n/use-app-language';
import { formatNumber, formatPercent } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';

const TABLE_PAGE = { pageSize: 10, hideOnSinglePage: true } as const;

/** /operator/problems/dashboard — 问题看板: the service desk's figures for a period. */
export function OperatorProblemDashboardRoute() {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [searchParams, setSearchParams] = useSearchParams();
  const period = parseDashboardPeriod(searchParams);
  const range = useMemo(
    () => ({ from: period.from, to: period.to }),
    [period.from, period.to],
  );
  const query = useProblemDashboard(range);
  useDocumentTitle(t('problemDashboard.documentTitle'));

  const go = (next: { from: string; to: string }) => {
    const fallback = defaultDashboardPeriod();
    setSearchParams(
      next.from === fallback.from && next.to === fallback.to
        ? new URLSearchParams()
        : new URLSearchParams(next),
    );
  };

  return (
    <>
      <PageHeader
        title={t('problemDashboard.title')}
        description={t('problemDashboard.text')}
        extra={
          <>
            <StatsPeriodPicker from={range.from} to={range.to} onChange={go} />
            <Button href={problemExportHref(range)} download>
              {t('problemDashboard.export')}
            </Button>
            <Link to={paths.problems.ledger.getHref()}>
              {t('problemDashboard.toLedger')}
            </Link>
          </>
        }
      />
      <p className="qf-stats-period__showing" aria-live="polite">
        {t('problemDashboard.showing', { ...range })}
      </p>
      <div aria-busy={query.isPending || query.isPlaceholderData}>
        {query.isError ? (
          <ErrorState
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        ) : query.isPending ? (
          <Skeleton active paragraph={{ rows: 8 }} />
        ) : (
          <DashboardBody data={query.data} language={language} />
        )}
      </div>
      {/* 梯度企业培育体系: the park's companies per tier, today (not the period's). */}
      <div className="qf-panel">
        <TierPyramid />
      </div>
    </>
  );
}

function DashboardBody({
  data,
  language,
}: {
  data: ProblemDashboardDto;
  language: ReturnType<typeof useAppLanguage>;
}) {
  const { t } = useTranslation();
  const n = (v: number) => formatNumber(v, language);
  const pct = (v: number | null) =>
    formatPercent(v, language) || t('problemDashboard.none');
  const { totals, overdueNow } = data;
  const cards = [
    { key: 'collected' as const, value: n(totals.collected), hint: '' },
    { key: 'solved' as const, value: n(totals.solved), hint: '' },
    {
      key: 'solveRate' as const,
      value: pct(totals.solveRate),
      hint: t('problemDashboard.solveRateOf', {
        solved: n(totals.solved),
        collected: n(totals.collected),
      }),
    },
    {
      key: 'satisfactionRate' as const,
      value: pct(totals.satisfactionRate),
      hint:
        t('problemDashboard.satisfactionOf', {
          satisfied: n(totals.satisfied),
          basically: n(totals.basicallySatisfied),
          dissatisfied: n(totals.dissatisfied),
          rated: n(totals.rated),
        }) +
        (totals.closedWithoutAnswer
          ? t('problemDashboard.satisfactionUnanswered', {
              n: n(totals.closedWithoutAnswer),
            })
          : ''),
    },
    {
      key: 'marketplaceShare' as const,
      value: pct(totals.marketplaceShare),
      hint: t('problemDashboard.marketplaceOf', {
        via: n(totals.solvedViaMarketplace),
        solved: n(totals.solved),
      }),
    },
  ];
  const trendRows = data.trend;
  const trendTotal = trendRows.reduce((s, r) => s + r.collected, 0);
  return (
    <>
      <Row gutter={[16, 16]}>
        {cards.map((c) => (
          <Col key={c.key} xs={12} md={8} xl={4}>
            <Card size="small" data-testid={`card-${c.key}`}>
              <Statistic
                title={t(`problemDashboard.card.${c.key}`)}
                value={c.value}
              />
              {c.hint ? <p className="qf-kpi__hint">{c.hint}</p> : null}
            </Card>
          </Col>
        ))}
      </Row>
      <Section title={t('problemDashboard.overdueTitle')}>
        <p>{t('problemDashboard.overdueText')}</p>
        <Row gutter={[16, 16]}>
          {(['accept', 'progress', 'solve'] as const).map((stage) => (
            <Col key={stage} xs={8} xl={4}>
              <Card size="small" data-testid={`overdue-${stage}`}>
                <Statistic
                  title={t(`problemStage.${stage}`)}
                  value={n(overdueNow[stage])}
                  styles={
                    overdueNow[stage] > 0
                      ? { content: { color: '#d4380d' } }
                      : undefined
                  }
                />
                <Link
                  to={paths.problems.ledger.getHref({ overdue: stage })}
                  aria-label={t('problemDashboard.overdueLink', {
                    stage: t(`problemStage.${stage}`),
                  })}
                >
                  {t('problemDashboard.view')}
                </Link>
              </Card>
            </Col>
          ))}
        </Row>
      </Section>
      <div className="qf-panel">
        <Section title={t('problemDashboard.trendTitle')}>
          <StatsChart
            summary={t('problemDashboard.trendSummary', {
              first: trendRows[0]?.month ?? '',
              last: trendRows.at(-1)?.month ?? '',
              collected: n(trendTotal),
            })}
            tableLabel={t('problemDashboard.trendTitle')}
            rows={trendRows}
            rowKey="month"
            columns={[
              {
                key: 'month',
                dataIndex: 'month',
                title: t('problemDashboard.month'),
              },
              {
                key: 'collected',
                title: t('problemDashboard.card.collected'),
                align: 'right',
                render: (_, r) => n(r.collected),
              },
              {
                key: 'solved',
                title: t('problemDashboard.card.solved'),
                align: 'right',
                render: (_, r) => n(r.solved),
              },
            ]}
            option={{
              tooltip: { trigger: 'axis' },
              legend: { top: 0 },
              grid: { left: 40, right: 16, top: 36, bottom: 28 },
              xAxis: { type: 'category', data: trendRows.map((r) => r.month) },
              yAxis: { type: 'value', minInterval: 1 },
              series: [
                {
                  name: t('problemDashboard.card.collected'),
                  type: 'bar',
                  data: trendRows.map((r) => r.collected),
                },
                {
                  name: t('problemDashboard.card.solved'),
                  type: 'line',
                  data: trendRows.map((r) => r.solved),
                },
              ],
            }}
          />
        </Section>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Section title={t('problemDashboard.byCategory')}>
            <Table
              aria-label={t('problemDashboard.byCategory')}
              size="small"
              rowKey="code"
              dataSource={data.byCategory}
              pagination={TABLE_PAGE}
              locale={{ emptyText: t('problemDashboard.empty') }}
              columns={[
                {
                  key: 'name',
                  dataIndex: 'name',
                  title: t('problemDashboard.category'),
                },
                {
                  key: 'collected',
                  align: 'right',
                  title: t('problemDashboard.card.collected'),
                  render: (_, r) => n(r.collected),
                },
                {
                  key: 'solved',
                  align: 'right',
                  title: t('problemDashboard.card.solved'),
                  render: (_, r) => n(r.solved),
                },
                {
                  key: 'rate',
                  align: 'right',
                  title: t('problemDashboard.card.solveRate'),
                  render: (_, r) =>
                    pct(r.collected ? r.solved / r.collected : null),
                },
              ]}
            />
          </Section>
        </Col>
        <Col xs={24} xl={12}>
          <Section title={t('problemDashboard.byAssignee')}>
            <Table
              aria-label={t('problemDashboard.byAssignee')}
              size="small"
              rowKey={(r) => r.userId ?? 'none'}
              dataSource={data.byAssignee}
              pagination={TABLE_PAGE}
              locale={{ emptyText: t('problemDashboard.empty') }}
              columns={[
                {
                  key: 'name',
                  title: t('problemDashboard.assignee'),
                  render: (_, r) => r.name ?? t('problemDashboard.unassigned'),
                },
                {
                  key: 'collected',
                  align: 'right',
                  title: t('problemDashboard.card.collected'),
                  render: (_, r) => n(r.collected),
                },
                {
                  key: 'solved',
                  align: 'right',
                  title: t('problemDashboard.card.solved'),
                  render: (_, r) => n(r.solved),
                },
                {
                  key: 'open',
                  align: 'right',
                  title: t('problemDashboard.open'),
                  render: (_, r) => n(r.open),
                },
              ]}
            />
          </Section>
        </Col>
      </Row>
      <Section title={t('problemDashboard.definitionsTitle')}>
        <dl className="qf-problem-dashboard__definitions">
          {(
            [
              'solveRate',
              'satisfactionRate',
              'marketplaceShare',
              'overdue',
              'trend',
            ] as const
          ).map((k) => (
            <div key={k}>
              <dt>{t(`problemDashboard.definition.${k}.term`)}</dt>
              <dd>{t(`problemDashboard.definition.${k}.text`)}</dd>
            </div>
          ))}
        </dl>
      </Section>
    </>
  );
}
