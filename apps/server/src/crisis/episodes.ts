/**
 * Reading crisis episodes: one episode (authorised per episode, every read and refusal audited),
 * the crisis service's own list, and a household's episodes for its dossier.
 */
import type { CrisisEpisode, CrisisEpisodeSummary } from '@een-plan/contracts';
import { and, desc, eq } from 'drizzle-orm';
import { recordAccess, recordListed } from '../audit/record.ts';
import { findUserNames } from '../auth/users.ts';
import { decryptOptional } from '../crypto/data-encryption.ts';
import type { Executor } from '../db/database.ts';
import { firstNamesOf, householdNames } from '../households/home-queries.ts';
import { findHouseholdFacts, type HouseholdRow } from '../households/membership.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/authorize.ts';
import {
  type CrisisAction,
  crisisServiceOrganisation,
  decideCrisisEpisode,
  decideHouseholdCrisisList,
} from '../policy/decide-crisis.ts';
import type { RequestContext } from '../policy/request-context.ts';
import { organisationNames } from '../tenancy/organisations.ts';
import { episodeDeadlines, episodeState, nextDeadline, onSiteMinutes, onSiteNormExceeded } from './rules.ts';
import { crisisEpisode } from './schema.ts';
import { crisisSettings } from './settings.ts';

export type EpisodeRow = typeof crisisEpisode.$inferSelect;

const AUDIT = { subjectType: 'crisis_episode', dataCategory: 'crisis', purpose: 'crisis_care' } as const;

export function crisisFacts(
  row: Pick<EpisodeRow, 'organisationId' | 'handoverTarget' | 'handoverOrganisationId'>,
  h: HouseholdRow,
  tenantId: string,
) {
  return {
    tenantId,
    organisationId: row.organisationId,
    handoverTarget: row.handoverTarget,
    handoverOrganisationId: row.handoverOrganisationId,
    household: {
      tenantId,
      coordinatorId: h.coordinatorId,
      teamId: h.teamId,
      memberPersonIds: h.memberPersonIds,
    },
  };
}

async function findEpisode(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(crisisEpisode)
    .where(and(eq(crisisEpisode.tenantId, tenantId), eq(crisisEpisode.id, id)))
    .limit(1);
  return row ?? null;
}

/**
 * The episode and its household, when the actor may do `action` on it; otherwise the refusal is
 * audited and answered 404 (an episode's existence tells that a family is in crisis).
 */
export async function requireEpisode(
  db: Executor,
  ctx: RequestContext,
  id: string,
  action: CrisisAction,
  auditAction: string,
) {
  const { facts } = await authorize(db, ctx.actor, ctx, {
    load: async () => {
      const row = await findEpisode(db, ctx.tenantId, id);
      const household = row ? await findHouseholdFacts(db, ctx.tenantId, row.householdId) : null;
      return row && household ? { row, household } : null;
    },
    decide: ({ row, household }) =>
      decideCrisisEpisode(ctx.actor, action, crisisFacts(row, household, ctx.tenantId)),
    attempt: { ...AUDIT, action: auditAction, subjectId: id },
    answer: 'not_found',
  });
  return facts;
}

function summaryOf(
  row: EpisodeRow,
  householdName: string,
  firstName: string | null,
  now: Date,
): CrisisEpisodeSummary {
  return {
    id: row.id,
    householdId: row.householdId,
    householdName,
    personFirstName: firstName,
    state: episodeState(row),
    calledAt: row.calledAt.toISOString(),
    onSiteNormExceeded: onSiteNormExceeded(row, now),
    bridgingEnd: row.bridgingEnd,
    nextDeadline: nextDeadline(episodeDeadlines(row, now)),
  };
}

async function summaries(db: Executor, actor: Actor, rows: EpisodeRow[], now: Date) {
  const names = await householdNames(
    db,
    actor.tenantId,
    rows.map((r) => r.householdId),
  );
  const people = await firstNamesOf(
    db,
    actor.tenantId,
    rows.flatMap((r) => (r.personId ? [r.personId] : [])),
  );
  return rows.map((r) =>
    summaryOf(r, names.get(r.householdId) ?? '', r.personId ? (people.get(r.personId) ?? null) : null, now),
  );
}

/** The full episode as its page shows it (the caller authorised and audits). */
async function episodeView(
  db: Executor,
  actor: Actor,
  row: EpisodeRow,
  household: HouseholdRow,
  now = new Date(),
): Promise<CrisisEpisode> {
  const [summary] = await summaries(db, actor, [row], now);
  const [worker] = await findUserNames(db, actor.tenantId, row.crisisWorkerId ? [row.crisisWorkerId] : []);
  const orgs = await organisationNames(
    db,
    actor.tenantId,
    row.handoverOrganisationId ? [row.handoverOrganisationId] : [],
  );
  const facts = crisisFacts(row, household, actor.tenantId);
  const state = episodeState(row);
  return {
    ...(summary as CrisisEpisodeSummary),
    personId: row.personId,
    crisisWorkerName: worker?.displayName ?? '',
    reportedVia: row.reportedVia,
    reporterName: row.reporterName,
    onSiteAt: row.onSiteAt?.toISOString() ?? null,
    onSiteMinutes: onSiteMinutes(row),
    decision: row.decidedAt
      ? {
          decidedAt: row.decidedAt.toISOString(),
          behaviouralExpertName: row.behaviouralExpertName ?? '',
          summary: decryptOptional(row.decisionSummaryEnc),
        }
      : null,
    bridgingStart: row.bridgingStart,
    maxBridgingDays: (await crisisSettings(db, actor.tenantId)).maxBridgingDays,
    exitPlanDueDate: row.exitPlanDueDate,
    exitPlanAt: row.exitPlanAt?.toISOString() ?? null,
    exitPlanSummary: row.exitPlanAt ? decryptOptional(row.exitPlanSummaryEnc) : null,
    handover: row.handoverTarget
      ? {
          target: row.handoverTarget,
          providerOrganisationId: row.handoverOrganisationId,
          providerName: row.handoverOrganisationId ? (orgs.get(row.handoverOrganisationId) ?? null) : null,
          crisisConfirmedAt: row.crisisConfirmedAt?.toISOString() ?? null,
          receiverConfirmedAt: row.receiverConfirmedAt?.toISOString() ?? null,
        }
      : null,
    deadlines: episodeDeadlines(row, now),
    can: {
      record: state !== 'closed' && decideCrisisEpisode(actor, 'crisis.record', facts).allowed,
      confirmAsReceiver:
        state === 'handover' &&
        row.receiverConfirmedAt === null &&
        decideCrisisEpisode(actor, 'crisis.receive', facts).allowed,
    },
  };
}

export async function getEpisode(db: Executor, ctx: RequestContext, id: string, now = new Date()) {
  const { row, household } = await requireEpisode(db, ctx, id, 'crisis.read', 'crisis_episode.read');
  const view = await episodeView(db, ctx.actor, row, household, now);
  await recordAccess(
    db,
    ctx.actor,
    ctx,
    { ...AUDIT, action: 'crisis_episode.read', subjectId: id },
    {
      householdId: row.householdId,
    },
  );
  return view;
}

/** The crisis service's own episodes, newest call first; one audit event names every episode listed. */
export async function listOwnEpisodes(db: Executor, ctx: RequestContext, limit = 100, now = new Date()) {
  const org = crisisServiceOrganisation(ctx.actor);
  if (!org) return { items: [] as CrisisEpisodeSummary[], total: 0, overdue: 0 };
  const rows = await db
    .select()
    .from(crisisEpisode)
    .where(and(eq(crisisEpisode.tenantId, ctx.tenantId), eq(crisisEpisode.organisationId, org)))
    .orderBy(desc(crisisEpisode.calledAt))
    .limit(500);
  const items = await summaries(db, ctx.actor, rows, now);
  // Open episodes first, then the closed ones; each group newest call first.
  items.sort((a, b) => Number(a.state === 'closed') - Number(b.state === 'closed'));
  const shown = items.slice(0, limit);
  // One event naming every episode shown (decision 0028).
  await recordListed(
    db,
    ctx.actor,
    ctx,
    { ...AUDIT, action: 'crisis_episode.list' },
    shown.map((e) => e.id),
  );
  const overdue = items.filter((e) => e.nextDeadline?.overdue).length;
  return { items: shown, total: items.length, overdue };
}

/** A household's crisis episodes on its dossier, for its coordinator and team lead. */
export async function listHouseholdEpisodes(
  db: Executor,
  ctx: RequestContext,
  householdId: string,
  now = new Date(),
) {
  const attempt = {
    ...AUDIT,
    action: 'crisis_episode.list',
    subjectType: 'household',
    subjectId: householdId,
  };
  await authorize(db, ctx.actor, ctx, {
    load: () => findHouseholdFacts(db, ctx.tenantId, householdId),
    decide: (h) =>
      decideHouseholdCrisisList(ctx.actor, {
        tenantId: ctx.tenantId,
        coordinatorId: h.coordinatorId,
        teamId: h.teamId,
        memberPersonIds: h.memberPersonIds,
      }),
    attempt,
    answer: 'not_found',
  });
  const rows = await db
    .select()
    .from(crisisEpisode)
    .where(and(eq(crisisEpisode.tenantId, ctx.tenantId), eq(crisisEpisode.householdId, householdId)))
    .orderBy(desc(crisisEpisode.calledAt))
    .limit(50);
  const items = await summaries(db, ctx.actor, rows, now);
  await recordAccess(db, ctx.actor, ctx, attempt, { count: items.length });
  return { items };
}
