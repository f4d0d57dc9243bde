import { useId } from 'react';
import type { ProviderDetailDto, ProviderSummaryDto } from '@qifu/contracts';
import {
  EnvironmentOutlined,
  GlobalOutlined,
  MailOutlined,
  PhoneOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';

export interface ProviderContactCardProps {
  provider: ProviderSummaryDto &
    Partial<Pick<ProviderDetailDto, 'contactEmail' | 'website'>>;
  /** Show the name as a link to the provider's page (off on that page itself). */
  linkName?: boolean;
  /** Stable hook for browser tests on the element holding the provider's name. */
  nameTestId?: string;
  title?: string;
}

function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

// Only web addresses become links; anything else (e.g. "javascript:") stays text.
function safeWebsite(url: string | null | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

export function ProviderContactCard({
  provider,
  linkName = true,
  nameTestId,
  title,
}: ProviderContactCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const website = safeWebsite(provider.website);

  return (
    <section className="qf-card qf-contact-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="qf-contact-card__heading">
        {title ?? t('services.detail.provider')}
      </h2>
      <div className="qf-contact-card__name" data-testid={nameTestId}>
        {linkName ? (
          <Link to={paths.providers.detail.getHref(provider.id)}>
            {provider.name}
          </Link>
        ) : (
          provider.name
        )}
      </div>
      <span className="qf-tag qf-tag--kind">
        {t(`providerKind.${provider.kind}`)}
      </span>
      <dl className="qf-contact-list">
        {provider.contactName ? (
          <div>
            <dt>
              <UserOutlined aria-hidden /> {t('providers.detail.contactName')}
            </dt>
            <dd>{provider.contactName}</dd>
          </div>
        ) : null}
        {provider.contactPhone ? (
          <div>
            <dt>
              <PhoneOutlined aria-hidden /> {t('providers.detail.contactPhone')}
            </dt>
            <dd>
              <a href={telHref(provider.contactPhone)}>
                {provider.contactPhone}
              </a>
            </dd>
          </div>
        ) : null}
        {provider.contactEmail ? (
          <div>
            <dt>
              <MailOutlined aria-hidden /> {t('providers.detail.email')}
            </dt>
            <dd>
              <a href={`mailto:${provider.contactEmail}`}>
                {provider.contactEmail}
              </a>
            </dd>
          </div>
        ) : null}
        {website ? (
          <div>
            <dt>
              <GlobalOutlined aria-hidden /> {t('providers.detail.website')}
            </dt>
            <dd>
              <a href={website} target="_blank" rel="noopener noreferrer">
                {website}
              </a>
            </dd>
          </div>
        ) : null}
        {provider.address ? (
          <div>
            <dt>
              <EnvironmentOutlined aria-hidden />{' '}
              {t('providers.detail.address')}
            </dt>
            <dd>{provider.address}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
