import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';

export function CardGridSkeleton({
  count = 6,
  columns = 3,
}: {
  count?: number;
  columns?: 3 | 4 | 6;
}) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite" aria-busy="true">
      <span className="qf-visually-hidden">{t('common.loading')}</span>
      <div className={`qf-grid qf-grid--${columns}`}>
        {Array.from({ length: count }, (_, index) => (
          <div key={index} className="qf-card">
            <Skeleton active paragraph={{ rows: columns === 6 ? 1 : 3 }} />
          </div>
        ))}
      </div>
    </div>
  );
}
