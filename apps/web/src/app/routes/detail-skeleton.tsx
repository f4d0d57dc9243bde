import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';

export function DetailSkeleton() {
  const { t } = useTranslation();
  return (
    <div role="status" aria-busy="true" className="qf-detail">
      <span className="qf-visually-hidden">{t('common.loading')}</span>
      <div className="qf-detail__layout">
        <div className="qf-detail__intro">
          <Skeleton active title paragraph={{ rows: 8 }} />
        </div>
        <div className="qf-detail__aside">
          <Skeleton active paragraph={{ rows: 4 }} />
        </div>
      </div>
    </div>
  );
}
