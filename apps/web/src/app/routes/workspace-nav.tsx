import { useTranslation } from 'react-i18next';
import { TabNav } from '../../components/ui/tab-nav';
import { paths } from '../../config/paths';

/** The workspace's own tabs, under the page header of each workspace page. */
export function WorkspaceNav() {
  const { t } = useTranslation();
  return (
    <TabNav
      label={t('workspace.nav.label')}
      links={[
        { to: paths.workspace.home.getHref(), label: t('workspace.nav.home') },
        {
          to: paths.workspace.listings.getHref(),
          label: t('workspace.nav.listings'),
          end: false,
        },
        {
          to: paths.workspace.profile.getHref(),
          label: t('workspace.nav.profile'),
        },
        {
          to: paths.intents.list.getHref(),
          label: t('workspace.nav.requests'),
        },
      ]}
    />
  );
}
