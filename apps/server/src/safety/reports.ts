/** Reports (meldingen) to Veilig Thuis: made from a track, worked from Veilig Thuis's queue. */
import { randomUUID } from 'node:crypto';
import {
  HANDOVER_OUTCOMES,
  type ReportRequest,
  VEILIG_THUIS_TRIAGE_WORKING_DAYS,
  type VeiligThuisQueue,
  type VeiligThuisTriageRequest,
  type VeiligThuisTriageResult,
} from '@een-plan/contracts';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { recordAccess, recordListed } from '../audit/record.ts';
import { encryptOptional, encryptText } from '../crypto/data-encryption.ts';
import type { Db } from '../db/database.ts';
import { findHouseholdFacts } from '../households/membership.ts';
import { ProblemError } from '../http/problems.ts';
import { openPlanForHandover } from '../plans/service.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/authorize.ts';
import { decideVeiligThuisQueue } from '../policy/decide-safety.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { addWorkingDays, amsterdamDate } from '../referrals/working-days.ts';
import { auditTrack, requireTrack } from './access.ts';
import { reportsOf } from './read-model.ts';
import { triageOfReport, veiligThuisReport, veiligThuisTriage } from './schema.ts';

/** The day triage is due: 5 Dutch working days after the day (Amsterdam) the report came in. */
export function triageDueOn(reportedAt: Date): string {
  return addWorkingDays(amsterdamDate(reportedAt), VEILIG_THUIS_TRIAGE_WORKING_DAYS);
}

export async function reportToVeiligThuis(
  db: Db,
  actor: Actor,
  origin: RequestOrigin,
  trackId: string,
  input: ReportRequest,
  now = new Date(),
): Promise<{ id: string; triageDueOn: string }> {
  const loaded = await requireTrack(db, actor, origin, trackId, 'track.report', now);
  if (loaded.closed) throw new ProblemError('track_closed');
  const id = randomUUID();
  const due = triageDueOn(now);
  await db.transaction(async (tx) => {
    await tx.insert(veiligThuisReport).values({
      tenantId: actor.tenantId,
      id,
      trackId,
      householdId: loaded.track.householdId,
      personId: loaded.track.personId,
      reportedBy: actor.userId,
      reportedAt: now,
      anonymousToFamily: input.anonymousToFamily,
      contentEnc: encryptText(input.content),
      triageDueOn: due,
    });
    await auditTrack(tx, actor, origin, trackId, 'veilig_thuis.report', loaded.decision.basis, {
      reportId: id,
    });
  });
  return { id, triageDueOn: due };
}

const QUEUE_ATTEMPT = {
  action: 'veilig_thuis.queue',
  subjectType: 'veilig_thuis_queue',
  dataCategory: 'safety',
  purpose: 'safety',
};

/** Veilig Thuis's queue: reports not yet triaged (or all), oldest due first; each shown is audited. */
export async function veiligThuisQueue(
  db: Db,
  actor: Actor,
  origin: RequestOrigin,
  status: 'open' | 'all',
  now = new Date(),
): Promise<VeiligThuisQueue> {
  await authorize(db, actor, origin, {
    load: async () => actor,
    decide: decideVeiligThuisQueue,
    attempt: { ...QUEUE_ATTEMPT, subjectId: actor.tenantId },
  });
  const t = actor.tenantId;
  const rows = await db
    .select({ id: veiligThuisReport.id })
    .from(veiligThuisReport)
    .leftJoin(veiligThuisTriage, triageOfReport)
    .where(
      and(
        eq(veiligThuisReport.tenantId, t),
        status === 'open' ? isNull(veiligThuisTriage.reportId) : undefined,
      ),
    )
    .orderBy(asc(veiligThuisReport.triageDueOn))
    .limit(200);
  const reports = await reportsOf(db, t, { reportIds: rows.map((r) => r.id) }, () => true);
  const households = new Map<string, string | null>();
  for (const id of new Set(reports.map((r) => r.householdId))) {
    households.set(id, (await findHouseholdFacts(db, t, id))?.name ?? null);
  }
  const today = amsterdamDate(now);
  // One event naming every household whose report the queue showed (decision 0028).
  await recordListed(
    db,
    actor,
    origin,
    {
      action: 'veilig_thuis.queue.read',
      subjectType: 'household',
      dataCategory: 'safety',
      purpose: 'safety:veilig_thuis_report',
    },
    reports.map((r) => r.householdId),
    // Which reports it showed, as the consent ids of a read are kept (ids only, comma-separated).
    { reportIds: reports.map((r) => r.id).join(',') },
  );
  return {
    items: reports
      .sort((a, b) => a.triageDueOn.localeCompare(b.triageDueOn))
      .map(({ content: _, ...r }) => ({
        ...r,
        householdName: households.get(r.householdId) ?? null,
        overdue: r.triage === null && r.triageDueOn < today,
      })),
  };
}

export async function triageReport(
  db: Db,
  actor: Actor,
  origin: RequestOrigin,
  reportId: string,
  input: VeiligThuisTriageRequest,
  now = new Date(),
): Promise<VeiligThuisTriageResult> {
  const { facts: report } = await authorize(db, actor, origin, {
    load: async () => {
      const [r] = await db
        .select({ id: veiligThuisReport.id, householdId: veiligThuisReport.householdId })
        .from(veiligThuisReport)
        .where(and(eq(veiligThuisReport.tenantId, actor.tenantId), eq(veiligThuisReport.id, reportId)))
        .limit(1);
      return r ?? null;
    },
    decide: () => decideVeiligThuisQueue(actor),
    attempt: {
      ...QUEUE_ATTEMPT,
      action: 'veilig_thuis.triage',
      subjectType: 'veilig_thuis_report',
      subjectId: reportId,
    },
    answer: 'not_found',
  });
  return db.transaction(async (tx) => {
    // A hand-over lands in the household's plan (created when it has none open).
    const handover = HANDOVER_OUTCOMES.includes(input.outcome)
      ? await openPlanForHandover(tx, actor, report.householdId, origin)
      : null;
    const inserted = await tx
      .insert(veiligThuisTriage)
      .values({
        tenantId: actor.tenantId,
        reportId,
        outcome: input.outcome,
        noteEnc: encryptText(input.note),
        conditionsEnc: encryptOptional(input.conditions),
        planId: handover?.planId ?? null,
        triagedBy: actor.userId,
        triagedAt: now,
      })
      .onConflictDoNothing()
      .returning({ reportId: veiligThuisTriage.reportId });
    if (inserted.length === 0) throw new ProblemError('report_already_triaged');
    await recordAccess(
      tx,
      actor,
      origin,
      {
        action: 'veilig_thuis.triage',
        subjectType: 'household',
        subjectId: report.householdId,
        dataCategory: 'safety',
        purpose: 'safety:veilig_thuis_report',
      },
      { reportId, outcome: input.outcome, planId: handover?.planId ?? null },
    );
    return { id: reportId, planId: handover?.planId ?? null, planCreated: handover?.created ?? false };
  });
}
