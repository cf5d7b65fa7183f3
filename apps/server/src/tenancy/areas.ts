import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { area, areaPostcode, team } from './schema.ts';

/** The tenant's teams by name (the admin's area screen and the postcode import). */
export async function listTeams(db: Executor, tenantId: string) {
  return db
    .select({ id: team.id, name: team.name })
    .from(team)
    .where(eq(team.tenantId, tenantId))
    .orderBy(asc(team.name))
    .limit(500);
}

export async function teamExists(db: Executor, tenantId: string, teamId: string): Promise<boolean> {
  const [t] = await db
    .select({ id: team.id })
    .from(team)
    .where(and(eq(team.tenantId, tenantId), eq(team.id, teamId)))
    .limit(1);
  return !!t;
}

/** The tenant's areas by name, each with its team. */
export async function listAreaRows(db: Executor, tenantId: string) {
  return db
    .select({ id: area.id, name: area.name, teamId: area.teamId })
    .from(area)
    .where(eq(area.tenantId, tenantId))
    .orderBy(asc(area.name))
    .limit(2000);
}

/** Every postcode of the tenant with its area, in postcode order. */
export async function listAreaPostcodes(db: Executor, tenantId: string) {
  return db
    .select({ areaId: areaPostcode.areaId, postcode4: areaPostcode.postcode4 })
    .from(areaPostcode)
    .where(eq(areaPostcode.tenantId, tenantId))
    .orderBy(asc(areaPostcode.postcode4))
    .limit(20_000);
}

/** Creates or replaces an area: its name, team and exact postcode set (postcodes move here). */
export async function saveAreaRow(
  tx: Executor,
  tenantId: string,
  areaId: string,
  input: { name: string; teamId: string; postcodes: readonly string[] },
) {
  const postcodes = [...input.postcodes];
  await tx
    .insert(area)
    .values({ tenantId, id: areaId, name: input.name, teamId: input.teamId })
    .onConflictDoUpdate({
      target: [area.tenantId, area.id],
      set: { name: input.name, teamId: input.teamId },
    });
  await tx
    .delete(areaPostcode)
    .where(
      and(
        eq(areaPostcode.tenantId, tenantId),
        eq(areaPostcode.areaId, areaId),
        postcodes.length > 0 ? notInArray(areaPostcode.postcode4, postcodes) : undefined,
      ),
    );
  if (postcodes.length > 0) {
    await tx
      .insert(areaPostcode)
      .values(postcodes.map((postcode4) => ({ tenantId, postcode4, areaId })))
      .onConflictDoUpdate({ target: [areaPostcode.tenantId, areaPostcode.postcode4], set: { areaId } });
  }
}

/** Sets the team of an existing area, or creates the area with that team. */
export async function putArea(
  tx: Executor,
  tenantId: string,
  values: { id: string; name: string; teamId: string },
  exists: boolean,
) {
  if (exists) {
    await tx
      .update(area)
      .set({ teamId: values.teamId })
      .where(and(eq(area.tenantId, tenantId), eq(area.id, values.id)));
  } else {
    await tx.insert(area).values({ tenantId, ...values });
  }
}

/** The current area of each of these postcodes (absent: the postcode has none yet). */
export async function areasOfPostcodes(
  tx: Executor,
  tenantId: string,
  postcodes: readonly string[],
): Promise<Map<string, string>> {
  if (postcodes.length === 0) return new Map();
  const rows = await tx
    .select({ postcode4: areaPostcode.postcode4, areaId: areaPostcode.areaId })
    .from(areaPostcode)
    .where(and(eq(areaPostcode.tenantId, tenantId), inArray(areaPostcode.postcode4, [...postcodes])));
  return new Map(rows.map((c) => [c.postcode4, c.areaId]));
}

/** Puts each postcode in its area, moving those that were in another. */
export async function setPostcodeAreas(
  tx: Executor,
  values: ReadonlyArray<{ tenantId: string; postcode4: string; areaId: string }>,
) {
  if (values.length === 0) return;
  await tx
    .insert(areaPostcode)
    .values([...values])
    .onConflictDoUpdate({
      target: [areaPostcode.tenantId, areaPostcode.postcode4],
      set: { areaId: sql`excluded.area_id` },
    });
}

/** The tenant's areas by name (lists, filters and figures per area). */
export async function listAreaNames(db: Executor, tenantId: string) {
  return db
    .select({ id: area.id, name: area.name })
    .from(area)
    .where(eq(area.tenantId, tenantId))
    .orderBy(asc(area.name))
    .limit(2000);
}

/** Names of areas by id (absent: no such area in the tenant). */
export async function areaNames(db: Executor, tenantId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: area.id, name: area.name })
    .from(area)
    .where(and(eq(area.tenantId, tenantId), inArray(area.id, [...ids])));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The team that serves an area (undefined: no such area in the tenant). */
export async function teamOfAreaId(db: Executor, tenantId: string, areaId: string) {
  const [a] = await db
    .select({ teamId: area.teamId })
    .from(area)
    .where(and(eq(area.tenantId, tenantId), eq(area.id, areaId)))
    .limit(1);
  return a?.teamId;
}
