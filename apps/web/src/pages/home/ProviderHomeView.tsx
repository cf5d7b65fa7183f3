import type { ProviderAssignmentItem, ProviderHome } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Link } from '../../components/Link.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { formatEuro } from '../assignments/format.ts';
import { formatDate } from '../referrals/format.ts';
import { HomeList, HomeListItem, HomeSection } from './HomeSection.tsx';

type Item = z.infer<typeof ProviderAssignmentItem>;

function AssignmentItems({ items }: { items: Item[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <HomeList>
      {items.map((a) => (
        <HomeListItem key={a.assignmentId}>
          {t('homes.provider.assignment', {
            number: a.assignmentNumber,
            name: a.personFirstName,
            product: a.productName,
          })}
          {a.startDueDate && (
            <>, {t('homes.provider.startDue', { date: formatDate(a.startDueDate, language) })}</>
          )}
        </HomeListItem>
      ))}
    </HomeList>
  );
}

/** A provider: assignments to answer with a start, starts overdue, open requests, declarations. */
export function ProviderHomeView({ home }: { home: ProviderHome }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const toAssignments = <Link to="/toewijzingen">{t('homes.provider.assignmentsLink')}</Link>;
  return (
    <>
      <HomeSection
        title={t('homes.provider.overdueTitle')}
        isEmpty={home.startsOverdue.total === 0}
        empty={t('homes.provider.overdueEmpty')}
        footer={home.startsOverdue.total > 0 && toAssignments}
      >
        <AssignmentItems items={home.startsOverdue.items} />
      </HomeSection>
      <HomeSection
        title={t('homes.provider.newTitle')}
        isEmpty={home.newAssignments.total === 0}
        empty={t('homes.provider.newEmpty')}
        footer={home.newAssignments.total > 0 && toAssignments}
      >
        <AssignmentItems items={home.newAssignments.items} />
      </HomeSection>
      <HomeSection
        title={t('homes.provider.requestsTitle')}
        isEmpty={home.openRequests.total === 0}
        empty={t('homes.provider.requestsEmpty')}
        footer={home.openRequests.total > 0 && toAssignments}
      >
        <HomeList>
          {home.openRequests.items.map((r) => (
            <HomeListItem key={r.requestId}>
              {t('homes.provider.request', {
                reference: r.providerReference,
                product: r.productName ?? '—',
                date: formatDate(r.createdAt, language),
              })}
            </HomeListItem>
          ))}
        </HomeList>
      </HomeSection>
      <HomeSection
        title={t('homes.provider.declarationsTitle')}
        isEmpty={home.declarationsNeedingAttention.total === 0}
        empty={t('homes.provider.declarationsEmpty')}
        footer={home.declarationsNeedingAttention.total > 0 && toAssignments}
      >
        <HomeList>
          {home.declarationsNeedingAttention.items.map((d) => (
            <HomeListItem key={d.declarationNumber}>
              {t('homes.provider.declaration', {
                number: d.declarationNumber,
                date: formatDate(d.declaredAt, language),
                status: t(`homes.provider.declarationStatus.${d.status as 'rejected'}`),
                approved: formatEuro(d.approvedCents, language),
                submitted: formatEuro(d.submittedCents, language),
              })}
            </HomeListItem>
          ))}
        </HomeList>
      </HomeSection>
    </>
  );
}
