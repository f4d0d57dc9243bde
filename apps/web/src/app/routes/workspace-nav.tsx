import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { paths } from '../../config/paths';

/** The workspace's own tabs, under the page header of each workspace page. */
export function WorkspaceNav() {
  const { t } = useTranslation();
  const links = [
    {
      to: paths.workspace.home.getHref(),
      label: t('workspace.nav.home'),
      end: true,
    },
    {
      to: paths.workspace.listings.getHref(),
      label: t('workspace.nav.listings'),
      end: false,
    },
    {
      to: paths.workspace.profile.getHref(),
      label: t('workspace.nav.profile'),
      end: true,
    },
    {
      to: paths.intents.list.getHref(),
      label: t('workspace.nav.requests'),
      end: true,
    },
  ];
  return (
    <nav className="qf-workspace-nav" aria-label={t('workspace.nav.label')}>
      {links.map((link) => (
        <NavLink
          key={link.to}
          to={link.to}
          end={link.end}
          className={({ isActive }) =>
            isActive
              ? 'qf-workspace-nav__link is-active'
              : 'qf-workspace-nav__link'
          }
        >
          {link.label}
        </NavLink>
      ))}
    </nav>
  );
}
