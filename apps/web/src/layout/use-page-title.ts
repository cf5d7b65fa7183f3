import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Each page gets its own document title, so tabs, history and screen readers can tell them apart. */
export function usePageTitle(page: string): void {
  const { t } = useTranslation();
  const title = t('app.pageTitle', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
