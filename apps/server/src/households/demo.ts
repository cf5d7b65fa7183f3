/**
 * Rows of the demo story in the household module's tables, for the demo loaders: a household with
 * its members as a registration would leave them. Idempotent: what exists is left as it is.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { household, householdMember, person } from './schema.ts';

interface DemoMember {
  id: string;
  bsn: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  sex: string;
  role: string;
}

/** The household (its area already routed) and its members, all members since 1 January 2024. */
export async function ensureDemoHousehold(
  tx: Executor,
  tenantId: string,
  fields: Omit<typeof household.$inferInsert, 'tenantId'>,
  members: readonly DemoMember[],
) {
  await tx
    .insert(household)
    .values({ ...fields, tenantId })
    .onConflictDoNothing();
  for (const { role, ...m } of members) {
    await tx
      .insert(person)
      .values({ tenantId, ...m })
      .onConflictDoNothing();
    await tx
      .insert(householdMember)
      .values({ tenantId, householdId: fields.id, personId: m.id, memberRole: role, since: '2024-01-01' })
      .onConflictDoNothing();
  }
}

/** A person's phone and e-mail, unless someone has entered a phone number since. */
export async function setDemoContactDetails(
  tx: Executor,
  tenantId: string,
  contact: { id: string; phone: string; email: string | null },
) {
  await tx
    .update(person)
    .set({ phone: contact.phone, email: contact.email })
    .where(and(eq(person.tenantId, tenantId), eq(person.id, contact.id), isNull(person.phone)));
}

interface DemoHouseholdRows {
  households: Array<typeof household.$inferInsert>;
  people: Array<typeof person.$inferInsert>;
  members: Array<typeof householdMember.$inferInsert>;
}

/** Whether a demo household is loaded already (a generated story is loaded all at once). */
export async function demoHouseholdExists(tx: Executor, tenantId: string, householdId: string) {
  const [row] = await tx
    .select({ id: household.id })
    .from(household)
    .where(and(eq(household.tenantId, tenantId), eq(household.id, householdId)))
    .limit(1);
  return row !== undefined;
}

/** Generated households of a demo history (past closures), in bulk, in this order. */
export async function insertDemoHouseholdRows(tx: Executor, rows: DemoHouseholdRows) {
  if (rows.households.length > 0) await tx.insert(household).values(rows.households);
  if (rows.people.length > 0) await tx.insert(person).values(rows.people);
  if (rows.members.length > 0) await tx.insert(householdMember).values(rows.members);
}
