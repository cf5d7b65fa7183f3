import { randomUUID } from 'node:crypto';
import type {
  AddMemberRequest,
  EndMemberRequest,
  HouseholdDossier,
  HouseholdMember,
  MoveMemberRequest,
  UpdateMemberRequest,
} from '@een-plan/contracts';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { userContactOf } from '../auth/fragments.ts';
import { membersHiddenFromResident } from '../consent/youth-privacy.ts';
import type { Db, Executor } from '../db/database.ts';
import { preparedOnce } from '../db/prepared.ts';
import { ProblemError } from '../http/problems.ts';
import { safetyFlagOf } from '../intake/safety-flag.ts';
import { listNetwork } from '../network/service.ts';
import type { Actor } from '../policy/actor.ts';
import { ageOn } from '../policy/decide-consent.ts';
import { seesPendingNetworkSuggestions } from '../policy/household-scope.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { teamContactOfArea } from '../tenancy/fragments.ts';
import { auditSuccess, decideFor, requireHousehold } from './access.ts';
import { oneHousehold } from './membership.ts';
import { household, householdMember, person } from './schema.ts';
import { eighteenthBirthday, turns18Soon } from './service.ts';

const READ_AUDIT = {
  action: 'household.read',
  dataCategory: 'household.dossier',
  purpose: 'care_coordination',
};
const WRITE_AUDIT = {
  action: 'household.member.write',
  dataCategory: 'household.members',
  purpose: 'care_coordination',
};

// Current and former members in one prepared statement; the dossier splits them.
const membersStatement = (db: Executor) =>
  db
    .select({
      personId: person.id,
      firstName: person.firstName,
      lastName: person.lastName,
      birthDate: person.birthDate,
      phone: person.phone,
      email: person.email,
      sex: person.sex,
      role: householdMember.memberRole,
      since: householdMember.since,
      until: householdMember.until,
    })
    .from(householdMember)
    .innerJoin(
      person,
      and(eq(person.tenantId, householdMember.tenantId), eq(person.id, householdMember.personId)),
    )
    .where(
      and(
        eq(householdMember.tenantId, sql.placeholder('tenantId')),
        eq(householdMember.householdId, sql.placeholder('householdId')),
      ),
    )
    .orderBy(asc(person.birthDate))
    .limit(200)
    .prepare('household_dossier_members');

async function membersOf(db: Executor, tenantId: string, householdId: string) {
  const rows = await preparedOnce(db, 'household_dossier_members', membersStatement).execute({
    tenantId,
    householdId,
  });
  const today = new Date();
  const all = rows.map(
    (r): HouseholdMember => ({
      ...r,
      sex: r.sex === 'male' || r.sex === 'female' ? r.sex : null,
      age: ageOn(r.birthDate, today),
    }),
  );
  return {
    // Youngest last, as the family reads it; those who left, the most recent first.
    current: all.filter((m) => m.until === null),
    former: all.filter((m) => m.until !== null).sort((x, y) => (y.until ?? '').localeCompare(x.until ?? '')),
  };
}

// What stands around the household, from the modules that own it (intake's safety flag, the
// coordinator's and the team's contact): one prepared statement instead of three round trips.
const aroundStatement = (db: Executor) =>
  db
    .select({
      safety: safetyFlagOf(household.tenantId, household.id),
      coordinator: userContactOf(household.tenantId, household.coordinatorId),
      team: teamContactOfArea(household.tenantId, household.areaId),
    })
    .from(household)
    .where(oneHousehold())
    .limit(1)
    .prepare('household_dossier_around');

/** The household dossier: members (and former members), network, professionals, flags. */
export async function getHouseholdDossier(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  householdId: string,
): Promise<HouseholdDossier> {
  const h = await requireHousehold(db, actor, ctx, householdId, 'household.read', READ_AUDIT);
  const [{ current: members, former: formerMembers }, network, around] = await Promise.all([
    membersOf(db, actor.tenantId, householdId),
    listNetwork(db, actor.tenantId, householdId),
    preparedOnce(db, 'household_dossier_around', aroundStatement).execute({
      tenantId: actor.tenantId,
      householdId,
    }),
  ]);
  const { safety, coordinator, team } = around[0] ?? { safety: false, coordinator: null, team: null };
  await auditSuccess(db, actor, ctx, householdId, READ_AUDIT);
  // From 16 a youth's own contact details are theirs: a parent sees them only with the youth's consent.
  const hiddenContact = await membersHiddenFromResident(db, actor, h, 'contact');
  const shownMembers = members.map((m) =>
    hiddenContact.has(m.personId) ? { ...m, phone: null, email: null } : m,
  );
  const today = new Date();
  const professionals: HouseholdDossier['professionals'] = [];
  if (coordinator) {
    professionals.push({
      kind: 'coordinator',
      name: coordinator.name,
      phone: null,
      email: coordinator.email,
    });
  }
  if (team) professionals.push({ kind: 'team', ...team });
  return {
    id: h.id,
    name: h.name,
    status: h.status,
    closedOn: h.closedOn,
    street: h.street,
    houseNumber: h.houseNumber,
    postcode: h.postcode,
    city: h.city,
    areaName: h.areaName,
    members: shownMembers,
    formerMembers,
    // A resident sees the network but not the coordinator's pending decisions on others' suggestions.
    network: seesPendingNetworkSuggestions(actor) ? network : network.filter((n) => n.status === 'active'),
    professionals,
    flags: {
      safety,
      comingOfAge: members
        .filter((m) => turns18Soon(m.birthDate, today))
        .map((m) => ({
          personId: m.personId,
          firstName: m.firstName,
          turns18On: eighteenthBirthday(m.birthDate),
        })),
    },
    canEdit: decideFor(actor, 'household.write', h).allowed,
  };
}

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
