/** Reading a track's entries, reports and Raad requests back (decrypted) for the track page. */
import {
  type AfwegingAnswers,
  deriveReportingDuty,
  RaadGrounds,
  type RaadRequest,
  type ReportingDuty,
  type TrackEntry,
  type VeiligThuisReport,
} from '@een-plan/contracts';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { findUserNames } from '../auth/users.ts';
import { decryptOptional, decryptText } from '../crypto/data-encryption.ts';
import type { Executor } from '../db/database.ts';
import {
  meldcodeEntry,
  raadAnswer,
  raadRequest,
  triageOfReport,
  veiligThuisReport,
  veiligThuisTriage,
} from './schema.ts';

export type EntryRow = typeof meldcodeEntry.$inferSelect;

export async function entryRows(db: Executor, tenantId: string, trackIds: readonly string[]) {
  if (trackIds.length === 0) return [];
  return db
    .select()
    .from(meldcodeEntry)
    .where(and(eq(meldcodeEntry.tenantId, tenantId), inArray(meldcodeEntry.trackId, [...trackIds])))
    .orderBy(asc(meldcodeEntry.trackId), asc(meldcodeEntry.seq))
    .limit(5000);
}

function contentOf(row: Pick<EntryRow, 'contentEnc'>): Record<string, unknown> {
  return JSON.parse(decryptText(row.contentEnc)) as Record<string, unknown>;
}

/** The duty from the latest weighing of a track (corrections come later in the track, so they win). */
export function dutyOf(rows: readonly EntryRow[]): ReportingDuty {
  const weighing = [...rows].reverse().find((r) => r.step === 'weighing');
  const answers = weighing ? ((contentOf(weighing).answers ?? {}) as AfwegingAnswers) : {};
  return deriveReportingDuty(answers);
}

async function names(db: Executor, tenantId: string, ids: readonly string[]) {
  const rows = await findUserNames(db, tenantId, [...new Set(ids)]);
  return new Map(rows.map((r) => [r.id, r.displayName]));
}

export async function trackEntries(
  db: Executor,
  tenantId: string,
  rows: readonly EntryRow[],
): Promise<TrackEntry[]> {
  const who = await names(
    db,
    tenantId,
    rows.map((r) => r.recordedBy),
  );
  const correctedBy = new Map(rows.filter((r) => r.correctsEntryId).map((r) => [r.correctsEntryId, r.id]));
  return rows.map((r) => ({
    id: r.id,
    seq: r.seq,
    step: r.step,
    content: contentOf(r),
    correctsEntryId: r.correctsEntryId,
    correctedByEntryId: correctedBy.get(r.id) ?? null,
    recordedBy: { id: r.recordedBy, name: who.get(r.recordedBy) ?? null },
    recordedAt: r.recordedAt.toISOString(),
  }));
}

export async function reportsOf(
  db: Executor,
  tenantId: string,
  where: { trackId?: string; reportIds?: readonly string[] },
  showReporter: (anonymous: boolean) => boolean,
): Promise<VeiligThuisReport[]> {
  const rows = await db
    .select({ report: veiligThuisReport, triage: veiligThuisTriage })
    .from(veiligThuisReport)
    .leftJoin(veiligThuisTriage, triageOfReport)
    .where(
      and(
        eq(veiligThuisReport.tenantId, tenantId),
        where.trackId ? eq(veiligThuisReport.trackId, where.trackId) : undefined,
        where.reportIds ? inArray(veiligThuisReport.id, [...where.reportIds]) : undefined,
      ),
    )
    .orderBy(asc(veiligThuisReport.reportedAt))
    .limit(500);
  const who = await names(
    db,
    tenantId,
    rows.flatMap((r) => [r.report.reportedBy, ...(r.triage ? [r.triage.triagedBy] : [])]),
  );
  return rows.map(({ report: r, triage }) => ({
    id: r.id,
    trackId: r.trackId,
    householdId: r.householdId,
    personId: r.personId,
    reportedBy: showReporter(r.anonymousToFamily)
      ? { id: r.reportedBy, name: who.get(r.reportedBy) ?? null }
      : null,
    anonymousToFamily: r.anonymousToFamily,
    reportedAt: r.reportedAt.toISOString(),
    content: decryptText(r.contentEnc),
    triageDueOn: r.triageDueOn,
    triage: triage
      ? {
          outcome: triage.outcome,
          note: decryptText(triage.noteEnc),
          conditions: decryptOptional(triage.conditionsEnc),
          triagedBy: who.get(triage.triagedBy) ?? null,
          triagedAt: triage.triagedAt.toISOString(),
        }
      : null,
  }));
}

export async function raadRequestsOf(
  db: Executor,
  tenantId: string,
  trackId: string,
): Promise<RaadRequest[]> {
  const rows = await db
    .select({ request: raadRequest, answer: raadAnswer })
    .from(raadRequest)
    .leftJoin(
      raadAnswer,
      and(eq(raadAnswer.tenantId, raadRequest.tenantId), eq(raadAnswer.requestId, raadRequest.id)),
    )
    .where(and(eq(raadRequest.tenantId, tenantId), eq(raadRequest.trackId, trackId)))
    .orderBy(asc(raadRequest.requestedAt))
    .limit(100);
  const who = await names(
    db,
    tenantId,
    rows.flatMap((r) => [r.request.requestedBy, ...(r.answer ? [r.answer.recordedBy] : [])]),
  );
  return rows.map(({ request: r, answer: a }) => ({
    id: r.id,
    trackId: r.trackId,
    requestedBy: { id: r.requestedBy, name: who.get(r.requestedBy) ?? null },
    requestedAt: r.requestedAt.toISOString(),
    grounds: RaadGrounds.parse(JSON.parse(decryptText(r.groundsEnc))),
    answer: a
      ? {
          answer: a.answer,
          note: decryptText(a.noteEnc),
          recordedBy: who.get(a.recordedBy) ?? null,
          recordedAt: a.recordedAt.toISOString(),
        }
      : null,
  }));
}
