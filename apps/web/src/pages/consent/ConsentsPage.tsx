import type { ConsentList } from '@een-plan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { householdConsentsQuery, myConsentsQuery } from '../../api/consent-api.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { Table, TableBody, TableHeader, TableHeaderCell, TableRow } from '../../components/Table.tsx';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { ConsentGrantForm } from './ConsentGrantForm.tsx';
import { ConsentRow } from './ConsentRow.tsx';
import { PendingConsents } from './PendingConsents.tsx';
import { useConsentText } from './use-consent-text.ts';

function ConsentsBody({ list, recording }: { list: ConsentList; recording: boolean }) {
  const t = useConsentText();
  return (
    <>
      <PendingConsents list={list} recording={recording} />
      <section aria-labelledby="consent-current">
        <Heading level={2} id="consent-current">
          {t('consent.current')}
        </Heading>
        {list.consents.length === 0 ? (
          <Paragraph>{t('consent.empty')}</Paragraph>
        ) : (
          <Table caption={t('consent.current')} hideCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('consent.about')}</TableHeaderCell>
                <TableHeaderCell>{t('consent.who')}</TableHeaderCell>
                <TableHeaderCell>{t('consent.what')}</TableHeaderCell>
                <TableHeaderCell>{t('consent.why')}</TableHeaderCell>
                <TableHeaderCell>{t('consent.until')}</TableHeaderCell>
                <TableHeaderCell>{t('consent.status')}</TableHeaderCell>
                <TableHeaderCell>{t('consent.how')}</TableHeaderCell>
                <TableHeaderCell>{t('consent.actions')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {list.consents.map((c) => (
                <ConsentRow key={c.id} consent={c} householdId={list.householdId} members={list.members} />
              ))}
            </TableBody>
          </Table>
        )}
      </section>
      <ConsentGrantForm list={list} recording={recording} />
    </>
  );
}

/** "Wie mag wat zien": the family gives, sees and withdraws consent (/mijn-plan/toestemmingen). */
export function ConsentsPage() {
  const t = useConsentText();
  usePageTitle(t('consent.title'));
  const query = useQuery(myConsentsQuery);
  return (
    <>
      <Heading level={1}>{t('consent.title')}</Heading>
      <Paragraph lead>{t('consent.intro')}</Paragraph>
      <Paragraph>
        <Link to="/mijn-plan/wie-heeft-gekeken">{t('consent.logLink')}</Link>
      </Paragraph>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => query.refetch()} />}
      {query.data && <ConsentsBody list={query.data} recording={false} />}
    </>
  );
}

/** The coordinator records a consent given on paper or in a conversation (who, when, how). */
export function HouseholdConsentsPage() {
  const t = useConsentText();
  usePageTitle(t('consent.recordTitle'));
  const { householdId } = useParams({ strict: false }) as { householdId: string };
  const query = useQuery(householdConsentsQuery(householdId));
  return (
    <>
      <Heading level={1}>{t('consent.recordTitle')}</Heading>
      <Paragraph lead>{t('consent.recordIntro')}</Paragraph>
      <Paragraph>
        <Link to="/werkruimte/huishoudens/$householdId" params={{ householdId }}>
          {t('consent.recordBack')}
        </Link>
      </Paragraph>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => query.refetch()} />}
      {query.data && <ConsentsBody list={query.data} recording />}
    </>
  );
}
