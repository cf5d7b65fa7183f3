import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { organisation } from './schema.ts';

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
