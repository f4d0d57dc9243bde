import { Col, Row, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';

export function DetailSkeleton() {
  const { t } = useTranslation();
  return (
    <div role="status" aria-busy="true" className="qf-detail">
      <span className="qf-visually-hidden">{t('common.loading')}</span>
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16}>
          <Skeleton active title paragraph={{ rows: 8 }} />
        </Col>
        <Col xs={24} lg={8}>
          <Skeleton active paragraph={{ rows: 4 }} />
        </Col>
      </Row>
    </div>
  );
}
