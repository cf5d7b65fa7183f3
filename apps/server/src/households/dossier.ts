import { randomUUID } from 'node:crypto';
import type {
  AddMemberRequest,
  EndMemberRequest,
  MoveMemberRequest,
  UpdateMemberRequest,
} from '@een-plan/contracts';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db, Executor } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { auditSuccess, requireHousehold } from './access.ts';
import { householdMember, person } from './schema.ts';

const WRITE_AUDIT = {
  action: 'household.member.write',
  dataCategory: 'household.members',
  purpose: 'care_coordination',
};

function isUniqueViolation(error: unknown): boolean {
  let e: unknown = error;
  while (e && typeof e === 'object') {
    if ((e as { code?: string }).code === '23505') return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

function validation(path: string, nl: string, en: string): ProblemError {
  return new ProblemError('validation_failed', undefined, [
    { path, code: 'invalid_value', message: { nl, en } },
  ]);
}

/** Adds a new person to the household. A BSN that already exists in the tenant is a conflict. */
export async function addMember(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  householdId: string,
  input: AddMemberRequest,
): Promise<{ personId: string }> {
  await requireHousehold(db, actor, ctx, householdId, 'household.write', WRITE_AUDIT);
  if (input.birthDate > input.since) {
    throw validation(
      'body.since',
      'Lid sinds kan niet voor de geboortedatum liggen.',
      'Member since cannot be before the date of birth.',
    );
  }
  const personId = `p-${randomUUID()}`;
  try {
    await db.transaction(async (tx) => {
      if (input.bsn) {
        const [existing] = await tx
          .select({ id: person.id })
          .from(person)
          .where(and(eq(person.tenantId, actor.tenantId), eq(person.bsn, input.bsn)))
          .limit(1);
        if (existing) throw new ProblemError('household_member_conflict');
      }
      await tx.insert(person).values({
        tenantId: actor.tenantId,
        id: personId,
        bsn: input.bsn ?? null,
        firstName: input.firstName,
        lastName: input.lastName,
        birthDate: input.birthDate,
        sex: input.sex ?? null,
        phone: input.phone ?? null,
        email: input.email ?? null,
      });
      await tx.insert(householdMember).values({
        tenantId: actor.tenantId,
        householdId,
        personId,
        memberRole: input.role,
        since: input.since,
      });
      await auditSuccess(tx, actor, ctx, householdId, WRITE_AUDIT, { personId, change: 'add' });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ProblemError('household_member_conflict');
    throw error;
  }
  return { personId };
}

/** A household member addressed as the routes name it: the household (`id`) and the person. */
interface MemberRef {
  id: string;
  personId: string;
}

/** The person's membership of the household that has not ended. */
function isCurrentMembership(tenantId: string, householdId: string, personId: string) {
  return and(
    eq(householdMember.tenantId, tenantId),
    eq(householdMember.householdId, householdId),
    eq(householdMember.personId, personId),
    isNull(householdMember.until),
  );
}

async function currentMembership(tx: Executor, tenantId: string, householdId: string, personId: string) {
  const [m] = await tx
    .select({ since: householdMember.since })
    .from(householdMember)
    .where(isCurrentMembership(tenantId, householdId, personId))
    .limit(1);
  if (!m) throw new ProblemError('not_found');
  return m;
}

/**
 * Ends the person's current membership on `on` (the row stays as history); `on` may not lie before
 * the membership began, which `tooEarly` tells the user in their words for this change.
 */
async function closeMembership(
  tx: Executor,
  tenantId: string,
  householdId: string,
  personId: string,
  on: string,
  tooEarly: { nl: string; en: string },
): Promise<void> {
  const m = await currentMembership(tx, tenantId, householdId, personId);
  if (on < m.since) throw validation('body.on', tooEarly.nl, tooEarly.en);
  await tx
    .update(householdMember)
    .set({ until: on })
    .where(isCurrentMembership(tenantId, householdId, personId));
}

/** Corrects a current member's recorded sex (null: unknown again); audited as the other member edits. */
export async function updateMember(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  householdId: string,
  personId: string,
  input: UpdateMemberRequest,
): Promise<void> {
  await requireHousehold(db, actor, ctx, householdId, 'household.write', WRITE_AUDIT);
  await db.transaction(async (tx) => {
    // Only a member of this household now: the household's coordinator answers for them.
    await currentMembership(tx, actor.tenantId, householdId, personId);
    await tx
      .update(person)
      .set({ sex: input.sex })
      .where(and(eq(person.tenantId, actor.tenantId), eq(person.id, personId)));
    await auditSuccess(tx, actor, ctx, householdId, WRITE_AUDIT, { personId, change: 'sex' });
  });
}

/** Ends a membership (someone leaves the household). The row stays as history. */
export async function endMember(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  { id: householdId, personId }: MemberRef,
  input: EndMemberRequest,
): Promise<void> {
  await requireHousehold(db, actor, ctx, householdId, 'household.write', WRITE_AUDIT);
  await db.transaction(async (tx) => {
    await closeMembership(tx, actor.tenantId, householdId, personId, input.on, {
      nl: 'De einddatum ligt voor de datum van binnenkomst.',
      en: 'The end date is before the start of the membership.',
    });
    await auditSuccess(tx, actor, ctx, householdId, WRITE_AUDIT, { personId, change: 'end' });
  });
}

/** Moves a member: ends the membership here and starts one in the other household, together. */
export async function moveMember(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  { id: householdId, personId }: MemberRef,
  input: MoveMemberRequest,
): Promise<void> {
  if (input.toHouseholdId === householdId) {
    throw validation('body.toHouseholdId', 'Kies een ander huishouden.', 'Choose another household.');
  }
  await requireHousehold(db, actor, ctx, householdId, 'household.write', WRITE_AUDIT);
  await requireHousehold(db, actor, ctx, input.toHouseholdId, 'household.write', WRITE_AUDIT);
  try {
    await db.transaction(async (tx) => {
      await closeMembership(tx, actor.tenantId, householdId, personId, input.on, {
        nl: 'De verhuisdatum ligt voor de datum van binnenkomst.',
        en: 'The moving date is before the start of the membership.',
      });
      await tx.insert(householdMember).values({
        tenantId: actor.tenantId,
        householdId: input.toHouseholdId,
        personId,
        memberRole: input.role,
        since: input.on,
      });
      await auditSuccess(tx, actor, ctx, householdId, WRITE_AUDIT, {
        personId,
        change: 'move_out',
        to: input.toHouseholdId,
      });
      await auditSuccess(tx, actor, ctx, input.toHouseholdId, WRITE_AUDIT, {
        personId,
        change: 'move_in',
        from: householdId,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ProblemError('household_member_conflict');
    throw error;
  }
}
