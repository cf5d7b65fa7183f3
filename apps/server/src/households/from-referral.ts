import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { household, householdMember, person } from './schema.ts';

/** The person and address a triaged signal is about. */
export interface ReferralSubject {
  firstName: string;
  lastName: string;
  birthDate: string;
  bsn: string | null;
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  areaId: string | null;
}

type HouseholdMatch = 'bsn' | 'name_birth_date' | 'address';

interface MatchedHousehold {
  householdId: string;
  personId: string | null;
  matchedBy: HouseholdMatch;
}

const normalisedPostcode = (postcode: string) => postcode.replaceAll(/\s+/g, '').toUpperCase();

/**
 * An existing household for this subject, so a second signal never duplicates a family:
 * the same person (by BSN, else by name and birth date), else the same address.
 */
export async function findHouseholdForReferral(
  db: Executor,
  tenantId: string,
  s: ReferralSubject,
): Promise<MatchedHousehold | null> {
  const personMatch = async (condition: ReturnType<typeof and>, matchedBy: HouseholdMatch) => {
    const [row] = await db
      .select({ personId: person.id, householdId: householdMember.householdId })
      .from(person)
      .innerJoin(
        householdMember,
        and(eq(householdMember.tenantId, person.tenantId), eq(householdMember.personId, person.id)),
      )
      .where(and(eq(person.tenantId, tenantId), condition))
      .orderBy(householdMember.since, householdMember.householdId)
      .limit(1);
    return row ? { householdId: row.householdId, personId: row.personId, matchedBy } : null;
  };
  if (s.bsn) {
    const byBsn = await personMatch(eq(person.bsn, s.bsn), 'bsn');
    if (byBsn) return byBsn;
  }
  const byName = await personMatch(
    and(
      eq(person.birthDate, s.birthDate),
      sql`lower(${person.lastName}) = lower(${s.lastName.trim()})`,
      sql`lower(${person.firstName}) = lower(${s.firstName.trim()})`,
    ),
    'name_birth_date',
  );
  if (byName) return byName;
  const [byAddress] = await db
    .select({ householdId: household.id })
    .from(household)
    .where(
      and(
        eq(household.tenantId, tenantId),
        sql`upper(replace(${household.postcode}, ' ', '')) = ${normalisedPostcode(s.postcode)}`,
        sql`lower(${household.houseNumber}) = lower(${s.houseNumber.trim()})`,
      ),
    )
    .orderBy(household.createdAt, household.id)
    .limit(1);
  return byAddress ? { householdId: byAddress.householdId, personId: null, matchedBy: 'address' } : null;
}

/** A new household with the subject as its first member (used when nothing matches). */
export async function createHouseholdForReferral(
  db: Executor,
  tenantId: string,
  s: ReferralSubject,
  today: string,
): Promise<{ householdId: string; personId: string }> {
  const householdId = `hh-${crypto.randomUUID()}`;
  await db.insert(household).values({
    tenantId,
    id: householdId,
    name: `Huishouden ${s.lastName.trim()}`,
    street: s.street,
    houseNumber: s.houseNumber,
    postcode: s.postcode,
    city: s.city,
    areaId: s.areaId,
    status: 'referral',
  });
  const personId = await addSubjectToHousehold(db, tenantId, householdId, s, today);
  return { householdId, personId };
}

/** A person found only by address joins that household as a member. */
export async function addSubjectToHousehold(
  db: Executor,
  tenantId: string,
  householdId: string,
  s: ReferralSubject,
  today: string,
): Promise<string> {
  const personId = `p-${crypto.randomUUID()}`;
  await db.insert(person).values({
    tenantId,
    id: personId,
    bsn: s.bsn,
    firstName: s.firstName.trim(),
    lastName: s.lastName.trim(),
    birthDate: s.birthDate,
  });
  await db
    .insert(householdMember)
    .values({ tenantId, householdId, personId, memberRole: 'aangemelde', since: today });
  return personId;
}

/** Gives a household without a coordinator the one chosen at triage; never replaces one. */
export async function assignCoordinatorIfNone(
  db: Executor,
  tenantId: string,
  householdId: string,
  coordinatorId: string,
): Promise<void> {
  await db
    .update(household)
    .set({ coordinatorId, version: sql`${household.version} + 1` })
    .where(
      and(
        eq(household.tenantId, tenantId),
        eq(household.id, householdId),
        sql`${household.coordinatorId} is null`,
      ),
    );
}
