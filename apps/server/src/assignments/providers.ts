import { randomUUID } from 'node:crypto';
import type { Provider, ProviderInput } from '@een-plan/contracts';
import { and, count, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { agbCodeTaken, insertOrganisation, organisationsWithAgb } from '../tenancy/organisations.ts';
import { providerContract } from './schema.ts';

/** The organisation kind the demo data and every provider recorded here carry. */
const PROVIDER_KIND = 'youth_care_provider';

/** Youth-care providers of the tenant with how many contracts each has (organisation data, no people). */
export async function listProviders(db: Db, tenantId: string): Promise<Provider[]> {
  const providers = await organisationsWithAgb(db, tenantId, PROVIDER_KIND);
  if (providers.length === 0) return [];
  const counts = await db
    .select({ organisationId: providerContract.organisationId, contracts: count(providerContract.id) })
    .from(providerContract)
    .where(
      and(
        eq(providerContract.tenantId, tenantId),
        inArray(
          providerContract.organisationId,
          providers.map((p) => p.id),
        ),
      ),
    )
    .groupBy(providerContract.organisationId);
  const byOrganisation = new Map(counts.map((c) => [c.organisationId, Number(c.contracts)]));
  return providers.map((p) => ({ ...p, agbCode: p.agbCode ?? '', contracts: byOrganisation.get(p.id) ?? 0 }));
}

/** Records a provider; the AGB code identifies it in every iJw message, so it is unique per tenant. */
export async function createProvider(
  db: Db,
  actor: Actor,
  input: ProviderInput,
  ctx: RequestOrigin,
): Promise<string> {
  return db.transaction(async (tx) => {
    if (await agbCodeTaken(tx, actor.tenantId, input.agbCode)) throw new ProblemError('provider_agb_taken');
    const id = `org-${randomUUID()}`;
    await insertOrganisation(tx, {
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
