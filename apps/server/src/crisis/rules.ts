/**
 * The crisis episode's rules as pure functions: its state, the on-site norm, the bridging limit
 * and the deadlines on its timeline. The service and the task facts both use them, so the page,
 * the tasks and the validation cannot disagree.
 */
import {
  CRISIS_EXIT_PLAN_DAYS,
  CRISIS_ON_SITE_NORM_MINUTES,
  type CrisisDeadline,
  type CrisisEpisodeState,
} from '@een-plan/contracts';
import { addDays, amsterdamDate } from '../referrals/working-days.ts';

interface EpisodeTimes {
  calledAt: Date;
  onSiteAt: Date | null;
  decidedAt: Date | null;
  bridgingEnd: string | null;
  exitPlanDueDate: string | null;
  exitPlanAt: Date | null;
  handoverTarget: string | null;
  crisisConfirmedAt: Date | null;
  receiverConfirmedAt: Date | null;
}

export function episodeState(e: EpisodeTimes): CrisisEpisodeState {
  if (e.crisisConfirmedAt && e.receiverConfirmedAt) return 'closed';
  if (e.handoverTarget) return 'handover';
  if (e.decidedAt) return 'bridging';
  if (e.onSiteAt) return 'on_site';
  return 'reported';
}

/** Whole minutes from the call to arrival on site (null while not on site). */
export function onSiteMinutes(e: Pick<EpisodeTimes, 'calledAt' | 'onSiteAt'>): number | null {
  return e.onSiteAt ? Math.floor((e.onSiteAt.getTime() - e.calledAt.getTime()) / 60_000) : null;
}

/** Past the two-hour norm: arrived late, or still not there two hours after the call. */
export function onSiteNormExceeded(e: Pick<EpisodeTimes, 'calledAt' | 'onSiteAt'>, now: Date): boolean {
  const until = e.onSiteAt ?? now;
  return until.getTime() - e.calledAt.getTime() > CRISIS_ON_SITE_NORM_MINUTES * 60_000;
}

/** Calendar days of bridging help, both ends included (start = end is one day). */
export function bridgingDays(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The exit plan is due two weeks after the key decision (its Dutch calendar date). */
export function exitPlanDueDate(decidedAt: Date): string {
  return addDays(amsterdamDate(decidedAt), CRISIS_EXIT_PLAN_DAYS);
}

function dateDeadline(
  kind: CrisisDeadline['kind'],
  due: string,
  met: Date | null,
  today: string,
): CrisisDeadline {
  const metDay = met ? amsterdamDate(met) : null;
  return {
    kind,
    due,
    metAt: met ? met.toISOString() : null,
    overdue: metDay ? metDay > due : today > due,
  };
}

/**
 * The timeline: arrival (two hours after the call), the exit plan (two weeks after the decision)
 * and the handover (done when both sides confirmed, by the end of the bridging help).
 */
export function episodeDeadlines(e: EpisodeTimes, now: Date): CrisisDeadline[] {
  const today = amsterdamDate(now);
  const onSiteDue = new Date(e.calledAt.getTime() + CRISIS_ON_SITE_NORM_MINUTES * 60_000);
  const deadlines: CrisisDeadline[] = [
    {
      kind: 'on_site',
      due: onSiteDue.toISOString(),
      metAt: e.onSiteAt ? e.onSiteAt.toISOString() : null,
      overdue: onSiteNormExceeded(e, now),
    },
  ];
  if (e.exitPlanDueDate) deadlines.push(dateDeadline('exit_plan', e.exitPlanDueDate, e.exitPlanAt, today));
  if (e.bridgingEnd) {
    const handedOver =
      e.crisisConfirmedAt && e.receiverConfirmedAt
        ? new Date(Math.max(e.crisisConfirmedAt.getTime(), e.receiverConfirmedAt.getTime()))
        : null;
    deadlines.push(dateDeadline('handover', e.bridgingEnd, handedOver, today));
  }
  return deadlines;
}

export function nextDeadline(deadlines: CrisisDeadline[]): CrisisDeadline | null {
  return deadlines.find((d) => d.metAt === null) ?? null;
}
