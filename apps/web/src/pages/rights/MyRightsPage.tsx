import type { RightsCase, RightsContact } from '@een-plan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { myLetterUrl, myRightsQuery } from '../../api/rights-api.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { UtrechtLink } from '../../components/Link.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { UnorderedList, UnorderedListItem } from '../../components/UnorderedList.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { formatDate } from '../referrals/format.ts';
import { LetterLinks } from './LetterLinks.tsx';
import { MyRightsForm } from './MyRightsForm.tsx';
import { WithdrawCase } from './WithdrawCase.tsx';

/** "Mijn rechten": what the resident can do, whom to ask for independent help, and how each request stands. */
export function MyRightsPage() {
  const { t } = useTranslation();
  usePageTitle(t('rights.portal.title'));
  const query = useQuery(myRightsQuery);
  return (
    <>
      <Heading level={1}>{t('rights.portal.title')}</Heading>
      <Paragraph lead>{t('rights.portal.intro')}</Paragraph>
      <Heading level={2}>{t('rights.portal.objectTitle')}</Heading>
      <Paragraph>{t('rights.portal.objectText')}</Paragraph>
      <Heading level={2}>{t('rights.portal.complainTitle')}</Heading>
      <Paragraph>{t('rights.portal.complainText')}</Paragraph>
      <Heading level={2}>{t('rights.portal.secondOpinionTitle')}</Heading>
      <Paragraph>{t('rights.portal.secondOpinionText')}</Paragraph>
      <Heading level={2}>{t('rights.portal.changeTitle')}</Heading>
      <Paragraph>{t('rights.portal.changeText')}</Paragraph>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => query.refetch()} />}
      {query.data && (
        <>
          <Heading level={2}>{t('rights.portal.helpTitle')}</Heading>
          <Contact
            title={t('rights.portal.vertrouwenspersoon')}
            text={t('rights.portal.vertrouwenspersoonText')}
            contact={query.data.vertrouwenspersoon}
          />
          <Contact
            title={t('rights.portal.clientSupport')}
            text={t('rights.portal.clientSupportText')}
            contact={query.data.clientSupport}
          />
          <Heading level={2}>{t('rights.portal.statusTitle')}</Heading>
          {query.data.cases.length === 0 ? (
            <Paragraph>{t('rights.portal.empty')}</Paragraph>
          ) : (
            <UnorderedList>
              {query.data.cases.map((c) => (
                <UnorderedListItem key={c.id}>
                  <CaseStatus c={c} />
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
          <MyRightsForm data={query.data} />
        </>
      )}
    </>
  );
}

function Contact({ title, text, contact }: { title: string; text: string; contact: RightsContact }) {
  const { t } = useTranslation();
  return (
    <section>
      <Heading level={3}>{title}</Heading>
      <Paragraph>{text}</Paragraph>
      {contact.name ? (
        <Paragraph>
          <strong>{contact.name}</strong>
          {contact.phone && (
            <>
              <br />
              {t('rights.portal.phone', { value: contact.phone })}
            </>
          )}
          {contact.email && (
            <>
              <br />
              {t('rights.portal.email', { value: contact.email })}
            </>
          )}
          {contact.website && (
            <>
              <br />
              <UtrechtLink href={contact.website} rel="noreferrer">
                {t('rights.portal.website')}: {contact.website}
              </UtrechtLink>
            </>
          )}
        </Paragraph>
      ) : (
        <Paragraph>{t('rights.portal.notSet')}</Paragraph>
      )}
    </section>
  );
}

/** One case in plain words: what it is, when it came in, what happens next and by when. */
function CaseStatus({ c }: { c: RightsCase }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const d = (iso: string) => formatDate(iso, language);
  const open = c.status !== 'decided' && c.status !== 'withdrawn';
  return (
    <div className="rights-case">
      <Heading level={3}>
        {t(`rights.words.kind.${c.kind}`)}: {c.subject}
      </Heading>
      <StatusBadge status={!open ? 'success' : c.overdue ? 'warning' : 'active'}>
        {t(`rights.words.status.${c.status}`)}
      </StatusBadge>
      <Paragraph>{t('rights.portal.received', { date: d(c.receivedOn) })}</Paragraph>
      {c.routedToName && <Paragraph>{t('rights.portal.routedTo', { name: c.routedToName })}</Paragraph>}
      {c.acknowledgedOn && (
        <Paragraph>{t('rights.portal.acknowledged', { date: d(c.acknowledgedOn) })}</Paragraph>
      )}
      {c.late && <Paragraph>{t('rights.portal.late')}</Paragraph>}
      {c.kind === 'request' && c.filingDeadline && c.outcome !== 'granted' && (
        <Paragraph>{t('rights.portal.objectUntil', { date: d(c.filingDeadline) })}</Paragraph>
      )}
      {c.postponementReason && (
        <Paragraph>{t('rights.portal.postponed', { reason: c.postponementReason })}</Paragraph>
      )}
      {c.hearingOn && open && <Paragraph>{t('rights.portal.hearing', { date: d(c.hearingOn) })}</Paragraph>}
      {open && c.dueOn && <Paragraph>{t('rights.portal.dueOn', { date: d(c.dueOn) })}</Paragraph>}
      {c.withdrawnOn && <Paragraph>{t('rights.portal.withdrawn', { date: d(c.withdrawnOn) })}</Paragraph>}
      {c.decidedOn && c.outcome && (
        <>
          <Paragraph>
            {t('rights.portal.decided', {
              date: d(c.decidedOn),
              outcome: t(`rights.words.outcome.${c.outcome}`),
            })}
          </Paragraph>
          {c.decisionReason && (
            <Paragraph>{t('rights.portal.reason', { reason: c.decisionReason })}</Paragraph>
          )}
        </>
      )}
      <LetterLinks letters={c.letters} urlFor={(letterId) => myLetterUrl(c.id, letterId)} />
      {open && <WithdrawCase c={c} />}
    </div>
  );
}
