import type { ServiceStatus } from '@qifu/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<ServiceStatus, string | undefined> = {
  draft: undefined,
  published: 'green',
  unlisted: 'orange',
};

export function ListingStatusTag({
  status,
  moderated = false,
}: {
  status: ServiceStatus;
  /** Unlisted by the park operator, not by the provider. */
  moderated?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Tag color={moderated ? 'red' : COLORS[status]}>
      {moderated
        ? t('workspace.listings.moderatedTag')
        : t(`listingStatus.${status}`)}
    </Tag>
  );
}
