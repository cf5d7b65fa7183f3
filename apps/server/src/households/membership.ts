/**
 * Who belongs to a household now. The one place that answers it: every module asks here, so a
 * person who has left (`until` set) is refused everywhere alike. A membership row is never deleted;
 * only a row without `until` is current.
 */
import { type AnyColumn, and, asc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/pg-core';
import { correlated } from '../db/correlated.ts';
import type { Executor } from '../db/database.ts';
import { preparedOnce } from '../db/prepared.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import { areaNameOf, teamOfArea } from '../tenancy/fragments.ts';
import { household, householdMember, person } from './schema.ts';

const current = (tenantId: string) =>
  and(eq(householdMember.tenantId, tenantId), isNull(householdMember.until));

/** A household's current members, youngest last (by birth date), with what the age rules need. */
export async function currentMembers(db: Executor, tenantId: string, householdId: string) {
  return db
    .select({
      personId: person.id,
      firstName: person.firstName,
      birthDate: person.birthDate,
      role: householdMember.memberRole,
    })
    .from(householdMember)
    .innerJoin(
      person,
      and(eq(person.tenantId, householdMember.tenantId), eq(person.id, householdMember.personId)),
    )
    .where(and(current(tenantId), eq(householdMember.householdId, householdId)))
    .orderBy(asc(person.birthDate))
    .limit(100);
}

/**
 * The same members as `currentMembers`, as a column of the caller's household query (one JSON
 * value, youngest last): a read that decides on the household and shows its members is one round trip.
 */
const currentMembersOf = correlated(sql<
  Array<{ personId: string; firstName: string; birthDate: string; role: string }>
>`(select coalesce(json_agg(json_build_object('personId', x.id, 'firstName', x.first_name,
    'birthDate', x.birth_date, 'role', x.member_role) order by x.birth_date), '[]'::json)
  from (select p.id, p.first_name, p.birth_date, m.member_role from ${householdMember} m
    join ${person} p on p.tenant_id = m.tenant_id and p.id = m.person_id
    where m.tenant_id = ${household.tenantId} and m.household_id = ${household.id} and m.until is null
    order by p.birth_date limit 100) x)`);

export async function isCurrentMember(db: Executor, tenantId: string, householdId: string, personId: string) {
  return (await findHouseholdOfPerson(db, tenantId, personId)) === householdId;
}

/** The household a person lives in now, or null (never lived anywhere, or left). */
async function findHouseholdOfPerson(db: Executor, tenantId: string, personId: string) {
  const [row] = await db
    .select({ householdId: householdMember.householdId })
    .from(householdMember)
    .where(and(current(tenantId), eq(householdMember.personId, personId)))
    .limit(1);
  return row?.householdId ?? null;
}

/** The same as a piece of another module's query: the person's current household id, or null. */
export function householdOfPersonNow(
  tenantId: AnyColumn | SQL,
  personId: AnyColumn | SQL,
): SQL<string | null> {
  return correlated(sql<string | null>`(select ${householdMember.householdId} from ${householdMember}
    where ${householdMember.tenantId} = ${tenantId} and ${householdMember.personId} = ${personId}
    and ${householdMember.until} is null limit 1)`);
}

/** The resident's own household (portal); 404 when they have none now. */
export async function getResidentHouseholdId(db: Executor, actor: Actor): Promise<string> {
  const id = actor.personId ? await findHouseholdOfPerson(db, actor.tenantId, actor.personId) : null;
  if (!id) throw new ProblemError('not_found');
  return id;
}

export interface HouseholdRow {
  id: string;
  name: string;
  status: string;
  /** The day the support ended (status closed); null while open. */
  closedOn: string | null;
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  areaId: string | null;
  areaName: string | null;
  coordinatorId: string | null;
  teamId: string | null;
  /** Current members only: the policy's "own household" basis. */
  memberPersonIds: string[];
}

/** The ids of the household's current members, as a column of the caller's household query. */
const currentMemberIdsOf = correlated(sql<string[]>`coalesce((select array_agg(${householdMember.personId})
  from ${householdMember} where ${householdMember.tenantId} = ${household.tenantId}
  and ${householdMember.householdId} = ${household.id} and ${householdMember.until} is null), '{}')`);

/** "This household", for a prepared statement: its values are the placeholders tenantId and householdId. */
export const oneHousehold = () =>
  and(eq(household.tenantId, sql.placeholder('tenantId')), eq(household.id, sql.placeholder('householdId')));

/**
 * The facts behind nearly every household decision, as the columns of a select from `household`:
 * `findHouseholdFacts` selects them alone, a read that needs more of the household (the dossier)
 * selects them beside its own, so the decision and the read are one round trip.
 */
export const householdFactsColumns = {
  id: household.id,
  name: household.name,
  status: household.status,
  closedOn: household.closedOn,
  street: household.street,
  houseNumber: household.houseNumber,
  postcode: household.postcode,
  city: household.city,
  areaId: household.areaId,
  areaName: areaNameOf(household.tenantId, household.areaId),
  coordinatorId: household.coordinatorId,
  teamId: teamOfArea(household.tenantId, household.areaId),
  memberPersonIds: currentMemberIdsOf,
};

/**
 * A read in another module that decides on the household and shows its own rows in one round trip
 * (the plan read): a select from the household with the caller's columns, `householdMembersColumns`
 * among them, and the household's keys for the caller's join. The household stays this module's table.
 */
export const selectFromHousehold = <T extends SelectedFields>(db: Executor, fields: T) =>
  db.select(fields).from(household);

export const householdKeys = {
  tenantId: household.tenantId,
  id: household.id,
  coordinatorId: household.coordinatorId,
};

// One prepared statement, one round trip.
const factsStatement = (db: Executor) =>
  db.select(householdFactsColumns).from(household).where(oneHousehold()).limit(1).prepare('household_facts');

/** The household and the facts an access decision needs, or null when it does not exist. */
export async function findHouseholdFacts(
  db: Executor,
  tenantId: string,
  householdId: string,
): Promise<HouseholdRow | null> {
  const [h] = await preparedOnce(db, 'household_facts', factsStatement).execute({ tenantId, householdId });
  return h ?? null;
}

/**
 * What a plan decides on and shows of its household: the name, the coordinator and team, and the
 * current members (whose ids are the policy's "own household" basis), as the columns of a select
 * from `household`. Of `householdFactsColumns` only these: no plan decision reads the address, the
 * area's name or the status, and the members' ids come with the members.
 */
export const householdMembersColumns = {
  id: householdFactsColumns.id,
  name: householdFactsColumns.name,
  coordinatorId: householdFactsColumns.coordinatorId,
  teamId: householdFactsColumns.teamId,
  members: currentMembersOf,
};

const factsAndMembersStatement = (db: Executor) =>
  db
    .select(householdMembersColumns)
    .from(household)
    .where(oneHousehold())
    .limit(1)
    .prepare('household_facts_members');

/** The household's `householdMembersColumns` in one round trip, or null when it does not exist. */
export async function findHouseholdWithMembers(
  db: Executor,
  tenantId: string,
  householdId: string,
): Promise<
  | (Pick<HouseholdRow, 'id' | 'name' | 'coordinatorId' | 'teamId'> & {
      members: Awaited<ReturnType<typeof currentMembers>>;
    })
  | null
> {
  const [h] = await preparedOnce(db, 'household_facts_members', factsAndMembersStatement).execute({
    tenantId,
    householdId,
  });
  return h ?? null;
}

/** A person's birth date (the age rules need it), or null when the person is unknown in this tenant. */
export async function findBirthDate(
  db: Executor,
  tenantId: string,
  personId: string,
): Promise<string | null> {
  const [row] = await db
    .select({ birthDate: person.birthDate })
    .from(person)
    .where(and(eq(person.tenantId, tenantId), eq(person.id, personId)))
    .limit(1);
  return row?.birthDate ?? null;
}

/** Who answers for each household: its coordinator and the team of its area (for task routing). */
export async function householdOwners(
  db: Executor,
  tenantId: string,
  householdIds: readonly string[],
): Promise<Map<string, { coordinatorId: string | null; teamId: string | null }>> {
  const owners = new Map<string, { coordinatorId: string | null; teamId: string | null }>();
  if (householdIds.length === 0) return owners;
  const rows = await db
    .select({
      id: household.id,
      coordinatorId: household.coordinatorId,
      teamId: teamOfArea(household.tenantId, household.areaId),
    })
    .from(household)
    .where(and(eq(household.tenantId, tenantId), inArray(household.id, [...new Set(householdIds)])));
  for (const r of rows) owners.set(r.id, { coordinatorId: r.coordinatorId, teamId: r.teamId });
  return owners;
}
