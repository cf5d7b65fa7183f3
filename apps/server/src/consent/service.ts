import { randomUUID } from 'node:crypto';
import type {
  Consent,
  ConsentCompleteInput,
  ConsentGrantInput,
  ConsentList,
  ConsentRevokeInput,
  ConsentStatus,
} from '@een-plan/contracts';
import { and, desc, eq } from 'drizzle-orm';
import { recordAccess } from '../audit/record.ts';
import { findUserRoleAndPerson } from '../auth/grantee-users.ts';
import { findUserNames } from '../auth/users.ts';
import { decryptOptional, encryptOptional } from '../crypto/data-encryption.ts';
import type { Db, Executor } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/authorize.ts';
import { ageOn, consentCompletionMode, mayGiveConsent } from '../policy/decide-consent.ts';
import {
  consentPurpose,
  decideConsentRevoke,
  mayBeNamedInConsent,
  mayReadConsentAbout,
} from '../policy/decide-consent-manage.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { findOrganisation, listOrganisations } from '../tenancy/organisations.ts';
import { loadMembers, type MemberFacts, subjectFacts, today, toFact } from './access.ts';
import { completeConsent, residentMayAgree, stillNeeded } from './completion.ts';
import { granteePeople } from './grantee-options.ts';
import { consentAccess, consentAttempt, requireManage } from './manage-access.ts';
import { consent } from './schema.ts';

export { sharedHouseholds, sharedIntake, sharedPlan } from './shared-views.ts';

function statusOf(row: typeof consent.$inferSelect, complete: boolean, now: Date): ConsentStatus {
  if (row.revokedAt && row.revokedAt <= now) return 'revoked';
  const day = today(now);
  if (day > row.validUntil) return 'expired';
  if (day < row.validFrom) return 'future';
  return complete ? 'active' : 'incomplete';
}

/** A resident sees consents about themself and about members under 16 (they act for them). */
function readerSees(actor: Actor, members: readonly MemberFacts[], subjectPersonId: string, now: Date) {
  const birthDate = members.find((x) => x.personId === subjectPersonId)?.birthDate;
  return mayReadConsentAbout(actor, subjectPersonId, birthDate, today(now));
}

export async function listConsents(
  db: Db,
  actor: Actor,
  householdId: string,
  ctx: RequestOrigin,
  now = new Date(),
): Promise<ConsentList> {
  await requireManage(db, actor, ctx, householdId, false, 'consent.list');
  const t = actor.tenantId;
  const members = await loadMembers(db, t, householdId);
  const rows = await db
    .select()
    .from(consent)
    .where(and(eq(consent.tenantId, t), eq(consent.householdId, householdId)))
    .orderBy(desc(consent.recordedAt))
    .limit(200);
  const visible = rows.filter((r) => readerSees(actor, members, r.subjectPersonId, now));
  const orgs = await listOrganisations(db, t);
  const userIds = [
    ...new Set([
      ...visible.map((r) => r.recordedBy),
      ...visible.flatMap((r) => r.coSignatures.map((c) => c.recordedBy)),
      ...visible.filter((r) => r.granteeKind === 'user').map((r) => r.granteeRef),
    ]),
  ];
  const users = await findUserNames(db, t, userIds);
  const userName = new Map(users.map((u) => [u.id, u.displayName]));
  const orgName = new Map(orgs.map((o) => [o.id, o.name]));
  const grantable = orgs.filter((o) => o.kind !== 'municipality' && o.kind !== 'social_team');
  const firstName = (id: string) => members.find((m) => m.personId === id)?.firstName ?? '';
  const consents: Consent[] = visible.map((r) => {
    const fact = toFact(r, members, now);
    return {
      id: r.id,
      householdId,
      subject: { personId: r.subjectPersonId, firstName: firstName(r.subjectPersonId) },
      grantee: {
        kind: r.granteeKind,
        ref: r.granteeRef,
        name: (r.granteeKind === 'user' ? userName.get(r.granteeRef) : orgName.get(r.granteeRef)) ?? '',
      },
      sections: r.sections,
      purposeCategory: r.purposeCategory,
      purposeText: decryptOptional(r.purposeTextEnc),
      validFrom: r.validFrom,
      validUntil: r.validUntil,
      givenBy: r.givenBy.map((p) => ({ personId: p, firstName: firstName(p) })),
      stillNeeded: stillNeeded(members, r, now),
      coSignatures: r.coSignatures.map((c) => ({
        personId: c.personId,
        firstName: firstName(c.personId),
        via: c.via,
        givenOn: c.givenOn,
        recordedByName: userName.get(c.recordedBy) ?? '',
        signedForm: c.signedForm,
      })),
      canAgree: residentMayAgree(actor, members, r, now),
      recordedVia: r.recordedVia,
      recordedByName: userName.get(r.recordedBy) ?? '',
      recordedAt: r.recordedAt.toISOString(),
      givenOn: r.givenOn,
      revokedAt: r.revokedAt?.toISOString() ?? null,
      status: statusOf(r, fact.complete, now),
      version: r.version,
    };
  });
  await recordAccess(db, actor, ctx, consentAccess('consent.list', householdId, consentPurpose(actor)), {
    count: consents.length,
  });
  return {
    householdId,
    consents,
    organisations: grantable,
    people: await granteePeople(
      db,
      actor,
      grantable.map((o) => o.id),
      members.map((m) => m.personId),
    ),
    members: members.map((m) => ({
      personId: m.personId,
      firstName: m.firstName,
      age: ageOn(m.birthDate, today(now)),
    })),
  };
}

/**
 * A consent goes to an organisation, a professional, or — for a youth's own sections — a fellow
 * household member with a login (a 16+ youth letting a parent read along).
 */
async function requireGrantee(
  db: Executor,
  tenantId: string,
  grantee: ConsentGrantInput['grantee'],
  householdPersonIds: readonly string[],
) {
  if (grantee.kind === 'organisation') {
    if (!(await findOrganisation(db, tenantId, grantee.ref)))
      throw new ProblemError('consent_grantee_unknown');
    return;
  }
  const u = await findUserRoleAndPerson(db, tenantId, grantee.ref);
  if (!u || !mayBeNamedInConsent(u, householdPersonIds)) {
    throw new ProblemError('consent_grantee_unknown');
  }
}

/**
 * A resident gives consent in the portal (they are the giver), or a coordinator records a
 * consent given on paper or in conversation (who/when/how). Givers must be entitled by the age
 * rules; a 12–15 consent stays `incomplete` until the other party also consents.
 */
export async function grantConsent(
  db: Db,
  actor: Actor,
  householdId: string,
  input: ConsentGrantInput,
  ctx: RequestOrigin,
  now = new Date(),
): Promise<{ id: string }> {
  await requireManage(db, actor, ctx, householdId, true, 'consent.grant');
  const day = today(now);
  const limit = new Date(now);
  limit.setUTCFullYear(limit.getUTCFullYear() + 2);
  if (input.validUntil <= day || input.validUntil > today(limit))
    throw new ProblemError('consent_invalid_period');
  const members = await loadMembers(db, actor.tenantId, householdId);
  const subject = subjectFacts(members, input.subjectPersonId);
  if (!subject) throw new ProblemError('consent_not_entitled');
  let givenBy: string[];
  let via: 'portal' | 'paper' | 'conversation';
  let givenOn: string;
  if (consentCompletionMode(actor) === 'self') {
    if (input.recorded || !actor.personId) throw new ProblemError('consent_not_entitled');
    givenBy = [actor.personId];
    via = 'portal';
    givenOn = day;
  } else {
    if (!input.recorded) throw new ProblemError('consent_recording_required');
    if (input.recorded.givenOn > day) throw new ProblemError('consent_invalid_period');
    givenBy = [...new Set(input.recorded.givenByPersonIds)];
    via = input.recorded.via;
    givenOn = input.recorded.givenOn;
  }
  if (!givenBy.every((p) => mayGiveConsent(subject, p, day))) throw new ProblemError('consent_not_entitled');
  await requireGrantee(
    db,
    actor.tenantId,
    input.grantee,
    members.map((m) => m.personId),
  );
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await tx.insert(consent).values({
      tenantId: actor.tenantId,
      id,
      householdId,
      subjectPersonId: input.subjectPersonId,
      granteeKind: input.grantee.kind,
      granteeRef: input.grantee.ref,
      sections: [...new Set(input.sections)],
      purposeCategory: input.purposeCategory,
      purposeTextEnc: encryptOptional(input.purposeText),
      validFrom: day,
      validUntil: input.validUntil,
      givenBy,
      recordedVia: via,
      recordedBy: actor.userId,
      recordedAt: now,
      givenOn,
    });
    await recordAccess(tx, actor, ctx, consentAccess('consent.grant', householdId, input.purposeCategory), {
      consentId: id,
      via,
      sections: input.sections.join(','),
      grantee: input.grantee.ref,
    });
  });
  return { id };
}

/** A consent addressed by its household and its id, as the routes' parameters name it. */
interface ConsentRef {
  householdId: string;
  consentId: string;
}

/** The consent row for a write (co-sign, revoke): the actor must manage the household's consents. */
async function consentForWrite(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  { householdId, consentId }: ConsentRef,
  action: string,
) {
  await requireManage(db, actor, ctx, householdId, true, action);
  const [row] = await db
    .select()
    .from(consent)
    .where(
      and(
        eq(consent.tenantId, actor.tenantId),
        eq(consent.id, consentId),
        eq(consent.householdId, householdId),
      ),
    )
    .limit(1);
  if (!row) throw new ProblemError('not_found');
  return row;
}

/**
 * The party a consent still waits for (the 12–15 year-old or a parent) completes it: in the portal,
 * or recorded by the coordinator (paper with a signed form, or a conversation). See completion.ts.
 */
export async function coSignConsent(
  db: Db,
  actor: Actor,
  ref: ConsentRef,
  input: ConsentCompleteInput,
  ctx: RequestOrigin,
  now = new Date(),
) {
  const row = await consentForWrite(db, actor, ctx, ref, 'consent.cosign');
  return completeConsent(db, actor, row, input, ctx, now);
}

/**
 * Revocation: by anyone entitled to give it (or who gave it), or by the coordinator on the
 * family's behalf. Takes effect on the very next request (decisions read the row every time).
 */
export async function revokeConsent(
  db: Db,
  actor: Actor,
  ref: ConsentRef,
  input: ConsentRevokeInput,
  ctx: RequestOrigin,
  now = new Date(),
) {
  const { householdId, consentId } = ref;
  const row = await consentForWrite(db, actor, ctx, ref, 'consent.revoke');
  await authorize(db, actor, ctx, {
    load: async () => ({
      subject: subjectFacts(await loadMembers(db, actor.tenantId, householdId), row.subjectPersonId),
    }),
    decide: ({ subject }) => decideConsentRevoke(actor, row.givenBy, subject, today(now)),
    attempt: consentAttempt('consent.revoke', householdId),
    answer: 'not_found',
  });
  if (row.revokedAt) throw new ProblemError('consent_already_revoked');
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(consent)
      .set({ revokedAt: now, revokedBy: actor.userId, version: row.version + 1 })
      .where(
        and(
          eq(consent.tenantId, actor.tenantId),
          eq(consent.id, consentId),
          eq(consent.version, input.version),
        ),
      )
      .returning({ version: consent.version });
    if (updated.length === 0) throw new ProblemError('version_conflict', undefined, undefined, row.version);
    await recordAccess(tx, actor, ctx, consentAccess('consent.revoke', householdId, consentPurpose(actor)), {
      consentId,
    });
  });
  return { ok: true as const };
}
