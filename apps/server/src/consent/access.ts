import { and, eq, gt, isNull, or } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Executor } from '../db/database.ts';
import { currentMembers, findHouseholdFacts, type HouseholdRow } from '../households/membership.ts';
import type { Actor } from '../policy/actor.ts';
import { refuse } from '../policy/authorize.ts';
import {
  type BreakGlassFact,
  type ConsentFact,
  type ConsentSection,
  type ConsentSubjectFacts,
  consentIsComplete,
  decideSection,
  type SectionDecision,
  sectionRefusalAnswer,
} from '../policy/decide-consent.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { amsterdamDate } from '../referrals/working-days.ts';
import { breakGlass, consent } from './schema.ts';

export interface MemberFacts {
  personId: string;
  firstName: string;
  birthDate: string;
  memberRole: string;
}

export const today = (now: Date) => amsterdamDate(now);

/** Current members with what the age rules need. */
export async function loadMembers(
  db: Executor,
  tenantId: string,
  householdId: string,
): Promise<MemberFacts[]> {
  const members = await currentMembers(db, tenantId, householdId);
  return members.map(({ role, ...m }) => ({ ...m, memberRole: role }));
}

export function subjectFacts(members: readonly MemberFacts[], personId: string): ConsentSubjectFacts | null {
  const subject = members.find((m) => m.personId === personId);
  if (!subject) return null;
  return {
    subjectPersonId: personId,
    subjectBirthDate: subject.birthDate,
    guardianPersonIds: members
      .filter((m) => m.memberRole === 'gezagsdrager' && m.personId !== personId)
      .map((m) => m.personId),
  };
}

type ConsentRow = typeof consent.$inferSelect;

export function toFact(row: ConsentRow, members: readonly MemberFacts[], now: Date): ConsentFact {
  const subject = subjectFacts(members, row.subjectPersonId);
  return {
    id: row.id,
    subjectPersonId: row.subjectPersonId,
    granteeKind: row.granteeKind,
    granteeRef: row.granteeRef,
    sections: row.sections,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    revokedAt: row.revokedAt,
    complete: subject !== null && consentIsComplete(subject, row.givenBy, today(now)),
  };
}

/** Consents and break-glass that may open something now (not revoked, not expired). */
export async function loadSectionFacts(
  db: Executor,
  actor: Actor,
  h: Pick<HouseholdRow, 'id' | 'coordinatorId' | 'teamId' | 'memberPersonIds'>,
  now: Date,
) {
  const t = actor.tenantId;
  const members = await loadMembers(db, t, h.id);
  const rows = await db
    .select()
    .from(consent)
    .where(and(eq(consent.tenantId, t), eq(consent.householdId, h.id), isNull(consent.revokedAt)))
    .limit(500);
  const glass = await db
    .select({ id: breakGlass.id, userId: breakGlass.userId, expiresAt: breakGlass.expiresAt })
    .from(breakGlass)
    .where(and(eq(breakGlass.tenantId, t), eq(breakGlass.householdId, h.id), gt(breakGlass.expiresAt, now)))
    .limit(100);
  const consents = rows.map((r) => toFact(r, members, now));
  return {
    members,
    facts: {
      tenantId: t,
      coordinatorId: h.coordinatorId,
      teamId: h.teamId,
      memberPersonIds: h.memberPersonIds,
      consents,
      breakGlass: glass satisfies BreakGlassFact[],
    },
  };
}

/** The audit purpose and details for an allowed section decision: the basis is always recorded. */
export function basisOf(decision: Extract<SectionDecision, { allowed: true }>): {
  purpose: string;
  details: Record<string, string>;
} {
  switch (decision.basis) {
    case 'consent':
      return {
        purpose: `consent:${decision.consentIds.join(',')}`,
        details: { basis: 'consent', consentIds: decision.consentIds.join(',') },
      };
    case 'break_glass':
      return {
        purpose: `break_glass:${decision.breakGlassId}`,
        details: { basis: 'break_glass', breakGlassId: decision.breakGlassId },
      };
    default:
      return { purpose: `relationship:${decision.basis}`, details: { basis: decision.basis } };
  }
}

/**
 * Loads a household and decides section access (relationship, consent, break-glass). Both
 * outcomes are audited with the basis. Someone without any way into the household gets 404 (no
 * leak whether it exists); someone who may see another section of it gets 403.
 */
export async function requireSection(
  db: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  householdId: string,
  section: ConsentSection,
  auditAction: string,
  now = new Date(),
) {
  const h = await findHouseholdFacts(db, actor.tenantId, householdId);
  const loaded = h ? await loadSectionFacts(db, actor, h, now) : null;
  const decision = h && loaded ? decideSection(actor, section, loaded.facts, now) : null;
  if (!h || !loaded || !decision?.allowed) {
    return refuse(
      db,
      actor,
      ctx,
      {
        action: auditAction,
        subjectType: 'household',
        subjectId: householdId,
        dataCategory: section,
        purpose: 'denied',
        details: { section },
      },
      decision && !decision.allowed ? decision.reason : 'not_found',
      sectionRefusalAnswer(actor, section, loaded?.facts ?? null, now),
    );
  }
  const basis = basisOf(decision);
  await recordAudit(db, {
    tenantId: actor.tenantId,
    actor,
    action: auditAction,
    outcome: 'success',
    subjectType: 'household',
    subjectId: householdId,
    dataCategory: section,
    purpose: basis.purpose,
    requestId: ctx.requestId,
    clientAddress: ctx.clientAddress,
    details: { section, ...basis.details },
  });
  return { h, decision, members: loaded.members, facts: loaded.facts };
}

/** Active break-glass rows of a user (for list filtering). */
export async function activeBreakGlassOf(db: Executor, actor: Actor, now: Date) {
  return db
    .select({ householdId: breakGlass.householdId })
    .from(breakGlass)
    .where(
      and(
        eq(breakGlass.tenantId, actor.tenantId),
        eq(breakGlass.userId, actor.userId),
        gt(breakGlass.expiresAt, now),
      ),
    )
    .limit(100);
}

/** Consents naming the actor or their organisation (the grantee index). */
export async function consentsNaming(db: Executor, actor: Actor) {
  const refs = [actor.userId, ...(actor.organisationId ? [actor.organisationId] : [])];
  return db
    .select({ householdId: consent.householdId })
    .from(consent)
    .where(
      and(
        eq(consent.tenantId, actor.tenantId),
        or(...refs.map((r) => eq(consent.granteeRef, r))),
        isNull(consent.revokedAt),
      ),
    )
    .limit(1000);
}
