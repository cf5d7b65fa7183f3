import type {
  FirstContactRequest,
  ReferralDetail,
  ReferralHouseholdMatch,
  ReferralStatus,
  TriageRequest,
} from '@een-plan/contracts';
import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { isCoordinatorOfTeam } from '../auth/users.ts';
import type { Db, Executor } from '../db/database.ts';
import {
  addSubjectToHousehold,
  assignCoordinatorIfNone,
  createHouseholdForReferral,
  findHouseholdForReferral,
  type ReferralSubject,
} from '../households/from-referral.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { offerExists } from '../socialMap/service.ts';
import { audit, checkVersion, loadForTeam, toDetail } from './referral-detail.ts';
import { referral } from './schema.ts';
import { loadReferralNorms } from './settings.ts';
import { amsterdamDate } from './working-days.ts';

/**
 * The triage decision. Level 0 refers to the family's own network or a general facility and closes
 * with a follow-up date; level 1 is support by the team; level 2 needs a coordinator. For levels 1
 * and 2 the signal is linked to the family's household, found or (only if none) created.
 */
export async function triageReferral(
  db: Db,
  actor: Actor,
  id: string,
  input: TriageRequest,
  ctx: RequestOrigin,
  now = new Date(),
): Promise<ReferralDetail> {
  return db.transaction(async (tx) => {
    const row = await loadForTeam(tx, actor, id, 'referral.triage', ctx);
    await tx.execute(sql`select 1 from referral where tenant_id = ${row.tenantId} and id = ${id} for update`);
    checkVersion(row, input.version);
    if (row.status !== 'received' && row.status !== 'picked_up')
      throw new ProblemError('referral_already_triaged');
    const today = amsterdamDate(now);
    let status: ReferralStatus;
    let coordinatorId: string | null = null;
    let householdId: string | null = null;
    let householdMatch: ReferralHouseholdMatch | null = null;
    let followUpDate: string | null = null;
    let offerId: string | null = null;
    if (input.level === 0) {
      if (!input.followUpDate || input.followUpDate <= today)
        throw new ProblemError('referral_follow_up_required');
      if (input.coordinatorId) throw new ProblemError('referral_no_coordinator_at_level_0');
      if (input.offerId) {
        if (!(await offerExists(tx, actor.tenantId, input.offerId)))
          throw new ProblemError('referral_unknown_offer');
        offerId = input.offerId;
      }
      followUpDate = input.followUpDate;
      status = 'referred_elsewhere';
    } else {
      if (input.level === 2 && !input.coordinatorId) throw new ProblemError('referral_coordinator_required');
      if (input.coordinatorId) {
        if (!(await isCoordinatorOfTeam(tx, actor.tenantId, input.coordinatorId, row.teamId))) {
          throw new ProblemError('referral_coordinator_not_in_team');
        }
        coordinatorId = input.coordinatorId;
      }
      const subject: ReferralSubject = {
        firstName: row.subjectFirstName,
        lastName: row.subjectLastName,
        birthDate: row.subjectBirthDate,
        bsn: row.subjectBsn,
        street: row.street,
        houseNumber: row.houseNumber,
        postcode: row.postcode,
        city: row.city,
        areaId: row.areaId,
      };
      const match = await findHouseholdForReferral(tx, actor.tenantId, subject);
      if (match) {
        householdId = match.householdId;
        householdMatch = match.matchedBy;
        if (match.matchedBy === 'address')
          await addSubjectToHousehold(tx, actor.tenantId, match.householdId, subject, today);
      } else {
        householdId = (await createHouseholdForReferral(tx, actor.tenantId, subject, today)).householdId;
        householdMatch = 'created';
      }
      if (coordinatorId) await assignCoordinatorIfNone(tx, actor.tenantId, householdId, coordinatorId);
      status = coordinatorId ? 'coordinator_assigned' : 'picked_up';
    }
    return saveStep(
      tx,
      actor,
      ctx,
      row,
      {
        status,
        level: input.level,
        coordinatorId,
        householdId,
        householdMatch,
        followUpDate,
        referredOfferId: offerId,
        triagedAt: now,
        triagedBy: actor.userId,
      },
      {
        action: 'referral.triage',
        purpose: 'triage',
        details: { level: input.level, coordinatorId, householdId, householdMatch },
      },
      now,
    );
  });
}

/** Records the first contact with the family: the end of the first waiting time. */
export async function recordFirstContact(
  db: Db,
  actor: Actor,
  id: string,
  input: FirstContactRequest,
  ctx: RequestOrigin,
  now = new Date(),
): Promise<ReferralDetail> {
  return db.transaction(async (tx) => {
    const row = await loadForTeam(tx, actor, id, 'referral.first_contact', ctx);
    checkVersion(row, input.version);
    if (row.firstContactAt) throw new ProblemError('referral_first_contact_recorded');
    if (row.status !== 'picked_up' && row.status !== 'coordinator_assigned') {
      throw new ProblemError('referral_not_triaged');
    }
    const at = input.at ? new Date(input.at) : now;
    if (at.getTime() < row.receivedAt.getTime() || at.getTime() > now.getTime() + 60_000) {
      throw new ProblemError('referral_first_contact_out_of_range');
    }
    return saveStep(
      tx,
      actor,
      ctx,
      row,
      { firstContactAt: at },
      { action: 'referral.first_contact', purpose: 'waiting_time' },
      now,
    );
  });
}

/**
 * Writes a step of the referral on the version the client saw (409 otherwise), audits it and
 * answers the referral as the team now sees it.
 */
async function saveStep(
  tx: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  row: { id: string; version: number },
  change: Partial<typeof referral.$inferInsert>,
  step: { action: string; purpose: string; details?: Record<string, string | number | boolean | null> },
  now: Date,
): Promise<ReferralDetail> {
  const [updated] = await tx
    .update(referral)
    .set({ ...change, version: row.version + 1 })
    .where(
      and(eq(referral.tenantId, actor.tenantId), eq(referral.id, row.id), eq(referral.version, row.version)),
    )
    .returning();
  if (!updated) throw new ProblemError('version_conflict', undefined, undefined, row.version + 1);
  const access = { subjectType: 'referral', subjectId: row.id, dataCategory: 'referral', ...step };
  await recordAudit(tx, audit(actor, ctx, { ...access, outcome: 'success' }));
  return toDetail(tx, updated, await loadReferralNorms(tx, actor.tenantId), now);
}
