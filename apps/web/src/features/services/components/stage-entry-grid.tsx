import { LIFECYCLE_STAGES } from '@qifu/contracts';
import { ArrowRightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CardGrid } from '../../../components/ui/card-grid';
import { paths } from '../../../config/paths';

/** Home-page entry points: one card per life-cycle stage, each opening the filtered list. */
export function StageEntryGrid() {
  const { t } = useTranslation();
  return (
    <CardGrid
      items={[...LIFECYCLE_STAGES]}
      columns={4}
      getKey={(stage) => stage}
      renderItem={(stage) => (
        <Link
          to={paths.services.list.getHref({ stage })}
          className={`qf-card qf-card--link qf-stage qf-stage--${stage}`}
        >
          <span className="qf-stage__badge">{t(`stage.${stage}`)}</span>
          <h3 className="qf-card__title">
            {t(`home.stageEntries.${stage}.title`)}
          </h3>
          <span className="qf-card__summary qf-card__summary--full">
            {t(`home.stageEntries.${stage}.text`)}
          </span>
          <span className="qf-stage__more">
            {t('home.stageLink')} <ArrowRightOutlined aria-hidden />
          </span>
        </Link>
      )}
    />
  );
}
