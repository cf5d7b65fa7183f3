import { useTranslation } from 'react-i18next';
import type { consentNl } from '../../i18n/consent.nl.ts';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every text key of the `consent` namespace. */
export type ConsentTextKey = Leaves<typeof consentNl>;

/**
 * The consent pages' texts live in their own i18next namespace (`consent`); this typed accessor
 * keeps the default namespace's key union (and TypeScript's instantiation depth) as it was.
 */
export function useConsentText(): (key: ConsentTextKey, options?: Record<string, unknown>) => string {
  const { t } = useTranslation();
  const loose = t as unknown as (key: string, options: Record<string, unknown>) => string;
  return (key, options) => loose(key, { ns: 'consent', ...options });
}
