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
