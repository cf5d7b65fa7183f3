import type { AdminHome } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { formatDate } from '../referrals/format.ts';
import { HomeList, HomeListItem, HomeSection } from './HomeSection.tsx';

/** The administrator: is the set-up healthy, and where to fix what is not. */
export function AdminHomeView({ home }: { home: AdminHome }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const toAreas = <Link to="/beheer/gebieden">{t('homes.admin.areasLink')}</Link>;
  return (
    <>
      <Paragraph>{t('homes.admin.intro')}</Paragraph>
      <HomeSection
        title={t('homes.admin.areasTitle')}
        isEmpty={home.areasWithoutPostcodes.length === 0}
        empty={t('homes.admin.areasEmpty')}
        footer={home.areasWithoutPostcodes.length > 0 && toAreas}
      >
        <Paragraph>{t('homes.admin.areasHelp')}</Paragraph>
        <HomeList>
          {home.areasWithoutPostcodes.map((a) => (
            <HomeListItem key={a.id}>{a.name}</HomeListItem>
          ))}
        </HomeList>
      </HomeSection>
      <HomeSection
        title={t('homes.admin.teamsTitle')}
        isEmpty={home.teamsWithoutArea.length === 0}
        empty={t('homes.admin.teamsEmpty')}
        footer={home.teamsWithoutArea.length > 0 && toAreas}
      >
        <HomeList>
          {home.teamsWithoutArea.map((team) => (
            <HomeListItem key={team.id}>{team.name}</HomeListItem>
          ))}
        </HomeList>
      </HomeSection>
      <HomeSection
        title={t('homes.admin.deliveriesTitle')}
        footer={<Link to="/beheer/berichten">{t('homes.admin.messagesLink')}</Link>}
      >
        <Paragraph>
          {home.failedDeliveries > 0
            ? t('homes.admin.failed', { count: home.failedDeliveries })
            : t('homes.admin.failedNone')}
          {home.pendingDeliveries > 0 && <> {t('homes.admin.pending', { count: home.pendingDeliveries })}</>}
        </Paragraph>
      </HomeSection>
      <HomeSection title={t('homes.admin.apiClientsTitle')}>
        <Paragraph>
          {t('homes.admin.apiClients', {
            active: home.apiClients.active,
            unused: home.apiClients.unusedFor90Days,
          })}
        </Paragraph>
        <Paragraph>{t('homes.admin.apiClientsHelp')}</Paragraph>
      </HomeSection>
      <HomeSection title={t('homes.admin.auditTitle')}>
        <Paragraph>
          {home.lastAuditCheckpointAt
            ? t('homes.admin.auditSigned', { date: formatDate(home.lastAuditCheckpointAt, language) })
            : t('homes.admin.auditNever')}
        </Paragraph>
      </HomeSection>
    </>
  );
}
