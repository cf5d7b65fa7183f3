import { and, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/database.ts';
import { areaOfTeam } from '../tenancy/fragments.ts';
import { household, person } from './schema.ts';

/**
 * Each household's area, as a subquery other modules join on for figures per area, so they count
 * their own rows per area without reading the household table themselves.
 */
export function householdAreaSubquery(db: Executor, tenantId: string) {
  return db
    .select({ householdId: household.id, areaId: household.areaId })
    .from(household)
    .where(eq(household.tenantId, tenantId))
    .as('household_area');
}
export type HouseholdAreaSubquery = ReturnType<typeof householdAreaSubquery>;

/** Figures: a module's rows that meet `where`, counted per area of their household. No names. */
export async function countPerHouseholdArea(
  db: Executor,
  householdArea: HouseholdAreaSubquery,
  rows: { table: PgTable; householdId: PgColumn; where: SQL | undefined },
): Promise<Map<string, number>> {
  const counted = await db
    .select({ areaId: householdArea.areaId, n: sql<number>`count(*)::int` })
    .from(rows.table)
    .innerJoin(householdArea, eq(householdArea.householdId, rows.householdId))
    .where(rows.where)
    .groupBy(householdArea.areaId);
  return new Map(counted.map((r) => [r.areaId ?? '', Number(r.n)]));
}

/** Figures: households per area that still get support (next to open plans and running help). */
export async function countHouseholdsByArea(db: Executor, tenantId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ areaId: household.areaId, n: sql<number>`count(*)::int` })
    .from(household)
    .where(and(eq(household.tenantId, tenantId), ne(household.status, 'closed')))
    .groupBy(household.areaId);
  return new Map(rows.map((r) => [r.areaId ?? '', Number(r.n)]));
}

/**
 * A team's workload: households per coordinator (null: no coordinator yet), counts only. A closed
 * household is no longer work, so it does not count.
 */
export async function countTeamHouseholdsPerCoordinator(
  db: Executor,
  tenantId: string,
  teamId: string,
): Promise<Array<{ coordinatorId: string | null; households: number }>> {
  const rows = await db
    .select({ coordinatorId: household.coordinatorId, n: sql<number>`count(*)::int` })
    .from(household)
    .where(
      and(
        eq(household.tenantId, tenantId),
        areaOfTeam(household.tenantId, household.areaId, teamId),
        ne(household.status, 'closed'),
      ),
    )
    .groupBy(household.coordinatorId)
    .limit(500);
  return rows.map((r) => ({ coordinatorId: r.coordinatorId, households: Number(r.n) }));
}

/** First names of persons (a provider's list shows the first name only, never more). */
export async function firstNamesOf(
  db: Executor,
  tenantId: string,
  personIds: string[],
): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .select({ id: person.id, firstName: person.firstName })
    .from(person)
    .where(and(eq(person.tenantId, tenantId), inArray(person.id, personIds)));
  return new Map(rows.map((r) => [r.id, r.firstName]));
}

/**
 * The BSNs of persons by id, for the iJw messages that must carry them (a declaration, its
 * judgement); null where a person has none on file.
 */
export async function bsnsOf(
  db: Executor,
  tenantId: string,
  personIds: readonly string[],
): Promise<Map<string, string | null>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .select({ id: person.id, bsn: person.bsn })
    .from(person)
    .where(and(eq(person.tenantId, tenantId), inArray(person.id, [...new Set(personIds)])));
  return new Map(rows.map((r) => [r.id, r.bsn]));
}

/** Names of households by id (lists elsewhere show which household an item is about). */
export async function householdNames(
  db: Executor,
  tenantId: string,
  householdIds: string[],
): Promise<Map<string, string>> {
  if (householdIds.length === 0) return new Map();
  const rows = await db
    .select({ id: household.id, name: household.name })
    .from(household)
    .where(and(eq(household.tenantId, tenantId), inArray(household.id, [...new Set(householdIds)])));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The household's area (null when its postcode is outside every area). */
export async function areaOfHousehold(db: Executor, tenantId: string, householdId: string) {
  const [row] = await db
    .select({ areaId: household.areaId })
    .from(household)
    .where(and(eq(household.tenantId, tenantId), eq(household.id, householdId)));
  return row?.areaId ?? null;
}
