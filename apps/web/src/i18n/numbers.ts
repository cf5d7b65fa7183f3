/**
 * Numbers as the reader's language writes them: Dutch "0,7" and "1.234", English "0.7" and "1,234".
 * One place, so every figure, chart label, table and summary on a page agrees with its text.
 */
import { useLanguage } from './use-language.ts';

const localeOf = (language: string) => (language === 'en' ? 'en-GB' : 'nl-NL');

/** A count or an average (at most one decimal unless asked otherwise); '' for no number. */
export function formatNumber(
  value: number | null | undefined,
  language: string,
  options: Intl.NumberFormatOptions = { maximumFractionDigits: 1 },
): string {
  if (value == null || !Number.isFinite(value)) return '';
  return new Intl.NumberFormat(localeOf(language), options).format(value);
}

/** A share of 0…1 as a whole percentage ("70%"). */
export function formatPercent(share: number, language: string): string {
  return formatNumber(share, language, { style: 'percent', maximumFractionDigits: 0 });
}

/** Euro cents as an amount in euro ("€ 1.234,50"). */
export function formatEuro(cents: number, language: string): string {
  return formatNumber(cents / 100, language, { style: 'currency', currency: 'EUR' });
}

/** `formatNumber` in the current language, for components. */
export function useFormatNumber(): (value: number | null | undefined) => string {
  const language = useLanguage();
  return (value) => formatNumber(value, language);
}
