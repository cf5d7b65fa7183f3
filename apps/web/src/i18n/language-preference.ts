import type { Locale } from '@een-plan/contracts';

const storageKey = 'een-plan.language';
export const supportedLanguages: readonly Locale[] = ['nl', 'en'];
export const defaultLanguage: Locale = 'nl';

export function isLocale(value: unknown): value is Locale {
  return supportedLanguages.includes(value as Locale);
}

/** Dutch unless the person chose English before; the browser language is ignored on purpose. */
export function readLanguagePreference(): Locale {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isLocale(stored) ? stored : defaultLanguage;
  } catch {
    // Storage can be blocked (privacy settings); the app must still work in Dutch.
    return defaultLanguage;
  }
}

export function storeLanguagePreference(language: Locale): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Not remembering the choice is acceptable; failing the switch is not.
  }
}
