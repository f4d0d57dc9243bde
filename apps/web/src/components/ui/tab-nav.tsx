import { NavLink } from 'react-router';

export interface TabNavLink {
  to: string;
  label: string;
  /** Active only on this exact path (not on the paths below it). */
  end?: boolean;
}

/** A page group's own tabs, under the page header of each of its pages. */
export function TabNav({
  label,
  links,
}: {
  label: string;
  links: TabNavLink[];
}) {
  return (
    <nav className="qf-tab-nav" aria-label={label}>
      {links.map((link) => (
        <NavLink
          key={link.to}
          to={link.to}
          end={link.end ?? true}
          className={({ isActive }) =>
            isActive ? 'qf-tab-nav__link is-active' : 'qf-tab-nav__link'
          }
        >
          {link.label}
        </NavLink>
      ))}
    </nav>
  );
}
