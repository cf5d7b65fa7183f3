import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { organisation, tenant } from './schema.ts';

/** Names of organisations by id (for lists that show who runs or receives something). */
export async function organisationNames(
  db: Executor,
  tenantId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: organisation.id, name: organisation.name })
    .from(organisation)
    .where(and(eq(organisation.tenantId, tenantId), inArray(organisation.id, [...new Set(ids)])));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The tenant's organisations of one kind (e.g. youth care providers to hand over to). */
export async function organisationsOfKind(db: Executor, tenantId: string, kind: string) {
  return db
    .select({ id: organisation.id, name: organisation.name })
    .from(organisation)
    .where(and(eq(organisation.tenantId, tenantId), eq(organisation.kind, kind)))
    .orderBy(asc(organisation.name))
    .limit(200);
}

/**
 * An organisation's AGB code (iJw messages and contracts carry it): undefined when the
 * organisation is unknown in this tenant, null when it has none on file.
 */
export async function organisationAgbCode(
  db: Executor,
  tenantId: string,
  organisationId: string,
): Promise<string | null | undefined> {
  const [row] = await db
    .select({ agbCode: organisation.agbCode })
    .from(organisation)
    .where(and(eq(organisation.tenantId, tenantId), eq(organisation.id, organisationId)))
    .limit(1);
  return row ? row.agbCode : undefined;
}

/** The tenant's own name (the municipality), for letters and overviews; undefined when unknown. */
export async function tenantName(db: Executor, tenantId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ name: tenant.name })
    .from(tenant)
    .where(eq(tenant.tenantId, tenantId))
    .limit(1);
  return row?.name;
}

/** The tenant's organisations of one kind with their AGB codes, by name (at most 500). */
export async function organisationsWithAgb(db: Executor, tenantId: string, kind: string) {
  return db
    .select({ id: organisation.id, name: organisation.name, agbCode: organisation.agbCode })
    .from(organisation)
    .where(and(eq(organisation.tenantId, tenantId), eq(organisation.kind, kind)))
    .orderBy(asc(organisation.name))
    .limit(500);
}

/** Whether an organisation with this AGB code exists in the tenant (the code is unique per tenant). */
export async function agbCodeTaken(db: Executor, tenantId: string, agbCode: string): Promise<boolean> {
  const [row] = await db
    .select({ id: organisation.id })
    .from(organisation)
    .where(and(eq(organisation.tenantId, tenantId), eq(organisation.agbCode, agbCode)))
    .limit(1);
  return Boolean(row);
}

/** Records an organisation of the tenant; the caller decides who may and audits. */
export async function insertOrganisation(
  db: Executor,
  values: { tenantId: string; id: string; name: string; kind: string; agbCode: string | null },
): Promise<void> {
  await db.insert(organisation).values(values);
}

/** One organisation of the tenant (undefined: unknown here). */
export async function findOrganisation(db: Executor, tenantId: string, organisationId: string) {
  const [row] = await db
    .select({
      id: organisation.id,
      name: organisation.name,
      kind: organisation.kind,
      agbCode: organisation.agbCode,
    })
    .from(organisation)
    .where(and(eq(organisation.tenantId, tenantId), eq(organisation.id, organisationId)))
    .limit(1);
  return row;
}

/** The tenant's organisations by name (at most 500), optionally leaving one kind out. */
export async function listOrganisations(db: Executor, tenantId: string, exceptKind?: string) {
  return db
    .select({ id: organisation.id, name: organisation.name, kind: organisation.kind })
    .from(organisation)
    .where(
      and(eq(organisation.tenantId, tenantId), exceptKind ? ne(organisation.kind, exceptKind) : undefined),
    )
    .orderBy(asc(organisation.name))
    .limit(500);
}

/**
 * The first organisation (by id) that matches an id, a kind or both: where a complaint goes
 * (undefined: none matches).
 */
export async function firstOrganisationMatching(
  db: Executor,
  tenantId: string,
  match: { id?: string; kind?: string },
) {
  const [row] = await db
    .select({ id: organisation.id, kind: organisation.kind })
    .from(organisation)
    .where(
      and(
        eq(organisation.tenantId, tenantId),
        match.id ? eq(organisation.id, match.id) : undefined,
        match.kind ? eq(organisation.kind, match.kind) : undefined,
      ),
    )
    .orderBy(organisation.id)
    .limit(1);
  return row;
}
