/**
 * What retention asks of households: the day a household's support ended, its people (for the
 * erasure requester's age), and the destruction of the household itself — the last step of a
 * dossier's destruction, after every module that names the household removed its rows.
 */
import { and, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import { retireResidentAccounts } from '../auth/retention.ts';
import type { Executor } from '../db/database.ts';
import type { ErasedIdentity } from './name-scrub.ts';
import { household, householdMember, person } from './schema.ts';

export async function householdClosedDates(db: Executor, tenantId: string) {
  return db
    .select({ householdId: household.id, closedOn: household.closedOn })
    .from(household)
    .where(and(eq(household.tenantId, tenantId), isNotNull(household.closedOn)));
}

/** Everyone who ever belonged to the household, with birth date (no names). */
export async function householdPeople(db: Executor, tenantId: string, householdId: string) {
  return db
    .selectDistinct({
      personId: householdMember.personId,
      memberRole: householdMember.memberRole,
      birthDate: person.birthDate,
      until: householdMember.until,
    })
    .from(householdMember)
    .innerJoin(
      person,
      and(eq(person.tenantId, householdMember.tenantId), eq(person.id, householdMember.personId)),
    )
    .where(and(eq(householdMember.tenantId, tenantId), eq(householdMember.householdId, householdId)));
}

export async function destroyHouseholdData(tx: Executor, tenantId: string, householdId: string) {
  const members = await tx
    .select({ personId: householdMember.personId })
    .from(householdMember)
    .where(and(eq(householdMember.tenantId, tenantId), eq(householdMember.householdId, householdId)));
  const personIds = [...new Set(members.map((m) => m.personId))];
  const memberships = await tx
    .delete(householdMember)
    .where(and(eq(householdMember.tenantId, tenantId), eq(householdMember.householdId, householdId)))
    .returning({ id: householdMember.personId });
  // A person who (also) belongs to another household stays: that dossier is not being destroyed.
  const elsewhere =
    personIds.length === 0
      ? []
      : await tx
          .select({ personId: householdMember.personId })
          .from(householdMember)
          .where(
            and(
              eq(householdMember.tenantId, tenantId),
              inArray(householdMember.personId, personIds),
              ne(householdMember.householdId, householdId),
            ),
          );
  const keep = new Set(elsewhere.map((e) => e.personId));
  const gone = personIds.filter((id) => !keep.has(id));
  // Their login goes with them (retired, not deleted: see auth/retention.ts).
  const accounts = await retireResidentAccounts(tx, tenantId, gone);
  if (gone.length > 0)
    await tx.delete(person).where(and(eq(person.tenantId, tenantId), inArray(person.id, gone)));
  const h = await tx
    .delete(household)
    .where(and(eq(household.tenantId, tenantId), eq(household.id, householdId)))
    .returning({ id: household.id });
  return {
    household_member: memberships.length,
    person: gone.length,
    resident_account_retired: accounts,
    household: h.length,
  };
}

/** What an erased person's row reads: no name, BSN, contact data or exact birth date (decision 0022). */
export const ERASED_PERSON = { firstName: 'Verwijderde', lastName: 'persoon' } as const;
const ERASED_PERSON_NAME = `${ERASED_PERSON.firstName} ${ERASED_PERSON.lastName}`;

/**
 * Erasure of one person (AVG art. 17): their row is made anonymous rather than deleted, because
 * the household's other records (memberships, care records, the signed plan) name its opaque id;
 * the birth date keeps only its year (the household's composition by age). Their login is retired.
 */
export async function erasePersonData(tx: Executor, tenantId: string, householdId: string, personId: string) {
  const [member] = await tx
    .select({ personId: householdMember.personId })
    .from(householdMember)
    .where(
      and(
        eq(householdMember.tenantId, tenantId),
        eq(householdMember.householdId, householdId),
        eq(householdMember.personId, personId),
      ),
    )
    .limit(1);
  if (!member) return { person_details: 0, resident_account: 0 };
  const rows = await tx
    .update(person)
    .set({
      ...ERASED_PERSON,
      bsn: null,
      sex: null,
      phone: null,
      email: null,
      birthDate: sql`date_trunc('year', ${person.birthDate})::date`,
    })
    .where(and(eq(person.tenantId, tenantId), eq(person.id, personId)))
    .returning({ id: person.id });
  // Their login stays the author of what they wrote in the portal, shown as the erased person.
  const accounts = await retireResidentAccounts(tx, tenantId, [personId], ERASED_PERSON_NAME);
  return { person_details: rows.length, resident_account: accounts };
}

/**
 * The names an erasure of this person scrubs from the household's free text (decision 0027): the
 * full name, and the first name unless someone else who ever belonged to the household has it too
 * (scrubbing it would erase that person's name as well). None for a person already erased.
 * Read before their row is made anonymous, with who they were (a signal's subject is matched on it).
 */
export async function namesToScrub(tx: Executor, tenantId: string, householdId: string, personId: string) {
  const people = await tx
    .selectDistinct({
      id: person.id,
      firstName: person.firstName,
      lastName: person.lastName,
      birthDate: person.birthDate,
      bsn: person.bsn,
    })
    .from(householdMember)
    .innerJoin(
      person,
      and(eq(person.tenantId, householdMember.tenantId), eq(person.id, householdMember.personId)),
    )
    .where(and(eq(householdMember.tenantId, tenantId), eq(householdMember.householdId, householdId)));
  const subject = people.find((p) => p.id === personId);
  if (
    !subject ||
    (subject.firstName === ERASED_PERSON.firstName && subject.lastName === ERASED_PERSON.lastName)
  )
    return { names: [], identity: null };
  const sameFirstName = (p: { id: string; firstName: string }) =>
    p.id !== personId && p.firstName.toLocaleLowerCase('nl') === subject.firstName.toLocaleLowerCase('nl');
  const { firstName, lastName, birthDate, bsn } = subject;
  return {
    names: [`${firstName} ${lastName}`, ...(people.some(sameFirstName) ? [] : [firstName])],
    identity: { firstName, lastName, birthDate, bsn } satisfies ErasedIdentity,
  };
}
