import type { Locale } from '@een-plan/contracts';
import type { FastifyRequest } from 'fastify';

/**
 * The language of a document the server writes for a person (PDF letters and plans).
 * The web app stores the person's choice in the browser (`language-preference.ts`) and adds it as
 * `?lang=nl|en` to download links, because a link cannot carry a header. Without it an API client's
 * `Accept-Language` decides; Dutch otherwise.
 */
export function requestLocale(request: FastifyRequest): Locale {
  const lang = (request.query as Record<string, unknown> | undefined)?.lang;
  if (lang === 'nl' || lang === 'en') return lang;
  const header = request.headers['accept-language'];
  const first = typeof header === 'string' ? header.split(',')[0]?.trim().slice(0, 2).toLowerCase() : '';
  return first === 'en' ? 'en' : 'nl';
}

/** A date as a letter writes it: 3-11-2026 in Dutch, 3 November 2026 in English. */
export function documentDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-');
  if (locale === 'nl') return `${Number(d)}-${Number(m)}-${y}`;
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
