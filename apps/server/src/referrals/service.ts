import type {
  CreateReferralRequest,
  CreateReferralResponse,
  FirstContactRequest,
  PublicTeamList,
  ReferralDetail,
  ReferralQueueFilter,
  ReferralQueueResponse,
  ReferralStatus,
  ReporterReferral,
  TriageRequest,
  WaitingTimesOverview,
} from '@een-plan/contracts';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { type AuditEvent, recordAudit, recordAuditMany } from '../audit/record.ts';
import { findUserNames, isCoordinatorOfTeam, listCoordinatorsOfTeam, userNameJoin } from '../auth/users.ts';
import { decryptText, encryptText } from '../crypto/data-encryption.ts';
import type { Db, Executor } from '../db/database.ts';
import {
  addSubjectToHousehold,
  assignCoordinatorIfNone,
  createHouseholdForReferral,
  findHouseholdForReferral,
  type ReferralSubject,
} from '../households/from-referral.ts';
import { ProblemError } from '../http/problems.ts';
import { findPlanAgreedDate } from '../plans/agreed-date.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/authorize.ts';
import { decideReferralTeamWork, teamOfWorker } from '../policy/decide-referral.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { offerExists } from '../socialMap/service.ts';
import { routeAreaIdForPostcode } from '../tenancy/routing.ts';
import { area, areaPostcode, refLifeDomain, team, tenant } from '../tenancy/schema.ts';
import { referral } from './schema.ts';
import { loadReferralNorms, type ReferralNorms } from './settings.ts';
import { computeWaitingTimes } from './waiting-times.ts';
import { amsterdamDate } from './working-days.ts';

const coordinatorUser = userNameJoin(referral.tenantId, referral.coordinatorId);

type ReferralRow = typeof referral.$inferSelect;

export const OPEN_STATUSES: ReferralStatus[] = ['received', 'picked_up', 'coordinator_assigned'];

function audit(
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

/** Routes an address to exactly one team: the area's team, or the tenant's fallback team (flagged). */
export async function routeReferral(db: Executor, tenantId: string, postcode: string) {
  const areaId = await routeAreaIdForPostcode(db, tenantId, postcode);
  if (areaId) {
    const [a] = await db
      .select({ teamId: area.teamId })
      .from(area)
      .where(and(eq(area.tenantId, tenantId), eq(area.id, areaId)))
      .limit(1);
    if (a) return { teamId: a.teamId, areaId, outsideTenant: false };
  }
  const norms = await loadReferralNorms(db, tenantId);
  if (!norms.fallbackTeamId) throw new ProblemError('referral_no_fallback_team');
  return { teamId: norms.fallbackTeamId, areaId: null, outsideTenant: true };
}

async function teamNameOf(db: Executor, tenantId: string, teamId: string) {
  const [t] = await db
    .select({ name: team.name })
    .from(team)
    .where(and(eq(team.tenantId, tenantId), eq(team.id, teamId)))
    .limit(1);
  return t?.name ?? teamId;
}

export async function listLifeDomains(db: Executor) {
  return db.select().from(refLifeDomain).orderBy(asc(refLifeDomain.nameNl));
}

export async function createReferral(
  db: Db,
  actor: Actor,
  input: CreateReferralRequest,
  ctx: RequestOrigin,
): Promise<CreateReferralResponse> {
  const known = await db
    .select({ code: refLifeDomain.code })
    .from(refLifeDomain)
    .where(inArray(refLifeDomain.code, input.lifeDomains));
  const unknown = input.lifeDomains.filter((d) => !known.some((k) => k.code === d));
  if (unknown.length > 0) throw new ProblemError('referral_unknown_life_domain');
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
      teamName: await teamNameOf(tx, actor.tenantId, route.teamId),
      outsideTenant: route.outsideTenant,
      meldcodeGuidance: input.possibleUnsafety,
    };
  });
}

/** The reporter's list: what they filed and its status, nothing else. */
export async function listMyReferrals(db: Db, actor: Actor, ctx: RequestOrigin): Promise<ReporterReferral[]> {
  const rows = await db
    .select({
      id: referral.id,
      subjectFirstName: referral.subjectFirstName,
      receivedAt: referral.receivedAt,
      status: referral.status,
      teamName: team.name,
    })
    .from(referral)
    .innerJoin(team, and(eq(team.tenantId, referral.tenantId), eq(team.id, referral.teamId)))
    .where(and(eq(referral.tenantId, actor.tenantId), eq(referral.reporterUserId, actor.userId)))
    .orderBy(desc(referral.receivedAt))
    .limit(100);
  await recordAuditMany(
    db,
    rows.map((r) =>
      audit(actor, ctx, {
        action: 'referral.status_read',
        outcome: 'success',
        subjectType: 'referral',
        subjectId: r.id,
        dataCategory: 'referral.status',
        purpose: 'reporter_feedback',
      }),
    ),
  );
  return rows.map((r) => ({
    ...r,
    receivedAt: r.receivedAt.toISOString(),
    status: r.status as ReferralStatus,
  }));
}

function requireTeam(actor: Actor): string {
  const teamId = teamOfWorker(actor);
  // The route policy lets only team roles in; one without a team has no signals to see.
  if (!teamId) throw new ProblemError('referral_no_team');
  return teamId;
}

const urgencyRank = sql<number>`case when ${referral.urgency} = 'urgent' then 0 else 1 end`;

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
  const offset = cursor ? Number.parseInt(cursor, 10) || 0 : 0;
  const statusFilter =
    filter === 'new'
      ? eq(referral.status, 'received')
      : filter === 'open'
        ? inArray(referral.status, OPEN_STATUSES)
        : undefined;
  const rows = await db
    .select({ r: referral, coordinatorName: coordinatorUser.displayName })
    .from(referral)
    .leftJoin(coordinatorUser.table, coordinatorUser.on)
    .where(and(eq(referral.tenantId, actor.tenantId), eq(referral.teamId, teamId), statusFilter))
    .orderBy(urgencyRank, asc(referral.receivedAt), asc(referral.id))
    .limit(limit + 1)
    .offset(offset);
  const page = rows.slice(0, limit);
  const norms = await loadReferralNorms(db, actor.tenantId);
  await recordAuditMany(
    db,
    page.map(({ r }) =>
      audit(actor, ctx, {
        action: 'referral.list',
        outcome: 'success',
        subjectType: 'referral',
        subjectId: r.id,
        dataCategory: 'referral.summary',
        purpose: 'triage',
      }),
    ),
  );
  return {
    teamId,
    teamName: await teamNameOf(db, actor.tenantId, teamId),
    nextCursor: rows.length > limit ? String(offset + limit) : null,
    items: page.map(({ r, coordinatorName }) => {
      const w = computeWaitingTimes({ ...r, planAgreedAt: null }, norms, now);
      return {
        id: r.id,
        subjectName: `${r.subjectFirstName} ${r.subjectLastName}`,
        subjectBirthDate: r.subjectBirthDate,
        urgency: r.urgency as 'normal' | 'urgent',
        possibleUnsafety: r.possibleUnsafety,
        status: r.status as ReferralStatus,
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

async function loadReferral(db: Executor, tenantId: string, id: string): Promise<ReferralRow | null> {
  const [row] = await db
    .select()
    .from(referral)
    .where(and(eq(referral.tenantId, tenantId), eq(referral.id, id)))
    .limit(1);
  return row ?? null;
}

/** Loads a signal for a team action; anyone else learns nothing (404), and the denial is audited. */
async function loadForTeam(db: Executor, actor: Actor, id: string, action: string, ctx: RequestOrigin) {
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
async function planAgreedAt(
  db: Executor,
  tenantId: string,
  householdId: string | null,
): Promise<Date | null> {
  return householdId ? findPlanAgreedDate(db, tenantId, householdId) : null;
}

async function toDetail(
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
    teamName: await teamNameOf(db, row.tenantId, row.teamId),
    outsideTenant: row.outsideTenant,
    status: row.status as ReferralStatus,
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
    urgency: row.urgency as 'normal' | 'urgent',
    possibleUnsafety: row.possibleUnsafety,
    familyKnows: row.familyKnows,
    familyAgrees: row.familyAgrees,
    familyContact: decryptText(row.familyContact),
    reporterName: nameOf(row.reporterUserId) ?? '',
    reporterContact: decryptText(row.reporterContact),
    coordinatorId: row.coordinatorId,
    coordinatorName: nameOf(row.coordinatorId),
    householdId: row.householdId,
    householdMatch: row.householdMatch as ReferralDetail['householdMatch'],
    followUpDate: row.followUpDate,
    referredOfferId: row.referredOfferId,
    waitingTimes: computeWaitingTimes(
      { ...row, planAgreedAt: await planAgreedAt(db, row.tenantId, row.householdId) },
      norms,
      now,
    ),
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

function checkVersion(row: ReferralRow, version: number) {
  if (row.version !== version) throw new ProblemError('version_conflict', undefined, undefined, row.version);
}

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
    let householdMatch: string | null = null;
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
    const [updated] = await tx
      .update(referral)
      .set({
        status,
        level: input.level,
        coordinatorId,
        householdId,
        householdMatch,
        followUpDate,
        referredOfferId: offerId,
        triagedAt: now,
        triagedBy: actor.userId,
        version: row.version + 1,
      })
      .where(
        and(eq(referral.tenantId, actor.tenantId), eq(referral.id, id), eq(referral.version, row.version)),
      )
      .returning();
    if (!updated) throw new ProblemError('version_conflict', undefined, undefined, row.version + 1);
    await recordAudit(
      tx,
      audit(actor, ctx, {
        action: 'referral.triage',
        outcome: 'success',
        subjectType: 'referral',
        subjectId: id,
        dataCategory: 'referral',
        purpose: 'triage',
        details: { level: input.level, coordinatorId, householdId, householdMatch },
      }),
    );
    return toDetail(tx, updated, await loadReferralNorms(tx, actor.tenantId), now);
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
    const [updated] = await tx
      .update(referral)
      .set({ firstContactAt: at, version: row.version + 1 })
      .where(
        and(eq(referral.tenantId, actor.tenantId), eq(referral.id, id), eq(referral.version, row.version)),
      )
      .returning();
    if (!updated) throw new ProblemError('version_conflict', undefined, undefined, row.version + 1);
    await recordAudit(
      tx,
      audit(actor, ctx, {
        action: 'referral.first_contact',
        outcome: 'success',
        subjectType: 'referral',
        subjectId: id,
        dataCategory: 'referral',
        purpose: 'waiting_time',
      }),
    );
    return toDetail(tx, updated, await loadReferralNorms(tx, actor.tenantId), now);
  });
}

export async function listTeamCoordinators(db: Db, actor: Actor) {
  return listCoordinatorsOfTeam(db, actor.tenantId, requireTeam(actor));
}

/** The team lead's overview: open signals and the last 90 days, against the norm. */
export async function waitingTimesOverview(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  now = new Date(),
): Promise<WaitingTimesOverview> {
  const teamId = requireTeam(actor);
  const since = new Date(now.getTime() - 90 * 86_400_000);
  const rows = await db
    .select()
    .from(referral)
    .where(
      and(
        eq(referral.tenantId, actor.tenantId),
        eq(referral.teamId, teamId),
        sql`(${inArray(referral.status, OPEN_STATUSES)} or ${referral.receivedAt} >= ${since})`,
      ),
    )
    .orderBy(urgencyRank, asc(referral.receivedAt))
    .limit(200);
  const norms = await loadReferralNorms(db, actor.tenantId);
  const items = await Promise.all(
    rows.map(async (r) => ({
      id: r.id,
      subjectName: `${r.subjectFirstName} ${r.subjectLastName}`,
      urgency: r.urgency as 'normal' | 'urgent',
      status: r.status as ReferralStatus,
      reminderSentAt: r.reminderSentAt?.toISOString() ?? null,
      waitingTimes: computeWaitingTimes(
        { ...r, planAgreedAt: await planAgreedAt(db, r.tenantId, r.householdId) },
        norms,
        now,
      ),
    })),
  );
  await recordAuditMany(
    db,
    items.map((i) =>
      audit(actor, ctx, {
        action: 'referral.list',
        outcome: 'success',
        subjectType: 'referral',
        subjectId: i.id,
        dataCategory: 'referral.waiting_time',
        purpose: 'waiting_time_overview',
      }),
    ),
  );
  const open = items.filter(
    (i) => OPEN_STATUSES.includes(i.status) && i.waitingTimes.firstContactAt === null,
  );
  const contacted = items
    .map((i) => i.waitingTimes.workingDaysToFirstContact)
    .filter((d): d is number => d !== null);
  return {
    teamName: await teamNameOf(db, actor.tenantId, teamId),
    firstContactNormDays: norms.firstContactNormDays,
    urgentFirstContactNormDays: norms.urgentFirstContactNormDays,
    openWithoutFirstContact: open.length,
    overdue: open.filter((i) => i.waitingTimes.firstContactOverdue).length,
    averageWorkingDaysToFirstContact:
      contacted.length === 0
        ? null
        : Math.round((contacted.reduce((a, b) => a + b, 0) / contacted.length) * 10) / 10,
    items,
  };
}

/** "Waar kan ik terecht?": teams, their areas and how to reach them. No personal data. */
export async function listPublicTeams(db: Db, tenantId: string): Promise<PublicTeamList> {
  const [t] = await db
    .select({ name: tenant.name })
    .from(tenant)
    .where(eq(tenant.tenantId, tenantId))
    .limit(1);
  const teams = await db
    .select({ id: team.id, name: team.name, phone: team.phone, email: team.email })
    .from(team)
    .where(eq(team.tenantId, tenantId))
    .orderBy(asc(team.name))
    .limit(200);
  const areas = await db
    .select({ id: area.id, name: area.name, teamId: area.teamId })
    .from(area)
    .where(eq(area.tenantId, tenantId))
    .orderBy(asc(area.name))
    .limit(1000);
  const postcodes = await db
    .select({ areaId: areaPostcode.areaId, postcode4: areaPostcode.postcode4 })
    .from(areaPostcode)
    .where(eq(areaPostcode.tenantId, tenantId))
    .orderBy(asc(areaPostcode.postcode4))
    .limit(20_000);
  return {
    tenantName: t?.name ?? '',
    items: teams
      .map((x) => ({
        ...x,
        areas: areas
          .filter((a) => a.teamId === x.id)
          .map((a) => ({
            id: a.id,
            name: a.name,
            postcodes: postcodes.filter((p) => p.areaId === a.id).map((p) => p.postcode4),
          })),
      }))
      .filter((x) => x.areas.length > 0 || x.phone || x.email),
  };
}
