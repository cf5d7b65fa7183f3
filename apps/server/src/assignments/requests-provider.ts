import type { ProviderRequestOverview } from '@een-plan/contracts';
import { and, desc, eq } from 'drizzle-orm';
import { recordListed } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import { providerOrganisationOf } from '../policy/decide-assignment.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { PROVIDER_REQUESTS_READ } from './assignment-access.ts';
import { contractOfProduct } from './assignment-row.ts';
import { selectRequests, toRequests } from './requests-rows.ts';
import { assignmentRequest } from './requests-schema.ts';
import { contractProduct, providerContract } from './schema.ts';

/** The provider's own requests and the products of its contracts. */
export async function providerRequestOverview(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
): Promise<ProviderRequestOverview> {
  const organisationId = providerOrganisationOf(actor);
  const rows = await selectRequests(db)
    .where(
      and(
        eq(assignmentRequest.tenantId, actor.tenantId),
        eq(assignmentRequest.organisationId, organisationId),
      ),
    )
    .orderBy(desc(assignmentRequest.createdAt))
    .limit(200);
  await recordListed(
    db,
    actor,
    ctx,
    PROVIDER_REQUESTS_READ,
    rows.map((r) => r.r.id),
    { organisationId: actor.organisationId },
  );
  const products = await db
    .select({
      id: contractProduct.id,
      name: contractProduct.name,
      productCategory: contractProduct.productCategory,
      productCode: contractProduct.productCode,
      unit: contractProduct.unit,
      executionVariant: contractProduct.executionVariant,
    })
    .from(contractProduct)
    .innerJoin(providerContract, contractOfProduct)
    .where(
      and(eq(contractProduct.tenantId, actor.tenantId), eq(providerContract.organisationId, organisationId)),
    )
    .limit(500);
  return {
    // The provider sees its own request and the first name once matched, not the household.
    requests: await toRequests(db, actor.tenantId, rows, { householdName: false }),
    products: products,
  };
}

// ---------------------------------------------------------------------------------------------
// The team: list, read, decide
