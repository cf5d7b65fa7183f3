/**
 * What retention asks of the meldcode and Veilig Thuis records: whether a track or a Veilig Thuis
 * case is still open (a legal hold, Jeugdwet 7.3.9 lid 3), and their destruction with the whole
 * dossier. These tables are append-only in the app; destroying the dossier is the one lawful
 * delete. The app role keeps DELETE on them (migration 0001's default grant; 0029 revokes
 * nothing and adds no trigger), so this works on PostgreSQL as on PGlite.
 */
import { and, eq, inArray, isNull, notExists } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import {
  meldcodeEntry,
  meldcodeTrack,
  raadAnswer,
  raadRequest,
  triageOfReport,
  veiligThuisReport,
  veiligThuisTriage,
} from './schema.ts';

/** Legal hold: a meldcode track not yet closed, or a Veilig Thuis report still awaiting triage. */
export async function openSafetyHold(db: Executor, tenantId: string, householdId: string): Promise<string[]> {
  const holds: string[] = [];
  const [openTrack] = await db
    .select({ id: meldcodeTrack.id })
    .from(meldcodeTrack)
    .where(
      and(
        eq(meldcodeTrack.tenantId, tenantId),
        eq(meldcodeTrack.householdId, householdId),
        notExists(
          db
            .select({ id: meldcodeEntry.id })
            .from(meldcodeEntry)
            .where(
              and(
                eq(meldcodeEntry.tenantId, meldcodeTrack.tenantId),
                eq(meldcodeEntry.trackId, meldcodeTrack.id),
                eq(meldcodeEntry.step, 'closure'),
              ),
            ),
        ),
      ),
    )
    .limit(1);
  if (openTrack) holds.push('meldcode_track_open');
  const [untriaged] = await db
    .select({ id: veiligThuisReport.id })
    .from(veiligThuisReport)
    .leftJoin(veiligThuisTriage, triageOfReport)
    .where(
      and(
        eq(veiligThuisReport.tenantId, tenantId),
        eq(veiligThuisReport.householdId, householdId),
        isNull(veiligThuisTriage.reportId),
      ),
    )
    .limit(1);
  if (untriaged) holds.push('veilig_thuis_case');
  return holds;
}

export async function destroyHouseholdData(tx: Executor, tenantId: string, householdId: string) {
  const tracks = await tx
    .select({ id: meldcodeTrack.id })
    .from(meldcodeTrack)
    .where(and(eq(meldcodeTrack.tenantId, tenantId), eq(meldcodeTrack.householdId, householdId)));
  const ids = tracks.map((t) => t.id);
  const none = {
    raad_answer: 0,
    raad_request: 0,
    veilig_thuis_triage: 0,
    veilig_thuis_report: 0,
    meldcode_entry: 0,
    meldcode_track: 0,
  };
  if (ids.length === 0) return none;
  const requests = await tx
    .select({ id: raadRequest.id })
    .from(raadRequest)
    .where(and(eq(raadRequest.tenantId, tenantId), inArray(raadRequest.trackId, ids)));
  const reports = await tx
    .select({ id: veiligThuisReport.id })
    .from(veiligThuisReport)
    .where(and(eq(veiligThuisReport.tenantId, tenantId), inArray(veiligThuisReport.trackId, ids)));
  const requestIds = requests.map((r) => r.id);
  const reportIds = reports.map((r) => r.id);
  const answers = requestIds.length
    ? await tx
        .delete(raadAnswer)
        .where(and(eq(raadAnswer.tenantId, tenantId), inArray(raadAnswer.requestId, requestIds)))
        .returning({ id: raadAnswer.requestId })
    : [];
  if (requestIds.length)
    await tx
      .delete(raadRequest)
      .where(and(eq(raadRequest.tenantId, tenantId), inArray(raadRequest.id, requestIds)));
  const triages = reportIds.length
    ? await tx
        .delete(veiligThuisTriage)
        .where(and(eq(veiligThuisTriage.tenantId, tenantId), inArray(veiligThuisTriage.reportId, reportIds)))
        .returning({ id: veiligThuisTriage.reportId })
    : [];
  if (reportIds.length)
    await tx
      .delete(veiligThuisReport)
      .where(and(eq(veiligThuisReport.tenantId, tenantId), inArray(veiligThuisReport.id, reportIds)));
  // One statement for all entries of the tracks: corrections point at entries deleted alongside.
  const entries = await tx
    .delete(meldcodeEntry)
    .where(and(eq(meldcodeEntry.tenantId, tenantId), inArray(meldcodeEntry.trackId, ids)))
    .returning({ id: meldcodeEntry.id });
  await tx
    .delete(meldcodeTrack)
    .where(and(eq(meldcodeTrack.tenantId, tenantId), inArray(meldcodeTrack.id, ids)));
  return {
    raad_answer: answers.length,
    raad_request: requestIds.length,
    veilig_thuis_triage: triages.length,
    veilig_thuis_report: reportIds.length,
    meldcode_entry: entries.length,
    meldcode_track: ids.length,
  };
}
