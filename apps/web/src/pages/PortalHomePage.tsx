import type { PortalHome } from '@een-plan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { homeQuery } from '../api/queries.ts';
import { ErrorState } from '../components/ErrorState.tsx';
import { Heading } from '../components/Heading.tsx';
import { Link } from '../components/Link.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { Paragraph } from '../components/Paragraph.tsx';
import { UnorderedList, UnorderedListItem } from '../components/UnorderedList.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';
import { ConsentLinks } from './consent/ConsentLinks.tsx';
import { SatisfactionQuestions } from './outcomes/SatisfactionQuestions.tsx';

function HouseholdOverview({ home }: { home: PortalHome }) {
  const { t } = useTranslation();
  return (
    <>
      <Heading level={2}>{t('portal.household')}</Heading>
      <Paragraph className="portal-household-name">{home.householdName}</Paragraph>

      <Heading level={2}>{t('portal.coordinatorTitle')}</Heading>
      <Paragraph>
        {home.coordinatorName
          ? t('portal.coordinator', { name: home.coordinatorName })
          : t('portal.noCoordinator')}
      </Paragraph>

      <Heading level={2}>{t('portal.membersTitle')}</Heading>
      {home.members.length === 0 ? (
        <Paragraph>{t('portal.membersEmpty')}</Paragraph>
      ) : (
        <UnorderedList>
          {home.members.map((member) => (
            <UnorderedListItem key={member.id}>
              {t('portal.member', { name: member.firstName, age: member.age })}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </>
  );
}

export function PortalHomePage() {
  const { t } = useTranslation();
  usePageTitle(t('portal.title'));
  const home = useQuery(homeQuery);

  return (
    <div aria-busy={home.isPending}>
      <Heading level={1}>{t('portal.title')}</Heading>
      <Paragraph lead>{t('portal.intro')}</Paragraph>
      <SatisfactionQuestions />
      <Paragraph>
        <Link to="/mijn-plan/plan">{t('plans.portal.open')}</Link>
      </Paragraph>
      <Paragraph>
        <Link to="/mijn-plan/toekomstplan">{t('futurePlan.portal.link')}</Link>
      </Paragraph>
      <Paragraph>
        <Link to="/mijn-plan/voorbereiding">{t('preparation.link')}</Link>
      </Paragraph>
      <Paragraph>
        <Link to="/aanmelden">{t('portal.fileSignal')}</Link>
      </Paragraph>
      <ConsentLinks />
      {home.isPending && <LoadingState />}
      {home.isError && <ErrorState error={home.error} onRetry={() => void home.refetch()} />}
      {home.isSuccess && home.data.kind === 'portal' && <HouseholdOverview home={home.data} />}
    </div>
  );
}
