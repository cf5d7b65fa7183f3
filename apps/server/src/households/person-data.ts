/** What the households module holds about one person, for their own AVG export (right of access). */
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { household, householdMember, person } from './schema.ts';

/** The person's own details; undefined when unknown. */
export async function findPersonDetails(db: Executor, tenantId: string, personId: string) {
  const [row] = await db
    .select({
      id: person.id,
      firstName: person.firstName,
      lastName: person.lastName,
      birthDate: person.birthDate,
      phone: person.phone,
      email: person.email,
    })
    .from(person)
    .where(and(eq(person.tenantId, tenantId), eq(person.id, personId)))
    .limit(1);
  return row;
}

/** Every household the person belongs or belonged to, with the dates (past memberships too). */
export async function membershipHistory(db: Executor, tenantId: string, personId: string) {
  return db
    .select({
      householdId: householdMember.householdId,
      householdName: household.name,
      memberRole: householdMember.memberRole,
      since: householdMember.since,
      until: householdMember.until,
    })
    .from(householdMember)
    .innerJoin(
      household,
      and(eq(household.tenantId, householdMember.tenantId), eq(household.id, householdMember.householdId)),
    )
    .where(and(eq(householdMember.tenantId, tenantId), eq(householdMember.personId, personId)))
    .limit(100);
}
