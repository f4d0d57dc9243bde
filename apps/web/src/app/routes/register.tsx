import type { MeDto } from '@qifu/contracts';
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { paths } from '../../config/paths';
import { useCategories } from '../../features/categories/api/get-categories';
import { CompanyRegisterForm } from '../../features/auth/components/company-register-form';
import { ProviderRegisterForm } from '../../features/auth/components/provider-register-form';
import { safeRedirect } from '../../lib/safe-redirect';
import { parseOneOf } from '../../lib/search-params';
import { useDocumentTitle } from '../../lib/use-document-title';

const KINDS = ['company', 'provider'] as const;
type RegisterKind = (typeof KINDS)[number];

export function RegisterRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const redirect = safeRedirect(searchParams.get('redirect'));
  const kind: RegisterKind =
    parseOneOf(KINDS, searchParams.get('kind')) ?? 'company';
  useDocumentTitle(t('register.documentTitle'));
  const categories = useCategories();

  const onRegistered = (me: MeDto) => {
    // A provider's next step is the review of its application, wherever it came from.
    const target =
      me.organisation.kind === 'provider'
        ? paths.account.application.getHref()
        : (redirect ?? paths.home.getHref());
    void navigate(target, { replace: true });
  };

  return (
    <div className="qf-auth qf-auth--wide">
      <div className="qf-auth__panel">
        <h1 className="qf-auth__title">{t('register.title')}</h1>
        <p className="qf-auth__text">{t('register.text')}</p>
        <Tabs
          aria-label={t('register.tabsLabel')}
          activeKey={kind}
          onChange={(key) => {
            const next = new URLSearchParams(searchParams);
            next.set('kind', key);
            setSearchParams(next, { replace: true });
          }}
          items={[
            {
              key: 'company',
              label: t('register.tabCompany'),
              children: <CompanyRegisterForm onRegistered={onRegistered} />,
            },
            {
              key: 'provider',
              label: t('register.tabProvider'),
              children: (
                <ProviderRegisterForm
                  categories={categories.data ?? []}
                  categoriesLoading={categories.isPending}
                  categoriesFailed={categories.isError}
                  onRegistered={onRegistered}
                />
              ),
            },
          ]}
        />
        <p className="qf-auth__switch">
          {t('register.haveAccount')}{' '}
          <Link to={paths.auth.login.getHref(redirect)}>
            {t('register.login')}
          </Link>
        </p>
      </div>
    </div>
  );
}
