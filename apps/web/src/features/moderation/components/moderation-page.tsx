import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../../components/ui/filter-bar';
import { PageHeader } from '../../../components/ui/page-header';
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

export interface ModerationPageProps {
  title: string;
  text: string;
  search: { label: string; placeholder: string; maxLength?: number };
  q: string;
  onSearch: (q: string) => void;
  /** The table. */
  children: ReactNode;
}

/** Both listing views: header, tabs, one keyword box, then the table. */
export function ModerationPage({
  title,
  text,
  search,
  q,
  onSearch,
  children,
}: ModerationPageProps) {
  return (
    <>
      <PageHeader title={title} description={text} />
      <ModerationNav />
      <FilterBar<{ q: string }>
        label={search.label}
        className="qf-filters--inline"
        values={{ q }}
        onChange={(change) => onSearch(change.q ?? '')}
        fields={[{ kind: 'search', key: 'q', ...search }]}
      />
      <div className="qf-panel qf-panel--table">{children}</div>
    </>
  );
}
