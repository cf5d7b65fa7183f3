import { randomUUID } from 'node:crypto';
import type { Provider, ProviderInput } from '@een-plan/contracts';
import { and, asc, count, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { organisation } from '../tenancy/schema.ts';
import { providerContract } from './schema.ts';

/** The organisation kind the demo data and every provider recorded here carry. */
const PROVIDER_KIND = 'youth_care_provider';

/** Youth-care providers of the tenant with how many contracts each has (organisation data, no people). */
export async function listProviders(db: Db, tenantId: string): Promise<Provider[]> {
  const rows = await db
    .select({
      id: organisation.id,
      name: organisation.name,
      agbCode: organisation.agbCode,
      contracts: count(providerContract.id),
    })
    .from(organisation)
    .leftJoin(
      providerContract,
      and(
        eq(providerContract.tenantId, organisation.tenantId),
        eq(providerContract.organisationId, organisation.id),
      ),
    )
    .where(and(eq(organisation.tenantId, tenantId), eq(organisation.kind, PROVIDER_KIND)))
    .groupBy(organisation.id, organisation.name, organisation.agbCode)
    .orderBy(asc(organisation.name))
    .limit(500);
  return rows.map((r) => ({ ...r, agbCode: r.agbCode ?? '', contracts: Number(r.contracts) }));
}

/** Records a provider; the AGB code identifies it in every iJw message, so it is unique per tenant. */
export async function createProvider(
  db: Db,
  actor: Actor,
  input: ProviderInput,
  ctx: RequestOrigin,
): Promise<string> {
  return db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: organisation.id })
      .from(organisation)
      .where(and(eq(organisation.tenantId, actor.tenantId), eq(organisation.agbCode, input.agbCode)))
      .limit(1);
    if (taken) throw new ProblemError('provider_agb_taken');
    const id = `org-${randomUUID()}`;
    await tx.insert(organisation).values({
      tenantId: actor.tenantId,
      id,
      name: input.name,
      kind: PROVIDER_KIND,
      agbCode: input.agbCode,
    });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor,
      action: 'provider.create',
      outcome: 'success',
      subjectType: 'organisation',
      subjectId: id,
      dataCategory: 'contract',
      purpose: 'administration',
      ...ctx,
      details: { agbCode: input.agbCode },
    });
    return id;
  });
}
