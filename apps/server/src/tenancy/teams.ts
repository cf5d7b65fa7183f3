import { and, asc, eq, isNull, notExists } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { area, areaPostcode, team } from './schema.ts';

export async function teamName(db: Executor, tenantId: string, teamId: string | null) {
  if (!teamId) return null;
  const [t] = await db
    .select({ name: team.name })
    .from(team)
    .where(and(eq(team.tenantId, tenantId), eq(team.id, teamId)))
    .limit(1);
  return t?.name ?? null;
}

/** The tenant's teams with how to reach them, by name. */
export async function listTeamContacts(db: Executor, tenantId: string) {
  return db
    .select({ id: team.id, name: team.name, phone: team.phone, email: team.email })
    .from(team)
    .where(eq(team.tenantId, tenantId))
    .orderBy(asc(team.name))
    .limit(200);
}

/** Routing gaps the administrator should close: areas without a postcode, teams without an area. */
export async function routingGaps(db: Executor, tenantId: string) {
  const [areasWithoutPostcodes, teamsWithoutArea] = await Promise.all([
    db
      .select({ id: area.id, name: area.name })
      .from(area)
      .where(
        and(
          eq(area.tenantId, tenantId),
          notExists(
            db
              .select({ one: areaPostcode.postcode4 })
              .from(areaPostcode)
              .where(and(eq(areaPostcode.tenantId, area.tenantId), eq(areaPostcode.areaId, area.id))),
          ),
        ),
      )
      .orderBy(asc(area.name))
      .limit(50),
    db
      .select({ id: team.id, name: team.name })
      .from(team)
      .leftJoin(area, and(eq(area.tenantId, team.tenantId), eq(area.teamId, team.id)))
      .where(and(eq(team.tenantId, tenantId), isNull(area.id)))
      .orderBy(asc(team.name))
      .limit(50),
  ]);
  return { areasWithoutPostcodes, teamsWithoutArea };
}
