/**
 * Appending to a track: a step, a correction of a step, a visibility decision, the closure. There
 * is no update or delete: what was saved stays, attributed and time-stamped.
 */
import { randomUUID } from 'node:crypto';
import {
  type AddEntryRequest,
  type CloseTrackRequest,
  type SetVisibilityRequest,
  trackMayClose,
} from '@een-plan/contracts';
import { and, eq, max } from 'drizzle-orm';
import { encryptText } from '../crypto/data-encryption.ts';
import type { Db, Executor } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { auditTrack, requireTrack } from './access.ts';
import { dutyOf, entryRows } from './read-model.ts';
import { meldcodeEntry } from './schema.ts';

type Step = 'signals' | 'consultation' | 'conversation' | 'weighing' | 'decision' | 'visibility' | 'closure';

async function append(
  tx: Executor,
  actor: Actor,
  trackId: string,
  entry: {
    step: Step;
    content: Record<string, unknown>;
    correctsEntryId?: string | null;
    hiddenFromPersonIds?: string[];
  },
  now: Date,
): Promise<string> {
  const [last] = await tx
    .select({ seq: max(meldcodeEntry.seq) })
    .from(meldcodeEntry)
    .where(and(eq(meldcodeEntry.tenantId, actor.tenantId), eq(meldcodeEntry.trackId, trackId)));
  const id = randomUUID();
  await tx.insert(meldcodeEntry).values({
    tenantId: actor.tenantId,
    id,
    trackId,
    seq: (last?.seq ?? 0) + 1,
    step: entry.step,
    contentEnc: encryptText(JSON.stringify(entry.content)),
    hiddenFromPersonIds: entry.hiddenFromPersonIds ?? null,
    correctsEntryId: entry.correctsEntryId ?? null,
    recordedBy: actor.userId,
    recordedAt: now,
  });
  return id;
}

/** A track that may be written to now: allowed for the actor and not closed. */
async function requireOpenTrack(db: Db, actor: Actor, origin: RequestOrigin, trackId: string, now: Date) {
  const loaded = await requireTrack(db, actor, origin, trackId, 'track.write', now);
  if (loaded.closed) throw new ProblemError('track_closed');
  return loaded;
}

export async function addEntry(
  db: Db,
  actor: Actor,
  origin: RequestOrigin,
  trackId: string,
  input: AddEntryRequest,
  now = new Date(),
): Promise<{ id: string }> {
  const loaded = await requireOpenTrack(db, actor, origin, trackId, now);
  return db.transaction(async (tx) => {
    const rows = await entryRows(tx, actor.tenantId, [trackId]);
    if (input.correctsEntryId) {
      const target = rows.find((r) => r.id === input.correctsEntryId);
      const alreadyCorrected = rows.some((r) => r.correctsEntryId === input.correctsEntryId);
      if (!target || target.step !== input.content.step || alreadyCorrected) {
        throw new ProblemError('correction_invalid');
      }
    }
    // The decision keeps the outcome the answers led to when it was taken.
    const content =
      input.content.step === 'decision'
        ? { ...input.content, duty: dutyOf(rows) }
        : (input.content as Record<string, unknown>);
    const id = await append(
      tx,
      actor,
      trackId,
      { step: input.content.step, content, correctsEntryId: input.correctsEntryId ?? null },
      now,
    );
    await auditTrack(tx, actor, origin, trackId, 'meldcode.write', loaded.decision.basis, {
      step: input.content.step,
      entryId: id,
      correction: !!input.correctsEntryId,
    });
    return { id };
  });
}

/** Hides the track from household members (the alleged perpetrator); the decision is an entry itself. */
export async function setVisibility(
  db: Db,
  actor: Actor,
  origin: RequestOrigin,
  trackId: string,
  input: SetVisibilityRequest,
  now = new Date(),
): Promise<{ id: string }> {
  const loaded = await requireOpenTrack(db, actor, origin, trackId, now);
  const hidden = [...new Set(input.hiddenFromPersonIds)];
  if (hidden.some((p) => !loaded.facts.memberPersonIds.includes(p))) {
    throw new ProblemError('person_not_in_household');
  }
  return db.transaction(async (tx) => {
    const id = await append(
      tx,
      actor,
      trackId,
      {
        step: 'visibility',
        content: { reason: input.reason, hiddenFromPersonIds: hidden },
        hiddenFromPersonIds: hidden,
      },
      now,
    );
    await auditTrack(tx, actor, origin, trackId, 'meldcode.visibility', loaded.decision.basis, {
      entryId: id,
      hiddenCount: hidden.length,
    });
    return { id };
  });
}

/** Closes the track when the afwegingskader allows it; never while a report is owed and not made. */
export async function closeTrack(
  db: Db,
  actor: Actor,
  origin: RequestOrigin,
  trackId: string,
  input: CloseTrackRequest,
  now = new Date(),
): Promise<{ id: string }> {
  const loaded = await requireOpenTrack(db, actor, origin, trackId, now);
  return db.transaction(async (tx) => {
    const duty = dutyOf(await entryRows(tx, actor.tenantId, [trackId]));
    if (!trackMayClose(duty, loaded.facts.hasReport)) throw new ProblemError('track_close_blocked');
    const id = await append(
      tx,
      actor,
      trackId,
      { step: 'closure', content: { note: input.note, duty } },
      now,
    );
    await auditTrack(tx, actor, origin, trackId, 'meldcode.close', loaded.decision.basis, {
      entryId: id,
      outcome: duty.outcome,
    });
    return { id };
  });
}
