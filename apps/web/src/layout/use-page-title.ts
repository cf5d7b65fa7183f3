import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Each page gets its own document title, so tabs, history and screen readers can tell them apart. */
export function usePageTitle(page: string): void {
  const { t } = useTranslation();
  // A soft hyphen (where a long Dutch word may break on a phone) has no place in a tab's title.
  const title = t('app.pageTitle', { page: page.replaceAll('\u00AD', '') });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
