import type { Locale } from '@een-plan/contracts';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { consentEn } from './consent.en.ts';
import { consentNl } from './consent.nl.ts';
import { en } from './en.ts';
import { defaultLanguage, storeLanguagePreference } from './language-preference.ts';
import { nl } from './nl.ts';

const resources = {
  nl: { translation: nl, consent: consentNl },
  en: { translation: en, consent: consentEn },
} as const;

function applyDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
}

export function initI18n(language: Locale): typeof i18next {
  i18next.on('languageChanged', applyDocumentLanguage);
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: defaultLanguage,
    supportedLngs: ['nl', 'en'],
    // Resources are bundled, so initialise synchronously and render translated text on first paint.
    initAsync: false,
    // React already escapes rendered text.
    interpolation: { escapeValue: false },
  });
  applyDocumentLanguage(language);
  return i18next;
}

export async function changeLanguage(language: Locale): Promise<void> {
  storeLanguagePreference(language);
  await i18next.changeLanguage(language);
}
