/**
 * A crisis placement from an episode: the form starts from the episode (its person, its bridging
 * period, the contracted products of category 46) and the request goes through the normal
 * assignment flow (assignments/service.ts: policy, budget, JW301, audit). Only a crisis product
 * may be placed this way.
 */
import {
  CRISIS_PRODUCT_CATEGORY,
  type CrisisPlacementDraft,
  type CrisisPlacementInput,
} from '@een-plan/contracts';
import { createAssignment, listContracts } from '../assignments/service.ts';
import { recordAccess } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import type { RequestContext } from '../policy/request-context.ts';
import { addDays, amsterdamDate } from '../referrals/working-days.ts';
import { assertWithinBridgingMaximum } from './bridging-check.ts';
import { requireEpisode } from './episodes.ts';
import { crisisSettings } from './settings.ts';

async function crisisProducts(db: Db, tenantId: string, today: string) {
  const contracts = await listContracts(db, tenantId);
  return contracts
    .filter((c) => c.validFrom <= today && (c.validUntil === null || c.validUntil >= today))
    .flatMap((c) =>
      c.products
        .filter((p) => p.productCategory === CRISIS_PRODUCT_CATEGORY)
        .map((p) => ({
          contractProductId: p.id,
          name: p.name,
          productCode: p.productCode,
          unit: p.unit,
          organisationId: c.organisationId,
          organisationName: c.organisationName,
        })),
    );
}

export async function placementDraft(
  db: Db,
  ctx: RequestContext,
  episodeId: string,
  now = new Date(),
): Promise<CrisisPlacementDraft> {
  const { row } = await requireEpisode(db, ctx, episodeId, 'crisis.read', 'crisis_episode.placement_draft');
  const today = amsterdamDate(now);
  const { maxBridgingDays } = await crisisSettings(db, ctx.tenantId);
  const startDate = row.bridgingStart ?? today;
  const draft: CrisisPlacementDraft = {
    episodeId,
    householdId: row.householdId,
    personId: row.personId,
    productCategory: CRISIS_PRODUCT_CATEGORY,
    startDate,
    endDate: row.bridgingEnd ?? addDays(startDate, maxBridgingDays - 1),
    products: await crisisProducts(db, ctx.tenantId, today),
  };
  await recordAccess(
    db,
    ctx.actor,
    ctx,
    {
      action: 'crisis_episode.placement_draft',
      subjectType: 'crisis_episode',
      subjectId: episodeId,
      dataCategory: 'crisis',
      purpose: 'crisis_care',
    },
    { householdId: row.householdId },
  );
  return draft;
}

export async function requestCrisisPlacement(
  db: Db,
  ctx: RequestContext,
  episodeId: string,
  input: CrisisPlacementInput,
  now = new Date(),
): Promise<{ id: string; status: string; budgetCents: number }> {
  const { row } = await requireEpisode(db, ctx, episodeId, 'crisis.read', 'crisis_episode.placement');
  const personId = input.personId ?? row.personId;
  if (!personId) throw new ProblemError('crisis_placement_no_person');
  const products = await crisisProducts(db, ctx.tenantId, amsterdamDate(now));
  if (!products.some((p) => p.contractProductId === input.contractProductId)) {
    throw new ProblemError('crisis_placement_not_crisis_product');
  }
  if (input.endDate < input.startDate) throw new ProblemError('assignment_dates_invalid');
  await assertWithinBridgingMaximum(db, ctx.tenantId, input.startDate, input.endDate, 'endDate');
  const { personId: _, ...rest } = input;
  const created = await createAssignment(db, ctx.actor, row.householdId, { ...rest, personId }, ctx);
  await recordAccess(
    db,
    ctx.actor,
    ctx,
    {
      action: 'crisis_episode.placement',
      subjectType: 'crisis_episode',
      subjectId: episodeId,
      dataCategory: 'crisis',
      purpose: 'crisis_care',
    },
    { householdId: row.householdId, assignmentId: created.id },
  );
  return created;
}
