/**
 * The client as the iJw messages know them (for `assignments`): found by BSN, and with the name,
 * birth date, sex and address a JW30x message carries. The caller decides access and audits.
 */
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { currentMembershipOfPerson } from './joins.ts';
import { household, householdMember, person } from './schema.ts';

/** A person with this BSN (and birth date, when given) who belongs to a household now; null if none. */
export async function findCurrentMemberByBsn(
  db: Executor,
  tenantId: string,
  bsn: string,
  birthDate: string | null,
): Promise<{ personId: string; householdId: string } | null> {
  const rows = await db
    .select({ personId: person.id, householdId: householdMember.householdId })
    .from(person)
    .innerJoin(householdMember, currentMembershipOfPerson)
    .where(
      and(
        eq(person.tenantId, tenantId),
        eq(person.bsn, bsn),
        ...(birthDate ? [eq(person.birthDate, birthDate)] : []),
      ),
    )
    .limit(1);
  return rows[0] ?? null;
}

/** The id of a person with this BSN (in or out of a household); null if none. */
export async function findPersonIdByBsn(db: Executor, tenantId: string, bsn: string): Promise<string | null> {
  const [row] = await db
    .select({ id: person.id })
    .from(person)
    .where(and(eq(person.tenantId, tenantId), eq(person.bsn, bsn)))
    .limit(1);
  return row?.id ?? null;
}

/** The person's name, birth date, sex and BSN with the household's address; undefined if either is unknown. */
export async function findClientWithAddress(
  db: Executor,
  tenantId: string,
  personId: string,
  householdId: string,
) {
  const [row] = await db
    .select({
      bsn: person.bsn,
      firstName: person.firstName,
      lastName: person.lastName,
      birthDate: person.birthDate,
      /** 'male', 'female' or null (not recorded); the messages code it as COD046. */
      sex: person.sex,
      postcode: household.postcode,
      houseNumber: household.houseNumber,
      street: household.street,
      city: household.city,
    })
    .from(person)
    .innerJoin(household, and(eq(household.tenantId, person.tenantId), eq(household.id, householdId)))
    .where(and(eq(person.tenantId, tenantId), eq(person.id, personId)))
    .limit(1);
  return row;
}

/** What identifies a client in an iJw request (JW315): BSN, birth date and last name; undefined when unknown. */
export async function findClientIdentity(db: Executor, tenantId: string, personId: string) {
  const [row] = await db
    .select({ bsn: person.bsn, birthDate: person.birthDate, lastName: person.lastName })
    .from(person)
    .where(and(eq(person.tenantId, tenantId), eq(person.id, personId)))
    .limit(1);
  return row;
}
