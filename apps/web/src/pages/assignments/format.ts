import type { Assignment, AssignmentStatus } from '@een-plan/contracts';
import type { TFunction } from 'i18next';
import type { StatusBadgeStatus } from '../../components/StatusBadge.tsx';
import { formatDate } from '../plans/PlanView.tsx';

export const STATUS_BADGE: Record<AssignmentStatus, StatusBadgeStatus> = {
  awaiting_approval: 'warning',
  assigned: 'neutral',
  started: 'active',
  stopped: 'inactive',
  rejected: 'inactive',
  ended: 'inactive',
};

export { formatEuro } from '../../i18n/numbers.ts';

export function volumeText(a: Pick<Assignment, 'volume' | 'unit' | 'frequency'>, t: TFunction): string {
  return `${a.volume} ${t(`assignments.units.${a.unit}`)} / ${t(`assignments.frequencies.${a.frequency}`)}`;
}

/** The assignment's life in one line: toegewezen → gestart → gestopt (reden). */
export function lifeText(a: Assignment, t: TFunction, language: string): string {
  const parts = [
    t('assignments.life', { number: a.assignmentNumber, status: t(`assignments.status.${a.status}`) }),
  ];
  if (a.startedOn) parts.push(t('assignments.startedOn', { date: formatDate(a.startedOn, language) }));
  if (a.stoppedOn && a.stopReason) {
    parts.push(
      t('assignments.stoppedOn', {
        date: formatDate(a.stoppedOn, language),
        reason: t(`assignments.stopReasons.${a.stopReason}`),
      }),
    );
  }
  if (a.endedOn) {
    parts.push(t('closure.endedOn', { date: formatDate(a.endedOn, language) }));
    if (a.status === 'started') parts.push(t('closure.waitsForStop'));
  }
  return parts.join(', ');
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
