/**
 * Loading a track with the facts its decisions need, and the one way a route gets a track it may
 * act on: decided in policy/decide-safety.ts, refusals audited (as 404: a track's existence is
 * itself sensitive), the caller audits the success.
 */
import { and, desc, eq } from 'drizzle-orm';
import { recordAccess } from '../audit/record.ts';
import { loadSectionFacts } from '../consent/access.ts';
import type { Executor } from '../db/database.ts';
import { findHouseholdFacts } from '../households/membership.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/authorize.ts';
import {
  decideTrack,
  type SafetyAction,
  type SafetyDecision,
  type TrackAccessFacts,
} from '../policy/decide-safety.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { readerDesignations } from './designations.ts';
import { meldcodeEntry, meldcodeTrack, veiligThuisReport } from './schema.ts';

type TrackRow = typeof meldcodeTrack.$inferSelect;

interface LoadedTrack {
  track: TrackRow;
  closed: boolean;
  facts: TrackAccessFacts;
  householdName: string;
}

/** Hidden-from ids of the latest visibility decision (an empty list un-hides). */
export function hiddenFromOf(entries: ReadonlyArray<{ step: string; hiddenFromPersonIds: string[] | null }>) {
  const last = [...entries].reverse().find((e) => e.step === 'visibility');
  return last?.hiddenFromPersonIds ?? [];
}

async function loadTrack(
  db: Executor,
  actor: Actor,
  trackId: string,
  now: Date,
): Promise<LoadedTrack | null> {
  const t = actor.tenantId;
  const [track] = await db
    .select()
    .from(meldcodeTrack)
    .where(and(eq(meldcodeTrack.tenantId, t), eq(meldcodeTrack.id, trackId)))
    .limit(1);
  if (!track) return null;
  const h = await findHouseholdFacts(db, t, track.householdId);
  if (!h) return null;
  const [steps, [report], section, designatedFor] = await Promise.all([
    db
      .select({ step: meldcodeEntry.step, hiddenFromPersonIds: meldcodeEntry.hiddenFromPersonIds })
      .from(meldcodeEntry)
      .where(and(eq(meldcodeEntry.tenantId, t), eq(meldcodeEntry.trackId, trackId)))
      .orderBy(desc(meldcodeEntry.seq))
      .limit(1000),
    db
      .select({ id: veiligThuisReport.id })
      .from(veiligThuisReport)
      .where(and(eq(veiligThuisReport.tenantId, t), eq(veiligThuisReport.trackId, trackId)))
      .limit(1),
    loadSectionFacts(db, actor, h, now),
    readerDesignations(db, actor),
  ]);
  const ordered = [...steps].reverse();
  return {
    track,
    closed: ordered.some((s) => s.step === 'closure'),
    householdName: h.name,
    facts: {
      ...section.facts,
      authorUserId: track.openedBy,
      organisationId: track.organisationId,
      hiddenFromPersonIds: hiddenFromOf(ordered),
      hasReport: report !== undefined,
      readerDesignatedFor: designatedFor,
    },
  };
}

export const TRACK_AUDIT = { dataCategory: 'safety', subjectType: 'meldcode_track' } as const;

/** The track if the actor may do `action` on it; otherwise the refusal is audited and 404 answered. */
export async function requireTrack(
  db: Executor,
  actor: Actor,
  origin: RequestOrigin,
  trackId: string,
  action: SafetyAction,
  now = new Date(),
): Promise<LoadedTrack & { decision: Extract<SafetyDecision, { allowed: true }> }> {
  const { facts, decision } = await authorize(db, actor, origin, {
    load: () => loadTrack(db, actor, trackId, now),
    decide: (l) => decideTrack(actor, action, l.facts, now),
    attempt: {
      action: `meldcode.${action.split('.')[1]}`,
      ...TRACK_AUDIT,
      subjectId: trackId,
      purpose: 'safety',
    },
    answer: 'not_found',
  });
  return { ...facts, decision };
}

/** Audits a successful read or write of a track with the basis it was allowed on. */
export async function auditTrack(
  db: Executor,
  actor: Actor,
  origin: RequestOrigin,
  trackId: string,
  action: string,
  basis: string,
  details: Record<string, string | number | boolean | null> = {},
) {
  await recordAccess(
    db,
    actor,
    origin,
    { action, ...TRACK_AUDIT, subjectId: trackId, purpose: `safety:${basis}` },
    { basis, ...details },
  );
}
