import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown while a page's code chunk loads. */
export function PageFallback() {
  const { t } = useTranslation();
  return (
    <div className="qf-page-fallback" role="status" aria-busy="true">
      <span className="qf-visually-hidden">{t('common.loading')}</span>
      <Skeleton active title paragraph={{ rows: 6 }} />
    </div>
  );
}
