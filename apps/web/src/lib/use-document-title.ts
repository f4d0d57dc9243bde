import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets "<page> · 企服超市"; pass null while the page's subject is still loading. */
export function useDocumentTitle(
  pageTitle: string | null,
  options: { full?: boolean } = {},
) {
  const { t } = useTranslation();
  const suffix = t('app.titleSuffix');
  const { full = false } = options;
  useEffect(() => {
    if (pageTitle === null) return;
    document.title = full ? pageTitle : `${pageTitle} · ${suffix}`;
  }, [pageTitle, suffix, full]);
}
