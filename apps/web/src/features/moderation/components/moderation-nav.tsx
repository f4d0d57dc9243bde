import { useTranslation } from 'react-i18next';
import { TabNav } from '../../../components/ui/tab-nav';
import { paths } from '../../../config/paths';

/** The operator's two listing views: what is listed (to unlist) and what was unlisted (to restore). */
export function ModerationNav() {
  const { t } = useTranslation();
  return (
    <TabNav
      label={t('moderation.nav.label')}
      links={[
        {
          to: paths.operator.listings.getHref(),
          label: t('moderation.nav.listed'),
        },
        {
          to: paths.operator.moderatedListings.getHref(),
          label: t('moderation.nav.moderated'),
        },
      ]}
    />
  );
}
