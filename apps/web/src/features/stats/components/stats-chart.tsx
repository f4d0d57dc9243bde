import { useId, useState, type ReactNode } from 'react';
import { Button, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';
import { echarts } from './echarts';
import { useTableScrollFocus } from '../../../components/ui/use-table-scroll-focus';

// 梧桐 green first, then colours that stay apart for colour-blind readers.
const PALETTE = [
  '#0e7c66',
  '#f5a623',
  '#3a7bd5',
  '#d4380d',
  '#8c6bb1',
  '#13a8a8',
];

export interface StatsChartProps<Row extends object> {
  /** The chart's figures in one sentence, read by screen readers instead of the drawing. */
  summary: string;
  option: object;
  height?: number;
  /** The same figures as a table, shown on demand (and always available to assistive tech). */
  rows: Row[];
  columns: ColumnsType<Row>;
  rowKey: keyof Row & string;
  tableLabel: string;
  extra?: ReactNode;
}

/** An ECharts drawing with a text alternative: an aria summary and a data-table toggle. */
export function StatsChart<Row extends object>({
  summary,
  option,
  height = 300,
  rows,
  columns,
  rowKey,
  tableLabel,
  extra,
}: StatsChartProps<Row>) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const tableId = useId();
  const tableRef = useTableScrollFocus(tableLabel);
  return (
    <div className="qf-stats-chart">
      <div className="qf-stats-chart__tools">
        {extra}
        <Button
          size="small"
          type="link"
          aria-expanded={asTable}
          aria-controls={tableId}
          onClick={() => setAsTable(!asTable)}
        >
          {asTable ? t('stats.chart.showChart') : t('stats.chart.showTable')}
        </Button>
      </div>
      {asTable ? (
        <div id={tableId}>
          <Table<Row>
            ref={tableRef}
            aria-label={tableLabel}
            size="small"
            rowKey={rowKey}
            dataSource={rows}
            columns={columns}
            pagination={rows.length > 20 ? { pageSize: 20 } : false}
            scroll={{ x: 'max-content' }}
          />
        </div>
      ) : (
        <div role="img" aria-label={summary} id={tableId}>
          <ReactEChartsCore
            echarts={echarts}
            option={{ color: PALETTE, ...option }}
            notMerge
            opts={{ renderer: 'svg' }}
            style={{ height, width: '100%' }}
          />
        </div>
      )}
    </div>
  );
}
