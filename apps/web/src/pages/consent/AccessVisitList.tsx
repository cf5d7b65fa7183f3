import type { AccessVisit } from '@een-plan/contracts';
import { useLanguage } from '../../i18n/use-language.ts';
import { entryWords, visitSentence } from './access-visits.ts';
import { type ConsentTextKey, useConsentText } from './use-consent-text.ts';
import './consent-pages.css';

/**
 * The family's access log as a list: one line per visit in plain words ("Sanne de Vries
 * (regisseur) bekeek uw gezinsplan"), why it was allowed, and every row on demand. A list, not a
 * table, so it fits a phone without scrolling sideways.
 */
export function AccessVisitList({ visits }: { visits: readonly AccessVisit[] }) {
  const t = useConsentText();
  const language = useLanguage();
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  const moment = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
  const bases = (visit: AccessVisit) =>
    visit.bases.map((b) => t(`accessLog.bases.${b}` as ConsentTextKey).toLowerCase()).join(', ');
  return (
    <section aria-labelledby="access-visits">
      <h2 id="access-visits" className="visually-hidden">
        {t('accessWords.caption')}
      </h2>
      <ol className="access-visits" aria-labelledby="access-visits">
        {visits.map((visit) => (
          <li key={visit.id} className="access-visits__visit">
            <p className="access-visits__when">
              <time dateTime={visit.endedAt}>{moment.format(new Date(visit.endedAt))}</time>
            </p>
            <p className="access-visits__what">{visitSentence(visit, t, language)}</p>
            <p className="access-visits__why">
              {visit.outcome === 'denied'
                ? t('accessWords.refusedLine')
                : t('accessWords.basisLine', { bases: bases(visit) })}
              {visit.outcome === 'mixed' && <> {t('accessWords.mixedLine')}</>}
            </p>
            <details className="access-visits__details">
              <summary>{t('accessWords.details', { count: visit.entries.length })}</summary>
              <ul>
                {visit.entries.map((e) => (
                  <li key={e.seq}>
                    <time dateTime={e.occurredAt}>{time.format(new Date(e.occurredAt))}</time>{' '}
                    {entryWords(e, t, language)}
                    {e.organisation && <> ({e.organisation})</>}
                    {' – '}
                    {e.outcome === 'success' ? t(`accessLog.bases.${e.basis}`) : t('accessWords.refused')}
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
