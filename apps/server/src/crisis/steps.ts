/**
 * Writing a crisis episode: the report, then each step once and in order (arrival, key decision
 * with bridging help, exit plan, handover proposal, the two confirmations). Every step is one
 * conditional UPDATE, so two people recording at once cannot both succeed; each write is audited
 * in its transaction.
 */

import { randomUUID } from 'node:crypto';
import type {
  CreateCrisisEpisodeRequest,
  ProposeHandoverRequest,
  RecordCrisisDecisionRequest,
  RecordExitPlanRequest,
  RecordOnSiteRequest,
} from '@een-plan/contracts';
import { and, eq, isNotNull, isNull, type SQL } from 'drizzle-orm';
import { recordAccess } from '../audit/record.ts';
import { encryptText } from '../crypto/data-encryption.ts';
import type { Db } from '../db/database.ts';
import { findHouseholdFacts, isCurrentMember } from '../households/membership.ts';
import { ProblemError } from '../http/problems.ts';
import { authorize, refuse } from '../policy/authorize.ts';
import { crisisServiceOrganisation, decideCrisisEpisode } from '../policy/decide-crisis.ts';
import type { RequestContext } from '../policy/request-context.ts';
import { amsterdamDate } from '../referrals/working-days.ts';
import { organisationsOfKind } from '../tenancy/organisations.ts';
import { assertWithinBridgingMaximum } from './bridging-check.ts';
import { crisisFacts, type EpisodeRow, getEpisode, requireEpisode } from './episodes.ts';
import { exitPlanDueDate } from './rules.ts';
import { crisisEpisode } from './schema.ts';

const AUDIT = { subjectType: 'crisis_episode', dataCategory: 'crisis', purpose: 'crisis_care' } as const;
/** Clocks differ a little between a phone and the server; a time this far ahead is still "now". */
const CLOCK_SKEW_MS = 5 * 60_000;

function notInFuture(at: Date, now: Date, field: string) {
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw new ProblemError('crisis_time_before_call', undefined, [
      { path: field, code: 'in_future', message: { nl: 'Ligt in de toekomst.', en: 'Is in the future.' } },
    ]);
  }
}

function notBefore(at: Date, earliest: Date, field: string) {
  if (at.getTime() < earliest.getTime()) {
    throw new ProblemError('crisis_time_before_call', undefined, [
      {
        path: field,
        code: 'too_early',
        message: { nl: 'Ligt vóór de vorige stap.', en: 'Is before the previous step.' },
      },
    ]);
  }
}

export async function createEpisode(
  db: Db,
  ctx: RequestContext,
  input: CreateCrisisEpisodeRequest,
  now = new Date(),
) {
  const attempt = {
    ...AUDIT,
    action: 'crisis_episode.create',
    subjectType: 'household',
    subjectId: input.householdId,
  };
  await authorize(db, ctx.actor, ctx, {
    load: () => findHouseholdFacts(db, ctx.tenantId, input.householdId),
    decide: (h) =>
      decideCrisisEpisode(
        ctx.actor,
        'crisis.create',
        crisisFacts(
          { organisationId: null, handoverTarget: null, handoverOrganisationId: null },
          h,
          ctx.tenantId,
        ),
      ),
    attempt,
    answer: 'not_found',
  });
  if (input.personId && !(await isCurrentMember(db, ctx.tenantId, input.householdId, input.personId))) {
    throw new ProblemError('crisis_person_not_member');
  }
  const calledAt = new Date(input.calledAt);
  notInFuture(calledAt, now, 'calledAt');
  // Reported by the household's professional: the tenant's crisis service runs it, and the first
  // crisis worker who records a step takes it up.
  const ownOrg = crisisServiceOrganisation(ctx.actor);
  const organisationId =
    ownOrg ?? (await organisationsOfKind(db, ctx.tenantId, 'crisis_service'))[0]?.id ?? null;
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await tx.insert(crisisEpisode).values({
      tenantId: ctx.tenantId,
      id,
      householdId: input.householdId,
      personId: input.personId ?? null,
      organisationId,
      crisisWorkerId: ownOrg ? ctx.actor.userId : null,
      reportedVia: input.reportedVia,
      reporterName: input.reporterName ?? null,
      calledAt,
      createdBy: ctx.actor.userId,
    });
    await recordAccess(
      tx,
      ctx.actor,
      ctx,
      { ...AUDIT, action: 'crisis_episode.create', subjectId: id },
      {
        householdId: input.householdId,
      },
    );
  });
  return getEpisode(db, ctx, id, now);
}

type Built = { guard: SQL; set: Partial<EpisodeRow> };

/** One step: authorise, check, update only while `guard` holds (else out of order), audit. */
async function step(
  db: Db,
  ctx: RequestContext,
  id: string,
  name: string,
  build: (row: EpisodeRow) => Promise<Built> | Built,
  now: Date,
) {
  const action = `crisis_episode.${name}`;
  const { row } = await requireEpisode(db, ctx, id, 'crisis.record', action);
  const { guard, set } = await build(row);
  await updateInOrder(db, ctx, id, action, {
    set: { ...set, crisisWorkerId: row.crisisWorkerId ?? ctx.actor.userId },
    guard,
    details: { householdId: row.householdId },
  });
  return getEpisode(db, ctx, id, now);
}

/**
 * The one write of every step: a conditional UPDATE that only succeeds while `guard` holds (else
 * the step is out of order, or someone else recorded it first), audited in the same transaction.
 */
async function updateInOrder(
  db: Db,
  ctx: RequestContext,
  id: string,
  action: string,
  write: {
    set: Partial<EpisodeRow>;
    guard: SQL | undefined;
    details: Record<string, string | number | boolean | null>;
  },
) {
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(crisisEpisode)
      .set(write.set)
      .where(and(eq(crisisEpisode.tenantId, ctx.tenantId), eq(crisisEpisode.id, id), write.guard))
      .returning({ id: crisisEpisode.id });
    if (updated.length === 0) throw new ProblemError('crisis_step_out_of_order');
    await recordAccess(tx, ctx.actor, ctx, { ...AUDIT, action, subjectId: id }, write.details);
  });
}

/** A step as the routes call it, `(db, ctx, id, input, now?)`, from its checks and update. */
function defineStep<I>(
  name: string,
  build: (input: I, row: EpisodeRow, now: Date, db: Db, ctx: RequestContext) => Promise<Built> | Built,
) {
  return (db: Db, ctx: RequestContext, id: string, input: I, now = new Date()) =>
    step(db, ctx, id, name, (row) => build(input, row, now, db, ctx), now);
}

export const recordOnSite = defineStep<RecordOnSiteRequest>('on_site', (input, row, now) => {
  const at = new Date(input.onSiteAt);
  notInFuture(at, now, 'onSiteAt');
  notBefore(at, row.calledAt, 'onSiteAt');
  return { guard: isNull(crisisEpisode.onSiteAt), set: { onSiteAt: at } };
});

export const recordDecision = defineStep<RecordCrisisDecisionRequest>(
  'decision',
  async (input, row, now, db, ctx) => {
    if (!row.onSiteAt) throw new ProblemError('crisis_step_out_of_order');
    const at = new Date(input.decidedAt);
    notInFuture(at, now, 'decidedAt');
    notBefore(at, row.onSiteAt, 'decidedAt');
    if (input.bridgingStart < amsterdamDate(row.calledAt) || input.bridgingEnd < input.bridgingStart) {
      throw new ProblemError('validation_failed', undefined, [
        {
          path: 'bridgingEnd',
          code: 'invalid_period',
          message: {
            nl: 'De overbrugging begint op of na de melding en eindigt op of na de begindatum.',
            en: 'Bridging starts on or after the call and ends on or after its start.',
          },
        },
      ]);
    }
    await assertWithinBridgingMaximum(
      db,
      ctx.tenantId,
      input.bridgingStart,
      input.bridgingEnd,
      'bridgingEnd',
    );
    return {
      guard: and(isNotNull(crisisEpisode.onSiteAt), isNull(crisisEpisode.decidedAt)) as SQL,
      set: {
        decidedAt: at,
        behaviouralExpertName: input.behaviouralExpertName,
        decisionSummaryEnc: encryptText(input.summary),
        bridgingStart: input.bridgingStart,
        bridgingEnd: input.bridgingEnd,
        exitPlanDueDate: exitPlanDueDate(at),
      },
    };
  },
);

export const recordExitPlan = defineStep<RecordExitPlanRequest>('exit_plan', (input, _row, now) => ({
  guard: and(isNotNull(crisisEpisode.decidedAt), isNull(crisisEpisode.exitPlanAt)) as SQL,
  set: { exitPlanAt: now, exitPlanSummaryEnc: encryptText(input.summary) },
}));

export const proposeHandover = defineStep<ProposeHandoverRequest>(
  'handover_proposed',
  async (input, _row, _now, db, ctx) => {
    let providerId: string | null = null;
    if (input.target === 'provider') {
      const providers = await organisationsOfKind(db, ctx.tenantId, 'youth_care_provider');
      if (!input.providerOrganisationId || !providers.some((p) => p.id === input.providerOrganisationId)) {
        throw new ProblemError('crisis_provider_unknown');
      }
      providerId = input.providerOrganisationId;
    }
    return {
      guard: and(isNotNull(crisisEpisode.exitPlanAt), isNull(crisisEpisode.handoverTarget)) as SQL,
      set: { handoverTarget: input.target, handoverOrganisationId: providerId },
    };
  },
);

/**
 * A warm handover is done when both sides confirmed: the crisis service that hands over and the
 * receiving team (the household's coordinator) or provider. Who confirms which side follows from
 * the policy; each side confirms once.
 */
export async function confirmHandover(db: Db, ctx: RequestContext, id: string, now = new Date()) {
  const action = 'crisis_episode.handover_confirmed';
  const { row, household } = await requireEpisode(db, ctx, id, 'crisis.read', action);
  const facts = crisisFacts(row, household, ctx.tenantId);
  const side = decideCrisisEpisode(ctx.actor, 'crisis.record', facts).allowed
    ? 'crisis'
    : decideCrisisEpisode(ctx.actor, 'crisis.receive', facts).allowed
      ? 'receiver'
      : null;
  if (!side) {
    return refuse(db, ctx.actor, ctx, { ...AUDIT, action, subjectId: id }, 'not_handover_party');
  }
  const confirmed = side === 'crisis' ? crisisEpisode.crisisConfirmedAt : crisisEpisode.receiverConfirmedAt;
  await updateInOrder(db, ctx, id, action, {
    set:
      side === 'crisis'
        ? { crisisConfirmedAt: now, crisisConfirmedBy: ctx.actor.userId }
        : { receiverConfirmedAt: now, receiverConfirmedBy: ctx.actor.userId },
    guard: and(isNotNull(crisisEpisode.handoverTarget), isNull(confirmed)),
    details: { householdId: row.householdId, side },
  });
  return getEpisode(db, ctx, id, now);
}
