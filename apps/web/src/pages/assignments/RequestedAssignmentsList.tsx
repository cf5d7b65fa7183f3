import type { Assignment } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { formatEuro, lifeText, STATUS_BADGE } from './format.ts';

/**
 * On the plan page: assignments granted on a provider's request (JW315) have no plan action, so
 * they are listed apart, with the young person they are for.
 */
export function RequestedAssignmentsList({ assignments }: { assignments: Assignment[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const requested = assignments.filter((a) => a.planActionId === null);
  if (requested.length === 0) return null;
  return (
    <div data-requested-assignments>
      <Heading level={3}>{t('requests.plan.heading')}</Heading>
      <Paragraph>{t('requests.plan.intro')}</Paragraph>
      <ul className="utrecht-unordered-list">
        {requested.map((a) => (
          <li key={a.id} className="utrecht-unordered-list__item">
            <StatusBadge status={STATUS_BADGE[a.status]}>{t(`assignments.status.${a.status}`)}</StatusBadge>{' '}
            {t('requests.plan.item', {
              name: a.personFirstName,
              product: a.productName,
              provider: a.organisationName,
            })}{' '}
            · {lifeText(a, t, language)} ·{' '}
            {t('assignments.budget', { amount: formatEuro(a.budgetCents, language) })}
          </li>
        ))}
      </ul>
    </div>
  );
}
