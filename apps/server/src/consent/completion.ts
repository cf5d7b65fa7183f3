import type { ConsentCompleteInput } from '@een-plan/contracts';
import { and, eq } from 'drizzle-orm';
import { recordAccess, recordAudit } from '../audit/record.ts';
import type { Db, Executor } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import {
  ageOn,
  consentCompletionMode,
  consentGiversFor,
  consentIsComplete,
  mayGiveConsent,
} from '../policy/decide-consent.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { loadMembers, type MemberFacts, subjectFacts, today } from './access.ts';
import { consentAccess } from './manage-access.ts';
import { type ConsentCoSignature, consent } from './schema.ts';

type ConsentRow = typeof consent.$inferSelect;

/** Who still has to consent (by the age rules) before the consent opens anything. */
export function stillNeeded(members: readonly MemberFacts[], row: ConsentRow, now: Date): string[] {
  const subject = subjectFacts(members, row.subjectPersonId);
  if (!subject) return [];
  const givers = consentGiversFor(ageOn(subject.subjectBirthDate, today(now)));
  const need: string[] = [];
  const hasGuardian = subject.guardianPersonIds.some((g) => row.givenBy.includes(g));
  const hasSelf = row.givenBy.includes(row.subjectPersonId);
  if (givers !== 'guardians' && !hasSelf) need.push(row.subjectPersonId);
  if (givers !== 'self' && !hasGuardian) need.push(...subject.guardianPersonIds);
  return need;
}

/** Whether the asking resident's own agreement is one the consent still waits for. */
export function residentMayAgree(actor: Actor, members: readonly MemberFacts[], row: ConsentRow, now: Date) {
  if (consentCompletionMode(actor) !== 'self' || !actor.personId || row.revokedAt) return false;
  if (today(now) > row.validUntil) return false;
  return stillNeeded(members, row, now).includes(actor.personId);
}

async function refuseNonParty(
  db: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  householdId: string,
  consentId: string,
  reason: string,
): Promise<never> {
  await recordAudit(db, {
    tenantId: actor.tenantId,
    actor,
    action: 'consent.cosign',
    outcome: 'denied',
    subjectType: 'household',
    subjectId: householdId,
    dataCategory: 'consent',
    purpose: 'denied',
    requestId: ctx.requestId,
    clientAddress: ctx.clientAddress,
    details: { consentId, reason },
  });
  throw new ProblemError('consent_not_a_party');
}

/**
 * The missing party completes the SAME consent: a resident whose agreement is still needed agrees
 * in the portal, or the coordinator records that agreement given on paper (with a signed form on
 * file) or in a conversation. Anyone else is refused (403, audited). The consent opens as soon as
 * the age rules are met (`consentIsComplete`); a stale version answers 409.
 */
export async function completeConsent(
  db: Db,
  actor: Actor,
  row: ConsentRow,
  input: ConsentCompleteInput,
  ctx: RequestOrigin,
  now = new Date(),
) {
  const householdId = row.householdId;
  const day = today(now);
  const members = await loadMembers(db, actor.tenantId, householdId);
  const subject = subjectFacts(members, row.subjectPersonId);
  let parties: string[];
  let via: ConsentCoSignature['via'];
  let givenOn: string;
  let signedForm = false;
  const mode = consentCompletionMode(actor);
  if (mode === 'self') {
    if (input.recorded || !actor.personId) throw new ProblemError('consent_not_entitled');
    parties = [actor.personId];
    via = 'portal';
    givenOn = day;
  } else {
    if (!input.recorded) throw new ProblemError('consent_recording_required');
    if (input.recorded.givenOn > day) throw new ProblemError('consent_given_on_future');
    if (input.recorded.via === 'paper' && !input.recorded.signedForm) {
      throw new ProblemError('consent_signed_form_required');
    }
    parties = [...new Set(input.recorded.givenByPersonIds)];
    via = input.recorded.via;
    givenOn = input.recorded.givenOn;
    signedForm = input.recorded.via === 'paper' && input.recorded.signedForm;
  }
  // Only the people the age rules name may complete it; anyone else is refused and audited.
  if (!subject || !parties.every((p) => mayGiveConsent(subject, p, day))) {
    return refuseNonParty(db, actor, ctx, householdId, row.id, 'not_a_party');
  }
  if (row.revokedAt) throw new ProblemError('consent_already_revoked');
  if (day > row.validUntil) throw new ProblemError('consent_expired');
  if (consentIsComplete(subject, row.givenBy, day)) throw new ProblemError('consent_already_complete');
  if (parties.some((p) => row.givenBy.includes(p))) throw new ProblemError('consent_already_given');
  const added: ConsentCoSignature[] = parties.map((personId) => ({
    personId,
    via,
    givenOn,
    recordedBy: actor.userId,
    recordedAt: now.toISOString(),
    signedForm,
  }));
  const givenBy = [...row.givenBy, ...parties];
  const complete = consentIsComplete(subject, givenBy, day);
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(consent)
      .set({ givenBy, coSignatures: [...row.coSignatures, ...added], version: row.version + 1 })
      .where(
        and(eq(consent.tenantId, actor.tenantId), eq(consent.id, row.id), eq(consent.version, input.version)),
      )
      .returning({ version: consent.version });
    if (updated.length === 0) throw new ProblemError('version_conflict', undefined, undefined, row.version);
    await recordAccess(
      tx,
      actor,
      ctx,
      consentAccess('consent.cosign', householdId, mode === 'self' ? 'own_household' : 'coordination'),
      { consentId: row.id, via, complete, signedForm },
    );
  });
  return { ok: true as const, complete, version: row.version + 1 };
}
