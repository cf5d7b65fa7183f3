export { OPEN_STATUSES } from './referral-detail.ts';

import type {
  CreateReferralRequest,
  CreateReferralResponse,
  ReferralQueueFilter,
  ReferralQueueResponse,
  ReporterReferral,
} from '@een-plan/contracts';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { listCoordinatorsOfTeam, userNameJoin } from '../auth/users.ts';
import { encryptText } from '../crypto/data-encryption.ts';
import type { Db, Executor } from '../db/database.ts';
import { asTimestamp, DbTimestamp, rowsAfter, timestampText } from '../db/keyset.ts';
import { decodeCursor, splitPage } from '../http/page-cursor.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { teamOfAreaId } from '../tenancy/areas.ts';
import { unknownLifeDomains } from '../tenancy/life-domains.ts';
import { routeAreaIdForPostcode } from '../tenancy/routing.ts';
import { recordReferralsListed } from './list-audit.ts';
import {
  audit,
  loadForTeam,
  OPEN_STATUSES,
  requireTeam,
  teamNameOrId,
  toDetail,
  urgencyRank,
} from './referral-detail.ts';
import { recordOwnSignalsShown, reporterSignals } from './reporter-signals.ts';
import { referral } from './schema.ts';
import { loadReferralNorms } from './settings.ts';
import { computeWaitingTimes } from './waiting-times.ts';

export { listPublicTeams, waitingTimesOverview } from './overview.ts';
export { recordFirstContact, triageReferral } from './triage.ts';

const coordinatorUser = userNameJoin(referral.tenantId, referral.coordinatorId);

/** Routes an address to exactly one team: the area's team, or the tenant's fallback team (flagged). */
async function routeReferral(db: Executor, tenantId: string, postcode: string) {
  const areaId = await routeAreaIdForPostcode(db, tenantId, postcode);
  if (areaId) {
    const teamId = await teamOfAreaId(db, tenantId, areaId);
    if (teamId) return { teamId, areaId, outsideTenant: false };
  }
  const norms = await loadReferralNorms(db, tenantId);
  if (!norms.fallbackTeamId) throw new ProblemError('referral_no_fallback_team');
  return { teamId: norms.fallbackTeamId, areaId: null, outsideTenant: true };
}

export async function createReferral(
  db: Db,
  actor: Actor,
  input: CreateReferralRequest,
  ctx: RequestOrigin,
): Promise<CreateReferralResponse> {
  if ((await unknownLifeDomains(db, input.lifeDomains)).length > 0)
    throw new ProblemError('referral_unknown_life_domain');
  // A signal about possible unsafety is always urgent (meldcode: act the same day).
  const urgency = input.possibleUnsafety ? 'urgent' : input.urgency;
  return db.transaction(async (tx) => {
    const route = await routeReferral(tx, actor.tenantId, input.address.postcode);
    const id = `ref-${crypto.randomUUID()}`;
    await tx.insert(referral).values({
      tenantId: actor.tenantId,
      id,
      reporterUserId: actor.userId,
      reporterRole: actor.role,
      reporterOrganisationId: actor.organisationId,
      reporterContact: encryptText(input.reporterContact),
      subjectFirstName: input.subject.firstName,
      subjectLastName: input.subject.lastName,
      subjectBirthDate: input.subject.birthDate,
      subjectBsn: input.subject.bsn ?? null,
      street: input.address.street,
      houseNumber: input.address.houseNumber,
      postcode: input.address.postcode.toUpperCase().replace(/^(\d{4})\s*([A-Z]{2})$/, '$1 $2'),
      city: input.address.city,
      lifeDomains: [...new Set(input.lifeDomains)],
      worryText: encryptText(input.worry),
      urgency,
      possibleUnsafety: input.possibleUnsafety,
      familyKnows: input.familyKnows,
      familyAgrees: input.familyAgrees,
      familyContact: encryptText(input.familyContact),
      teamId: route.teamId,
      areaId: route.areaId,
      outsideTenant: route.outsideTenant,
    });
    await recordAudit(
      tx,
      audit(actor, ctx, {
        action: 'referral.create',
        outcome: 'success',
        subjectType: 'referral',
        subjectId: id,
        dataCategory: 'referral',
        purpose: 'signal',
        details: { teamId: route.teamId, outsideTenant: route.outsideTenant, urgency },
      }),
    );
    return {
      id,
      status: 'received' as const,
      urgency,
      teamName: await teamNameOrId(tx, actor.tenantId, route.teamId),
      outsideTenant: route.outsideTenant,
      meldcodeGuidance: input.possibleUnsafety,
    };
  });
}

/** The reporter's list: what they filed and its status, nothing else. */
export async function listMyReferrals(db: Db, actor: Actor, ctx: RequestOrigin): Promise<ReporterReferral[]> {
  const rows = await reporterSignals(db, actor, 100);
  await recordOwnSignalsShown(db, actor, ctx, rows);
  return rows.map((r) => ({
    ...r,
    receivedAt: r.receivedAt.toISOString(),
    status: r.status,
  }));
}

/** The queue's cursor: urgency rank (0 urgent, 1 normal), receipt time as stored, id. */
const QueueCursor = z.tuple([z.union([z.literal(0), z.literal(1)]), DbTimestamp, z.string().min(1).max(64)]);

export async function listQueue(
  db: Db,
  actor: Actor,
  filter: ReferralQueueFilter,
  cursor: string | undefined,
  ctx: RequestOrigin,
  now = new Date(),
): Promise<ReferralQueueResponse> {
  const teamId = requireTeam(actor);
  const limit = 50;
  // Keyset (decision 0031): after the last row's urgency rank, receipt time and id.
  const after = decodeCursor(QueueCursor, cursor);
  const statusFilter =
    filter === 'new'
      ? eq(referral.status, 'received')
      : filter === 'open'
        ? inArray(referral.status, OPEN_STATUSES)
        : undefined;
  const rows = await db
    .select({
      r: referral,
      coordinatorName: coordinatorUser.displayName,
      rank: urgencyRank,
      receivedAtText: timestampText(referral.receivedAt),
    })
    .from(referral)
    .leftJoin(coordinatorUser.table, coordinatorUser.on)
    .where(
      and(
        eq(referral.tenantId, actor.tenantId),
        eq(referral.teamId, teamId),
        statusFilter,
        after
          ? rowsAfter(
              [urgencyRank, referral.receivedAt, referral.id],
              [after[0], asTimestamp(after[1]), after[2]],
            )
          : undefined,
      ),
    )
    .orderBy(urgencyRank, asc(referral.receivedAt), asc(referral.id))
    .limit(limit + 1);
  const { page, nextCursor } = splitPage(rows, limit, (last) => [
    Number(last.rank),
    last.receivedAtText,
    last.r.id,
  ]);
  const norms = await loadReferralNorms(db, actor.tenantId);
  await recordReferralsListed(
    db,
    actor,
    ctx,
    { dataCategory: 'referral.summary', purpose: 'triage' },
    page.map(({ r }) => r.id),
  );
  return {
    teamId,
    teamName: await teamNameOrId(db, actor.tenantId, teamId),
    nextCursor,
    items: page.map(({ r, coordinatorName }) => {
      const w = computeWaitingTimes({ ...r, planAgreedAt: null }, norms, now);
      return {
        id: r.id,
        subjectName: `${r.subjectFirstName} ${r.subjectLastName}`,
        subjectBirthDate: r.subjectBirthDate,
        urgency: r.urgency,
        possibleUnsafety: r.possibleUnsafety,
        status: r.status,
        level: r.level as 0 | 1 | 2 | null,
        outsideTenant: r.outsideTenant,
        receivedAt: r.receivedAt.toISOString(),
        workingDaysWaiting: w.workingDaysWaitingSoFar,
        firstContactDueDate: w.firstContactDueDate,
        firstContactOverdue: w.firstContactOverdue,
        coordinatorName,
      };
    }),
  };
}

export async function getReferral(db: Db, actor: Actor, id: string, ctx: RequestOrigin, now = new Date()) {
  const row = await loadForTeam(db, actor, id, 'referral.read', ctx);
  await recordAudit(
    db,
    audit(actor, ctx, {
      action: 'referral.read',
      outcome: 'success',
      subjectType: 'referral',
      subjectId: id,
      dataCategory: 'referral',
      purpose: 'triage',
    }),
  );
  return toDetail(db, row, await loadReferralNorms(db, actor.tenantId), now);
}

export async function listTeamCoordinators(db: Db, actor: Actor) {
  return listCoordinatorsOfTeam(db, actor.tenantId, requireTeam(actor));
}
