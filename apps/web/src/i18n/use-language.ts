import type { Locale } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { isLocale } from './language-preference.ts';

export function useLanguage(): Locale {
  const { i18n } = useTranslation();
  return isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'nl';
}
