/**
 * Crisis episodes of the demo story in every state, times relative to loading so the deadlines and
 * tasks look the same every day. Idempotent: every insert skips what exists.
 */
import { encryptText } from '../crypto/data-encryption.ts';
import type { Executor } from '../db/database.ts';
import { crisisEpisode } from './schema.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function day(now: Date, offsetDays: number): string {
  return new Date(now.getTime() + offsetDays * DAY).toISOString().slice(0, 10);
}

export async function loadCrisisEpisodesDemo(tx: Executor, tenantId: string, now: Date): Promise<void> {
  const base = { tenantId, organisationId: 'org-crisisdienst', createdBy: 'u-karin' };
  const called = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);
  const decided = (daysAgo: number) => ({
    decidedAt: new Date(called(daysAgo).getTime() + 5 * HOUR),
    behaviouralExpertName: 'Dr. Ingrid Vos (gedragswetenschapper)',
    decisionSummaryEnc: encryptText(
      'Veiligheid thuis tijdelijk niet te borgen; overbruggingshulp thuis met dagelijks contact.',
    ),
  });
  await tx
    .insert(crisisEpisode)
    .values([
      // Reported 40 minutes ago: the crisis worker is on the way, within the two-hour norm.
      {
        ...base,
        id: 'crisis-pinas-reported',
        householdId: 'hh-pinas',
        personId: 'p-jayden',
        crisisWorkerId: 'u-karin',
        reportedVia: 'phone',
        reporterName: 'Naomi Pinas',
        calledAt: new Date(now.getTime() - 40 * 60_000),
      },
      // On site yesterday, two and a half hours after the call: past the norm, flagged.
      {
        ...base,
        id: 'crisis-de-graaf-on-site',
        householdId: 'hh-de-graaf',
        personId: 'p-sem',
        crisisWorkerId: 'u-karin',
        reportedVia: 'professional',
        reporterName: 'Huisarts Venneperhout',
        calledAt: called(1),
        onSiteAt: new Date(called(1).getTime() + 2.5 * HOUR),
      },
      // Bridging for 10 days; the exit plan is due in 4 days, so Karin has a task.
      {
        ...base,
        id: 'crisis-de-graaf-bridging',
        householdId: 'hh-de-graaf',
        personId: null,
        crisisWorkerId: 'u-karin',
        reportedVia: 'phone',
        reporterName: null,
        calledAt: called(10),
        onSiteAt: new Date(called(10).getTime() + 1.5 * HOUR),
        ...decided(10),
        bridgingStart: day(now, -10),
        bridgingEnd: day(now, 17),
        exitPlanDueDate: day(now, 4),
      },
      // Handover to Jeugdhulp Kennemerland: the crisis service confirmed, the provider not yet.
      {
        ...base,
        id: 'crisis-ozturk-handover',
        householdId: 'hh-ozturk',
        personId: 'p-deniz',
        crisisWorkerId: 'u-karin',
        reportedVia: 'professional',
        reporterName: 'Sanne de Vries',
        calledAt: called(25),
        onSiteAt: new Date(called(25).getTime() + HOUR),
        ...decided(25),
        bridgingStart: day(now, -25),
        bridgingEnd: day(now, 2),
        exitPlanDueDate: day(now, -11),
        exitPlanAt: called(13),
        exitPlanSummaryEnc: encryptText(
          'Ambulante gezinsbehandeling via Jeugdhulp Kennemerland; oma helpt met de opvang.',
        ),
        handoverTarget: 'provider',
        handoverOrganisationId: 'org-jeugdhulp',
        crisisConfirmedAt: called(1),
        crisisConfirmedBy: 'u-karin',
      },
      // Two months ago: ten days of bridging, handed over warmly to Sanne's team, both confirmed.
      {
        ...base,
        id: 'crisis-jansen-closed',
        householdId: 'hh-jansen',
        personId: 'p-tom',
        crisisWorkerId: 'u-karin',
        reportedVia: 'professional',
        reporterName: 'Sanne de Vries',
        calledAt: called(60),
        onSiteAt: new Date(called(60).getTime() + 1.25 * HOUR),
        ...decided(60),
        bridgingStart: day(now, -60),
        bridgingEnd: day(now, -51),
        exitPlanDueDate: day(now, -46),
        exitPlanAt: called(54),
        exitPlanSummaryEnc: encryptText(
          'Terug naar het sociaal team met het veiligheidsplan; oma vangt Tom op als het thuis escaleert.',
        ),
        handoverTarget: 'team',
        crisisConfirmedAt: called(51),
        crisisConfirmedBy: 'u-karin',
        receiverConfirmedAt: called(51),
        receiverConfirmedBy: 'u-sanne',
      },
    ])
    .onConflictDoNothing();
}
