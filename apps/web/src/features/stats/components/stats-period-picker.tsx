import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { presetPeriod, STATS_PRESETS } from '../stats-period';

export interface StatsPeriodPickerProps {
  from: string;
  to: string;
  onChange: (range: { from: string; to: string }) => void;
}

const DATE = 'YYYY-MM-DD';

export function StatsPeriodPicker({
  from,
  to,
  onChange,
}: StatsPeriodPickerProps) {
  const { t } = useTranslation();
  const today = dayjs(presetPeriod('last30').to, DATE);
  return (
    <DatePicker.RangePicker
      aria-label={t('stats.period.label')}
      className="qf-stats-period"
      allowClear={false}
      format={DATE}
      placeholder={[t('stats.period.start'), t('stats.period.end')]}
      value={[dayjs(from, DATE), dayjs(to, DATE)]}
      disabledDate={(day) => day.isAfter(today, 'day')}
      presets={STATS_PRESETS.map((preset) => {
        const range = presetPeriod(preset);
        return {
          label: t(`stats.period.${preset}`),
          value: [dayjs(range.from, DATE), dayjs(range.to, DATE)] as [
            Dayjs,
            Dayjs,
          ],
        };
      })}
      onChange={(values) => {
        const [start, end] = values ?? [];
        if (start && end)
          onChange({ from: start.format(DATE), to: end.format(DATE) });
      }}
    />
  );
}
