import type { ReferralDetail, ReferralStatus } from '@een-plan/contracts';
import { and, eq, sql } from 'drizzle-orm';
import type { AuditEvent } from '../audit/record.ts';
import { findUserNames } from '../auth/users.ts';
import { decryptText } from '../crypto/data-encryption.ts';
import type { Executor } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import { findPlanAgreedDate } from '../plans/agreed-date.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/authorize.ts';
import { decideReferralTeamWork, teamOfWorker } from '../policy/decide-referral.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { teamName } from '../tenancy/teams.ts';
import { referral } from './schema.ts';
import type { ReferralNorms } from './settings.ts';
import { computeWaitingTimes } from './waiting-times.ts';

type ReferralRow = typeof referral.$inferSelect;

export const OPEN_STATUSES: ReferralStatus[] = ['received', 'picked_up', 'coordinator_assigned'];

export const urgencyRank = sql<number>`case when ${referral.urgency} = 'urgent' then 0 else 1 end`;

export function audit(
  actor: Actor,
  ctx: RequestOrigin,
  e: Omit<AuditEvent, 'tenantId' | 'actor' | 'requestId' | 'clientAddress'>,
) {
  return {
    tenantId: actor.tenantId,
    actor,
    requestId: ctx.requestId,
    clientAddress: ctx.clientAddress,
    ...e,
  };
}

/** The team's name, or its id when the team is gone (a signal keeps the id it was routed to). */
export async function teamNameOrId(db: Executor, tenantId: string, teamId: string) {
  return (await teamName(db, tenantId, teamId)) ?? teamId;
}

export function requireTeam(actor: Actor): string {
  const teamId = teamOfWorker(actor);
  // The route policy lets only team roles in; one without a team has no signals to see.
  if (!teamId) throw new ProblemError('referral_no_team');
  return teamId;
}

async function loadReferral(db: Executor, tenantId: string, id: string): Promise<ReferralRow | null> {
  const [row] = await db
    .select()
    .from(referral)
    .where(and(eq(referral.tenantId, tenantId), eq(referral.id, id)))
    .limit(1);
  return row ?? null;
}

/** Loads a signal for a team action; anyone else learns nothing (404), and the denial is audited. */
export async function loadForTeam(
  db: Executor,
  actor: Actor,
  id: string,
  action: string,
  ctx: RequestOrigin,
) {
  const { facts } = await authorize(db, actor, ctx, {
    load: () => loadReferral(db, actor.tenantId, id),
    decide: (row) => decideReferralTeamWork(actor, row.teamId),
    attempt: { action, subjectType: 'referral', subjectId: id, dataCategory: 'referral', purpose: 'triage' },
    answer: 'not_found',
  });
  return facts;
}

/**
 * When the family plan was agreed, per household. The plans module owns plan agreement; until it
 * offers a read function for this, waiting times stop at first contact.
 */
export async function planAgreedAt(
  db: Executor,
  tenantId: string,
  householdId: string | null,
): Promise<Date | null> {
  return householdId ? findPlanAgreedDate(db, tenantId, householdId) : null;
}

export async function toDetail(
  db: Executor,
  row: ReferralRow,
  norms: ReferralNorms,
  now: Date,
): Promise<ReferralDetail> {
  const names = await findUserNames(db, row.tenantId, [
    row.reporterUserId,
    ...(row.coordinatorId ? [row.coordinatorId] : []),
  ]);
  const nameOf = (id: string | null) => names.find((n) => n.id === id)?.displayName ?? null;
  return {
    id: row.id,
    version: row.version,
    teamId: row.teamId,
    teamName: await teamNameOrId(db, row.tenantId, row.teamId),
    outsideTenant: row.outsideTenant,
    status: row.status,
    level: row.level as 0 | 1 | 2 | null,
    subject: {
      firstName: row.subjectFirstName,
      lastName: row.subjectLastName,
      birthDate: row.subjectBirthDate,
      hasBsn: row.subjectBsn !== null,
    },
    address: { street: row.street, houseNumber: row.houseNumber, postcode: row.postcode, city: row.city },
    lifeDomains: row.lifeDomains,
    worry: decryptText(row.worryText),
    urgency: row.urgency,
    possibleUnsafety: row.possibleUnsafety,
    familyKnows: row.familyKnows,
    familyAgrees: row.familyAgrees,
    familyContact: decryptText(row.familyContact),
    reporterName: nameOf(row.reporterUserId) ?? '',
    reporterContact: decryptText(row.reporterContact),
    coordinatorId: row.coordinatorId,
    coordinatorName: nameOf(row.coordinatorId),
    householdId: row.householdId,
    householdMatch: row.householdMatch,
    followUpDate: row.followUpDate,
    referredOfferId: row.referredOfferId,
    waitingTimes: computeWaitingTimes(
      { ...row, planAgreedAt: await planAgreedAt(db, row.tenantId, row.householdId) },
      norms,
      now,
    ),
  };
}

export function checkVersion(row: ReferralRow, version: number) {
  if (row.version !== version) throw new ProblemError('version_conflict', undefined, undefined, row.version);
}
