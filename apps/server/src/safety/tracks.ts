/** Opening a meldcode track, the household's list of tracks and one track's page. */
import { randomUUID } from 'node:crypto';
import type { OpenTrackRequest, TrackList, TrackSummary, TrackView } from '@een-plan/contracts';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { type AuditEvent, recordAuditMany } from '../audit/record.ts';
import { findUserNames } from '../auth/users.ts';
import { loadSectionFacts } from '../consent/access.ts';
import type { Db, Executor } from '../db/database.ts';
import { currentMembers, findHouseholdFacts } from '../households/membership.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, refuse } from '../policy/authorize.ts';
import {
  decideOpenTrack,
  decideTrack,
  knowsHousehold,
  seesTrackInternals,
  showsReporter,
} from '../policy/decide-safety.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { auditTrack, hiddenFromOf, requireTrack, TRACK_AUDIT } from './access.ts';
import { readerDesignations } from './designations.ts';
import { dutyOf, type EntryRow, entryRows, raadRequestsOf, reportsOf, trackEntries } from './read-model.ts';
import { meldcodeTrack, veiligThuisReport } from './schema.ts';

export async function openTrack(
  db: Db,
  actor: Actor,
  origin: RequestOrigin,
  householdId: string,
  input: OpenTrackRequest,
  now = new Date(),
): Promise<{ id: string }> {
  const { facts: h } = await authorize(db, actor, origin, {
    load: async () => {
      const found = await findHouseholdFacts(db, actor.tenantId, householdId);
      return found ? (await loadSectionFacts(db, actor, found, now)).facts : null;
    },
    decide: (f) => decideOpenTrack(actor, f, now),
    attempt: {
      action: 'meldcode.open',
      subjectType: 'household',
      subjectId: householdId,
      dataCategory: 'safety',
      purpose: 'safety',
    },
    answer: 'not_found',
  });
  if (!h.memberPersonIds.includes(input.personId)) throw new ProblemError('person_not_in_household');
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await tx.insert(meldcodeTrack).values({
      tenantId: actor.tenantId,
      id,
      householdId,
      personId: input.personId,
      organisationId: actor.organisationId,
      openedBy: actor.userId,
      openedAt: now,
    });
    await auditTrack(tx, actor, origin, id, 'meldcode.open', 'author', { householdId });
  });
  return { id };
}

export function summaryOf(
  track: typeof meldcodeTrack.$inferSelect,
  rows: readonly EntryRow[],
  hasReport: boolean,
  personName: string | null,
  openerName: string | null,
): TrackSummary {
  return {
    id: track.id,
    householdId: track.householdId,
    personId: track.personId,
    personName,
    status: rows.some((r) => r.step === 'closure') ? 'closed' : 'open',
    openedAt: track.openedAt.toISOString(),
    openedBy: { id: track.openedBy, name: openerName },
    outcome: dutyOf(rows).outcome,
    hasReport,
  };
}

export async function reportedTrackIds(db: Executor, tenantId: string, trackIds: readonly string[]) {
  if (trackIds.length === 0) return new Set<string>();
  const rows = await db
    .select({ trackId: veiligThuisReport.trackId })
    .from(veiligThuisReport)
    .where(and(eq(veiligThuisReport.tenantId, tenantId), inArray(veiligThuisReport.trackId, [...trackIds])))
    .limit(1000);
  return new Set(rows.map((r) => r.trackId));
}

/**
 * The household's tracks the actor may see. Every track shown is an audited read; a track hidden
 * from the reader (the alleged perpetrator) is left out and its refusal audited. One event per basis
 * of reading and one per reason of refusal, each naming its tracks.
 */
export async function listHouseholdTracks(
  db: Db,
  actor: Actor,
  origin: RequestOrigin,
  householdId: string,
  now = new Date(),
): Promise<TrackList> {
  const t = actor.tenantId;
  const h = await findHouseholdFacts(db, t, householdId);
  const section = h ? (await loadSectionFacts(db, actor, h, now)).facts : null;
  const tracks = section
    ? await db
        .select()
        .from(meldcodeTrack)
        .where(and(eq(meldcodeTrack.tenantId, t), eq(meldcodeTrack.householdId, householdId)))
        .orderBy(asc(meldcodeTrack.openedAt))
        .limit(200)
    : [];
  const ids = tracks.map((x) => x.id);
  const [rows, reported, members, designatedFor] = await Promise.all([
    entryRows(db, t, ids),
    reportedTrackIds(db, t, ids),
    currentMembers(db, t, householdId),
    readerDesignations(db, actor),
  ]);
  // Grouped into one event per basis (read) or reason (refused), each naming its tracks (decision 0028).
  const read = new Map<string, string[]>();
  const refused = new Map<string, string[]>();
  const visible = tracks.filter((track) => {
    if (!section) return false;
    const own = rows.filter((r) => r.trackId === track.id);
    const decision = decideTrack(
      actor,
      'track.read',
      {
        ...section,
        authorUserId: track.openedBy,
        organisationId: track.organisationId,
        hiddenFromPersonIds: hiddenFromOf(own),
        hasReport: reported.has(track.id),
        readerDesignatedFor: designatedFor,
      },
      now,
    );
    const [group, key] = decision.allowed ? [read, decision.basis] : [refused, decision.reason];
    group.set(key, [...(group.get(key) ?? []), track.id]);
    return decision.allowed;
  });
  const base = { tenantId: t, actor, ...TRACK_AUDIT, ...origin, action: 'meldcode.read' };
  const events: AuditEvent[] = [
    ...[...read].map(
      ([basis, subjectIds]): AuditEvent => ({
        ...base,
        outcome: 'success',
        purpose: `safety:${basis}`,
        subjectIds,
      }),
    ),
    ...[...refused].map(
      ([reason, subjectIds]): AuditEvent => ({
        ...base,
        outcome: 'denied',
        purpose: 'safety',
        subjectIds,
        details: { reason },
      }),
    ),
  ];
  if (!section || (visible.length === 0 && !knowsHousehold(actor, section, now))) {
    await recordAuditMany(db, events);
    return refuse(
      db,
      actor,
      origin,
      {
        action: 'meldcode.list',
        subjectType: 'household',
        subjectId: householdId,
        dataCategory: 'safety',
        purpose: 'safety',
      },
      'not_found',
      'not_found',
    );
  }
  await recordAuditMany(db, events);
  const openers = new Map(
    (
      await findUserNames(
        db,
        t,
        visible.map((v) => v.openedBy),
      )
    ).map((u) => [u.id, u.displayName]),
  );
  const firstName = new Map(members.map((m) => [m.personId, m.firstName]));
  return {
    items: visible.map((track) =>
      summaryOf(
        track,
        rows.filter((r) => r.trackId === track.id),
        reported.has(track.id),
        firstName.get(track.personId) ?? null,
        openers.get(track.openedBy) ?? null,
      ),
    ),
  };
}

export async function getTrackView(
  db: Db,
  actor: Actor,
  origin: RequestOrigin,
  trackId: string,
  now = new Date(),
): Promise<TrackView> {
  const loaded = await requireTrack(db, actor, origin, trackId, 'track.read', now);
  const { track, facts } = loaded;
  const t = actor.tenantId;
  const [rows, members, reports, raadRequests, opener] = await Promise.all([
    entryRows(db, t, [trackId]),
    currentMembers(db, t, track.householdId),
    reportsOf(db, t, { trackId }, (anonymous) => showsReporter(actor, anonymous)),
    raadRequestsOf(db, t, trackId),
    findUserNames(db, t, [track.openedBy]),
  ]);
  await auditTrack(db, actor, origin, trackId, 'meldcode.read', loaded.decision.basis);
  const may = (a: 'track.write' | 'track.report' | 'track.escalate') =>
    !loaded.closed && decideTrack(actor, a, facts, now).allowed;
  const professional = seesTrackInternals(actor);
  return {
    ...summaryOf(
      track,
      rows,
      reports.length > 0,
      members.find((m) => m.personId === track.personId)?.firstName ?? null,
      opener[0]?.displayName ?? null,
    ),
    entries: await trackEntries(
      db,
      t,
      rows.filter((r) => professional || r.step !== 'visibility'),
    ),
    duty: dutyOf(rows),
    hiddenFromPersonIds: professional ? [...facts.hiddenFromPersonIds] : [],
    members: professional ? members.map((m) => ({ personId: m.personId, firstName: m.firstName })) : [],
    reports,
    raadRequests,
    can: {
      write: may('track.write'),
      report: may('track.report'),
      escalate: decideTrack(actor, 'track.escalate', facts, now).allowed,
    },
  };
}
