/** The demo tenant's reference data (organisations, teams, areas and their postcodes). Idempotent. */
import { count } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { area, areaPostcode, organisation, team, tenant } from './schema.ts';

type Organisation = Omit<typeof organisation.$inferInsert, 'tenantId'>;

/** Whether the installation has no tenant yet (a first start loads the demo story). */
export async function hasNoTenant(db: Executor): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(tenant);
  return Number(row?.n ?? 0) === 0;
}

/** Records organisations unless the tenant has them already (demo and seed data). */
export async function ensureOrganisations(
  tx: Executor,
  tenantId: string,
  organisations: readonly Organisation[],
) {
  if (organisations.length === 0) return;
  await tx
    .insert(organisation)
    .values(organisations.map((o) => ({ ...o, tenantId })))
    .onConflictDoNothing();
}

/** The tenant with its organisations, its teams (all of one organisation) and their areas. */
export async function ensureTenancy(
  tx: Executor,
  t: { tenantId: string; name: string },
  data: {
    organisations: readonly Organisation[];
    teams: ReadonlyArray<{ id: string; name: string; phone?: string | null; email?: string | null }>;
    teamOrganisationId: string;
    areas: ReadonlyArray<{ id: string; name: string; teamId: string; postcodes: readonly string[] }>;
  },
) {
  const tenantId = t.tenantId;
  await tx.insert(tenant).values(t).onConflictDoNothing();
  await ensureOrganisations(tx, tenantId, data.organisations);
  await tx
    .insert(team)
    .values(data.teams.map((x) => ({ ...x, tenantId, organisationId: data.teamOrganisationId })))
    .onConflictDoNothing();
  await tx
    .insert(area)
    .values(data.areas.map(({ postcodes: _, ...a }) => ({ ...a, tenantId })))
    .onConflictDoNothing();
  await tx
    .insert(areaPostcode)
    .values(
      data.areas.flatMap((a) => a.postcodes.map((postcode4) => ({ tenantId, postcode4, areaId: a.id }))),
    )
    .onConflictDoNothing();
}
