import { ConsentSection } from '@een-plan/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import {
  type AccessLogFilter,
  accessLogPdfUrl,
  accessLogSearch,
  myAccessLogQuery,
  myDataPdfUrl,
} from '../../api/consent-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link, UtrechtLink } from '../../components/Link.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { SelectField, TextField } from '../households/form-fields.tsx';
import { AccessVisitList } from './AccessVisitList.tsx';
import { useConsentText } from './use-consent-text.ts';

/** "Wie heeft mijn gegevens bekeken": the household's access log in plain Dutch, filterable and exportable. */
export function AccessLogPage() {
  const t = useConsentText();
  const language = useLanguage();
  usePageTitle(t('accessLog.title'));
  const [draft, setDraft] = useState<AccessLogFilter>({ page: 1, section: '', from: '', to: '' });
  const [filter, setFilter] = useState<AccessLogFilter>(draft);
  const query = useQuery({ ...myAccessLogQuery(filter), placeholderData: keepPreviousData });
  function submit(event: FormEvent) {
    event.preventDefault();
    setFilter({ ...draft, page: 1 });
  }
  return (
    <>
      <Heading level={1}>{t('accessLog.title')}</Heading>
      <Paragraph lead>{t('accessLog.intro')}</Paragraph>
      <Paragraph>
        <Link to="/mijn-plan/toestemmingen">{t('consent.title')}</Link>
      </Paragraph>
      <form onSubmit={submit} noValidate className="access-log-filter">
        <SelectField
          label={t('accessLog.filterSection')}
          value={draft.section}
          onChange={(e) => setDraft({ ...draft, section: e.target.value })}
        >
          <option value="">{t('accessLog.allSections')}</option>
          {ConsentSection.options.map((s) => (
            <option key={s} value={s}>
              {t(`consent.sections.${s}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('accessLog.from')}
          type="date"
          value={draft.from}
          onChange={(e) => setDraft({ ...draft, from: e.target.value })}
        />
        <TextField
          label={t('accessLog.to')}
          type="date"
          value={draft.to}
          onChange={(e) => setDraft({ ...draft, to: e.target.value })}
        />
        <Button type="submit">{t('accessLog.apply')}</Button>
      </form>
      <Paragraph>
        <UtrechtLink href={accessLogSearch(filter, 'csv', language)} download>
          {t('accessLog.downloadCsv')}
        </UtrechtLink>
        {' · '}
        <UtrechtLink href={accessLogPdfUrl(filter, language)} download>
          {t('accessLog.downloadPdf')}
        </UtrechtLink>
        {' · '}
        <UtrechtLink href="/api/my/data-export" download>
          {t('accessLog.downloadMyData')}
        </UtrechtLink>
        {' · '}
        <UtrechtLink href={myDataPdfUrl(language)} download>
          {t('accessLog.downloadMyDataPdf')}
        </UtrechtLink>
      </Paragraph>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => query.refetch()} />}
      {query.data &&
        (query.data.visits.length === 0 ? (
          <Paragraph>{t('accessLog.empty')}</Paragraph>
        ) : (
          <AccessVisitList visits={query.data.visits} />
        ))}
      {query.data && (
        <nav aria-label={t('accessLog.page', { page: filter.page })}>
          <Button disabled={filter.page <= 1} onClick={() => setFilter({ ...filter, page: filter.page - 1 })}>
            {t('accessLog.previous')}
          </Button>{' '}
          <span>{t('accessLog.page', { page: filter.page })}</span>{' '}
          <Button
            disabled={!query.data.hasMore}
            onClick={() => setFilter({ ...filter, page: filter.page + 1 })}
          >
            {t('accessLog.next')}
          </Button>
        </nav>
      )}
    </>
  );
}
