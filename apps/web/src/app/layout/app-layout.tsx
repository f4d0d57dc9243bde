import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, ScrollRestoration } from 'react-router';
import logoUrl from '../../assets/logo.svg';
import { paths } from '../../config/paths';
import { AccountMenu } from '../../features/auth/components/account-menu';
import { APP_LANGUAGES, changeAppLanguage, type AppLanguage } from '../../i18n';
import { useAppLanguage } from '../../i18n/use-app-language';
import { NotificationCorner } from './notification-corner';
import { PageFallback } from './page-fallback';

function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useAppLanguage();
  const labels: Record<AppLanguage, string> = {
    'zh-CN': t('language.zh'),
    'en-US': t('language.en'),
  };
  return (
    <div role="group" aria-label={t('language.label')} className="qf-lang">
      {APP_LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={language === current}
          className="qf-lang__option"
          onClick={() => void changeAppLanguage(language)}
        >
          {labels[language]}
        </button>
      ))}
    </div>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const navClass = ({ isActive }: { isActive: boolean }) =>
    isActive ? 'qf-nav__link qf-nav__link--active' : 'qf-nav__link';

  return (
    <div className="qf-app">
      <a href="#main" className="qf-skip-link">
        {t('app.skipToContent')}
      </a>
      <header className="qf-header">
        <div className="qf-container qf-header__inner">
          <Link to={paths.home.getHref()} className="qf-brand">
            <img src={logoUrl} alt={t('app.logoAlt')} width={32} height={32} />
            <span className="qf-brand__text">
              <span className="qf-brand__name">{t('app.name')}</span>
              <span className="qf-brand__sub">{t('app.parkName')}</span>
            </span>
          </Link>
          <nav aria-label={t('nav.label')} className="qf-nav">
            <NavLink to={paths.home.getHref()} end className={navClass}>
              {t('nav.home')}
            </NavLink>
            <NavLink to={paths.services.list.getHref()} className={navClass}>
              {t('nav.services')}
            </NavLink>
            <NavLink to={paths.providers.list.getHref()} className={navClass}>
              {t('nav.providers')}
            </NavLink>
          </nav>
          <nav
            aria-label={t('accountMenu.label')}
            className="qf-header__account"
          >
            <NotificationCorner />
            <AccountMenu />
          </nav>
          <div className="qf-header__lang">
            <LanguageSwitch />
          </div>
        </div>
      </header>

      <main id="main" tabIndex={-1} className="qf-main">
        <div className="qf-container">
          <Suspense fallback={<PageFallback />}>
            <Outlet />
          </Suspense>
        </div>
      </main>

      <footer className="qf-footer">
        <div className="qf-container qf-footer__inner">
          <div className="qf-footer__brand">
            <strong>{t('app.fullName')}</strong>
            <p>{t('footer.about')}</p>
          </div>
          <dl className="qf-footer__facts">
            <div>
              <dt>{t('footer.addressLabel')}</dt>
              <dd>
                <address>{t('footer.address')}</address>
              </dd>
            </div>
            <div>
              <dt>{t('footer.operatorLabel')}</dt>
              <dd>{t('footer.operator')}</dd>
            </div>
          </dl>
          <p className="qf-footer__copyright">
            {t('footer.copyright', { year: new Date().getFullYear() })}
          </p>
        </div>
      </footer>
      <ScrollRestoration />
    </div>
  );
}
