import type { MeDto } from '@qifu/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { HeaderDropdown } from '../../../components/ui/header-dropdown';
import { paths } from '../../../config/paths';
import { canAccess, useMe } from '../../../lib/auth';
import { safeRedirect } from '../../../lib/safe-redirect';
import { useLogout } from '../api/logout';

// The cooperation intents, named for what they are to each kind of organisation.
const INTENTS_KEY = {
  company: 'intentsCompany',
  provider: 'intentsProvider',
  operator: 'intentsOperator',
} as const;

function menuLinks(me: MeDto) {
  return [
    {
      to: paths.intents.list.getHref(),
      key: INTENTS_KEY[me.organisation.kind],
    },
    canAccess(me, { orgKinds: ['company'] }) && {
      to: paths.problems.mine.getHref(),
      key: 'problemsCompany',
    },
    canAccess(me, { orgKinds: ['operator'] }) && {
      to: paths.problems.ledger.getHref(),
      key: 'problemsOperator',
    },
    canAccess(me, { orgKinds: ['operator'] }) && {
      to: paths.problems.dashboard.getHref(),
      key: 'problemDashboard',
    },
    { to: paths.account.home.getHref(), key: 'account' },
    canAccess(me, { admin: true }) && {
      to: paths.account.members.getHref(),
      key: 'members',
    },
    canAccess(me, { orgKinds: ['provider'] }) && {
      to: paths.workspace.home.getHref(),
      key: 'workspace',
    },
    canAccess(me, { orgKinds: ['provider'] }) && {
      to: paths.workspace.listings.getHref(),
      key: 'workspaceListings',
    },
    canAccess(me, { orgKinds: ['provider'] }) && {
      to: paths.account.application.getHref(),
      key: 'application',
    },
    canAccess(me, { orgKinds: ['operator'] }) && {
      to: paths.operator.stats.getHref(),
      key: 'stats',
    },
    canAccess(me, { orgKinds: ['operator'] }) && {
      to: paths.operator.companies.getHref(),
      key: 'companies',
    },
    canAccess(me, { orgKinds: ['operator'] }) && {
      to: paths.operator.listings.getHref(),
      key: 'listings',
    },
    // Admins restore what was unlisted; the entry saves them the tab on the listings page.
    canAccess(me, { orgKinds: ['operator'], admin: true }) && {
      to: paths.operator.moderatedListings.getHref(),
      key: 'moderatedListings',
    },
    canAccess(me, { orgKinds: ['operator'] }) && {
      to: paths.operator.applications.getHref(),
      key: 'review',
    },
    canAccess(me, { orgKinds: ['operator'] }) && {
      to: paths.operator.audit.getHref(),
      key: 'audit',
    },
    canAccess(me, { orgKinds: ['operator'] }) && {
      to: paths.operator.jobs.getHref(),
      key: 'jobs',
    },
    canAccess(me, { orgKinds: ['operator'] }) && {
      to: paths.operator.searchSynonyms.getHref(),
      key: 'searchSynonyms',
    },
    canAccess(me, { orgKinds: ['operator'] }) && {
      to: paths.operator.searchAnalytics.getHref(),
      key: 'searchAnalytics',
    },
    canAccess(me, { orgKinds: ['operator'] }) && {
      to: paths.operator.recommendationRules.getHref(),
      key: 'recommendationRules',
    },
  ].filter(Boolean) as {
    to: string;
    key:
      | (typeof INTENTS_KEY)[keyof typeof INTENTS_KEY]
      | 'account'
      | 'problemsCompany'
      | 'problemsOperator'
      | 'problemDashboard'
      | 'members'
      | 'application'
      | 'workspace'
      | 'workspaceListings'
      | 'review'
      | 'audit'
      | 'stats'
      | 'companies'
      | 'listings'
      | 'moderatedListings'
      | 'jobs'
      | 'searchSynonyms'
      | 'searchAnalytics'
      | 'recommendationRules';
  }[];
}

/** Where sign-in should return to: this page, or the target a sign-in page already carries. */
function useReturnPath(): string | null {
  const { pathname, search } = useLocation();
  if (
    pathname === paths.auth.login.path ||
    pathname === paths.auth.register.path
  )
    return safeRedirect(new URLSearchParams(search).get('redirect'));
  return pathname === paths.home.path ? null : `${pathname}${search}`;
}

function SignedInMenu({ me }: { me: MeDto }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout({
    onSignedOut: () => void navigate(paths.home.getHref()),
  });

  return (
    <HeaderDropdown
      block="qf-account"
      panel="menu"
      trigger={
        <>
          <span className="qf-account__avatar" aria-hidden>
            {me.user.displayName.slice(0, 1)}
          </span>
          <span className="qf-account__names">
            <span className="qf-account__org">{me.organisation.name}</span>{' '}
            <span className="qf-account__user">{me.user.displayName}</span>
          </span>
        </>
      }
    >
      {(close) => (
        <>
          <ul>
            {menuLinks(me).map((link) => (
              <li key={link.key}>
                <Link to={link.to} onClick={close}>
                  {t(`accountMenu.${link.key}`)}
                </Link>
              </li>
            ))}
            <li>
              <button
                type="button"
                disabled={logout.isPending}
                onClick={logout.signOut}
              >
                {t('accountMenu.logout')}
              </button>
            </li>
          </ul>
          {logout.isError ? (
            <p role="alert">{t('accountMenu.logoutFailed')}</p>
          ) : null}
        </>
      )}
    </HeaderDropdown>
  );
}

/** The header's account corner: sign-in links, or who is signed in with their menu. */
export function AccountMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const returnPath = useReturnPath();

  // Until we know, keep the corner empty rather than flash the wrong links.
  if (me.isPending) return <div className="qf-account" />;
  if (me.data) return <SignedInMenu me={me.data} />;
  return (
    <div className="qf-account">
      <Link
        className="qf-account__link"
        to={paths.auth.login.getHref(returnPath)}
      >
        {t('accountMenu.login')}
      </Link>
      <Link
        className="qf-account__link qf-account__link--primary"
        to={paths.auth.register.getHref({ redirect: returnPath })}
      >
        {t('accountMenu.register')}
      </Link>
    </div>
  );
}
