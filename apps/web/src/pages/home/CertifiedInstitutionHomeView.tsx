import type { CertifiedInstitutionHome } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { formatDate } from '../referrals/format.ts';
import { HomeList, HomeListItem, HomeSection } from './HomeSection.tsx';

/** A certified institution (GI): its measures in force, nearest deadline first. */
export function CertifiedInstitutionHomeView({ home }: { home: CertifiedInstitutionHome }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <Paragraph>{t('protection.home.intro')}</Paragraph>
      <HomeSection
        title={t('protection.home.title')}
        isEmpty={home.measures.total === 0}
        empty={t('protection.empty')}
        footer={<Link to="/maatregelen">{t('protection.home.link')}</Link>}
      >
        <Paragraph>{t('protection.home.summary', { count: home.deadlinesWithin30Days })}</Paragraph>
        <HomeList>
          {home.measures.items.map((m) => (
            <HomeListItem key={m.id}>
              <Link to="/maatregelen/$measureId" params={{ measureId: m.id }}>
                {m.personFirstName}: {t(`protection.kind.${m.kind}`)}
              </Link>{' '}
              <StatusBadge status={m.status === 'active' ? 'active' : 'warning'}>
                {t(`protection.status.${m.status}`)}
              </StatusBadge>{' '}
              {m.nextDeadline && `${t('protection.next')}: ${formatDate(m.nextDeadline, language)}`}
            </HomeListItem>
          ))}
        </HomeList>
      </HomeSection>
    </>
  );
}
