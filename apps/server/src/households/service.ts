import type { PortalHome } from '@een-plan/contracts';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { userNameJoin } from '../auth/users.ts';
import type { Executor } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import { decideHousehold } from '../policy/decide.ts';
import { ageOn } from '../policy/decide-consent.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { teamOfArea } from '../tenancy/fragments.ts';
import { currentMembers, getResidentHouseholdId } from './membership.ts';
import { household } from './schema.ts';

const coordinatorUser = userNameJoin(household.tenantId, household.coordinatorId);

/** The day someone turns 18 (ISO date). */
export function eighteenthBirthday(birthDate: string): string {
  const [y, m, d] = birthDate.split('-') as [string, string, string];
  return `${Number(y) + 18}-${m}-${d}`;
}

/**
 * 18-/18+: a youth from 16½ (turning 18 within 18 months) needs a toekomstplan, so the
 * coordinator is alerted in time; someone already 18 is no longer flagged.
 */
export function turns18Soon(birthDate: string, today: Date): boolean {
  const turns18 = new Date(`${eighteenthBirthday(birthDate)}T00:00:00Z`);
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const limit = new Date(todayUtc);
  limit.setUTCMonth(limit.getUTCMonth() + 18);
  return turns18.getTime() > todayUtc && turns18.getTime() <= limit.getTime();
}

/** The resident portal's view of their own household, decided and audited like any other read. */
export async function getPortalHome(db: Executor, actor: Actor, ctx: RequestOrigin): Promise<PortalHome> {
  const householdId = await getResidentHouseholdId(db, actor);
  const [h] = await db
    .select({
      name: household.name,
      coordinatorId: household.coordinatorId,
      coordinatorName: coordinatorUser.displayName,
      teamId: teamOfArea(household.tenantId, household.areaId),
    })
    .from(household)
    .leftJoin(coordinatorUser.table, coordinatorUser.on)
    .where(and(eq(household.tenantId, actor.tenantId), eq(household.id, householdId)))
    .limit(1);
  if (!h) throw new ProblemError('not_found');
  const members = (await currentMembers(db, actor.tenantId, householdId)).map(({ personId, ...m }) => ({
    id: personId,
    ...m,
  }));
  const decision = decideHousehold(actor, 'household.read', {
    tenantId: actor.tenantId,
    coordinatorId: h.coordinatorId,
    teamId: h.teamId,
    memberPersonIds: members.map((m) => m.id),
  });
  await recordAudit(db, {
    tenantId: actor.tenantId,
    actor,
    action: 'household.read',
    outcome: decision.allowed ? 'success' : 'denied',
    subjectType: 'household',
    subjectId: householdId,
    dataCategory: 'household.members',
    purpose: 'portal',
    requestId: ctx.requestId,
    clientAddress: ctx.clientAddress,
  });
  if (!decision.allowed) throw new ProblemError('not_found');
  const today = new Date();
  return {
    kind: 'portal',
    householdName: h.name,
    coordinatorName: h.coordinatorName,
    members: members.map((m) => ({
      id: m.id,
      firstName: m.firstName,
      role: m.role,
      age: ageOn(m.birthDate, today),
    })),
  };
}
