import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Executor } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import { type Decision, decideHousehold, type HouseholdAction } from '../policy/decide.ts';
import { area } from '../tenancy/schema.ts';
import { household, householdMember } from './schema.ts';
import type { RequestContext } from './service.ts';

export interface HouseholdRow {
  id: string;
  name: string;
  status: string;
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  areaId: string | null;
  areaName: string | null;
  coordinatorId: string | null;
  teamId: string | null;
  memberPersonIds: string[];
}

/** The household and the facts the policy needs (current members only). */
export async function loadHousehold(db: Executor, tenantId: string, householdId: string) {
  const [h] = await db
    .select({
      id: household.id,
      name: household.name,
      status: household.status,
      street: household.street,
      houseNumber: household.houseNumber,
      postcode: household.postcode,
      city: household.city,
      areaId: household.areaId,
      areaName: area.name,
      coordinatorId: household.coordinatorId,
      teamId: area.teamId,
    })
    .from(household)
    .leftJoin(area, and(eq(area.tenantId, household.tenantId), eq(area.id, household.areaId)))
    .where(and(eq(household.tenantId, tenantId), eq(household.id, householdId)))
    .limit(1);
  if (!h) return null;
  const members = await db
    .select({ personId: householdMember.personId })
    .from(householdMember)
    .where(
      and(
        eq(householdMember.tenantId, tenantId),
        eq(householdMember.householdId, householdId),
        isNull(householdMember.until),
      ),
    )
    .limit(100);
  return { ...h, memberPersonIds: members.map((m) => m.personId) } satisfies HouseholdRow;
}

export function decideFor(actor: Actor, action: HouseholdAction, h: HouseholdRow): Decision {
  return decideHousehold(actor, action, {
    tenantId: actor.tenantId,
    coordinatorId: h.coordinatorId,
    teamId: h.teamId,
    memberPersonIds: h.memberPersonIds,
  });
}

export interface AccessAudit {
  /** The audit action, e.g. `household.read`. */
  action: string;
  dataCategory: string;
  purpose: string;
}

/**
 * Loads a household the actor may act on, or answers 404 — the same answer whether it does not
 * exist or may not be seen, so nothing leaks. A denial is audited right away; the caller audits
 * the success when the read or write has happened (for writes: in the same transaction).
 */
export async function requireHousehold(
  db: Executor,
  actor: Actor,
  ctx: RequestContext,
  householdId: string,
  policyAction: HouseholdAction,
  audit: AccessAudit,
): Promise<HouseholdRow> {
  const h = await loadHousehold(db, actor.tenantId, householdId);
  const decision = h ? decideFor(actor, policyAction, h) : null;
  if (!h || !decision?.allowed) {
    await recordAudit(db, {
      tenantId: actor.tenantId,
      actor,
      action: audit.action,
      outcome: 'denied',
      subjectType: 'household',
      subjectId: householdId,
      dataCategory: audit.dataCategory,
      purpose: audit.purpose,
      requestId: ctx.requestId,
      clientAddress: ctx.clientAddress,
      details: { reason: decision && !decision.allowed ? decision.reason : 'not_found' },
    });
    throw new ProblemError('not_found');
  }
  return h;
}

export async function auditSuccess(
  db: Executor,
  actor: Actor,
  ctx: RequestContext,
  householdId: string,
  audit: AccessAudit,
  details?: Record<string, string | number | boolean | null>,
) {
  await recordAudit(db, {
    tenantId: actor.tenantId,
    actor,
    action: audit.action,
    outcome: 'success',
    subjectType: 'household',
    subjectId: householdId,
    dataCategory: audit.dataCategory,
    purpose: audit.purpose,
    requestId: ctx.requestId,
    clientAddress: ctx.clientAddress,
    ...(details ? { details } : {}),
  });
}
