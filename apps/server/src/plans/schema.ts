import type {
  PlanActionOwnerKind,
  PlanActionStatus,
  PlanAgreementView,
  PlanClosureReason,
  PlanFollowUp,
  PlanGoalResult,
  PlanPriority,
  PlanProposalView,
  PlanState,
  PlanVersionRedaction,
  SafetyParticipantKind,
} from '@een-plan/contracts';
import { date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { appUser } from '../auth/schema.ts';
import * as column from '../db/columns.ts';
import { tenantForeignKey, tenantTable } from '../db/tenant-table.ts';
import { household } from '../households/schema.ts';
import { refLifeDomain } from '../tenancy/schema.ts';

/**
 * The family plan ("gezinsplan") of one household. A household has at most one plan that is not
 * closed; closed plans stay as history. `version` is the content version: every change to the
 * vision, goals or actions adds one and stores a snapshot in plan_version, so it is both the
 * optimistic-concurrency token and the version people agree to.
 */
export const plan = tenantTable(
  'plan',
  {
    householdId: text('household_id').notNull(),
    state: text('state').$type<PlanState>().notNull().default('concept'),
    vision: text('vision').notNull().default(''),
    version: column.version(),
    /** The latest version every required party agreed to; null until then. */
    agreedVersion: integer('agreed_version'),
    nextEvaluationDate: date('next_evaluation_date'),
    ...column.actor('created'),
    updatedAt: column.writtenAt('updated_at'),
    closedAt: column.moment('closed_at'),
    /** Why the support ended (PlanClosureReason), set when the plan closes. */
    closedReason: text('closed_reason').$type<PlanClosureReason>(),
  },
  (t) => [
    tenantForeignKey(t, t.householdId, household),
    index('plan_household_idx').on(t.tenantId, t.householdId, t.createdAt),
  ],
);

export const planGoal = tenantTable(
  'plan_goal',
  {
    planId: text('plan_id').notNull(),
    position: integer('position').notNull(),
    domainCode: text('domain_code')
      .notNull()
      .references(() => refLifeDomain.code),
    description: text('description').notNull(),
    achievedWhen: text('achieved_when').notNull(),
    priority: text('priority').$type<PlanPriority>().notNull(),
    targetDate: date('target_date'),
    /** Household members this goal is about (a youth sees and agrees to the goals about them). */
    concernsPersonIds: jsonb('concerns_person_ids').$type<string[]>().notNull().default([]),
  },
  (t) => [
    tenantForeignKey(t, t.planId, plan),
    index('plan_goal_plan_idx').on(t.tenantId, t.planId, t.position),
  ],
);

export const planAction = tenantTable(
  'plan_action',
  {
    planId: text('plan_id').notNull(),
    goalId: text('goal_id').notNull(),
    position: integer('position').notNull(),
    description: text('description').notNull(),
    /** household_member | network_member | social_map_offer | professional | provider */
    ownerKind: text('owner_kind').$type<PlanActionOwnerKind>().notNull(),
    /** person id, network member id, offer id, user id or organisation id (no FK: other modules). */
    ownerRef: text('owner_ref').notNull(),
    /** The owner's name at the time it was chosen, so the plan reads well even if the source changes. */
    ownerLabel: text('owner_label').notNull(),
    level: integer('level').notNull(),
    startDate: date('start_date'),
    endDate: date('end_date'),
    status: text('status').$type<PlanActionStatus>().notNull().default('open'),
  },
  (t) => [
    tenantForeignKey(t, t.planId, plan),
    tenantForeignKey(t, t.goalId, planGoal),
    index('plan_action_plan_idx').on(t.tenantId, t.planId, t.status),
    index('plan_action_goal_idx').on(t.tenantId, t.goalId),
  ],
);

/** Immutable snapshot of every plan version: older versions stay readable and diffable. */
export const planVersion = pgTable(
  'plan_version',
  {
    tenantId: column.tenantId(),
    planId: text('plan_id').notNull(),
    version: integer('version').notNull(),
    snapshot: jsonb('snapshot').notNull(),
    ...column.actor('created'),
    changeSummary: text('change_summary').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.planId, t.version] }), tenantForeignKey(t, t.planId, plan)],
);

/**
 * A version whose words were changed after it was written: an erased person's name scrubbed from
 * it (decision 0027). The snapshot then holds the redacted words; `original_key` is the content key
 * (agreementKey, sha256) of the version as it was written and agreed, so a copy of the original
 * can still be proven to be what was agreed. Which words went is not kept.
 */
export const planVersionRedaction = tenantTable(
  'plan_version_redaction',
  {
    planId: text('plan_id').notNull(),
    version: integer('version').notNull(),
    /** person_erasure */
    reason: text('reason').$type<PlanVersionRedaction['reason']>().notNull(),
    originalKey: text('original_key').notNull(),
    redactedKey: text('redacted_key').notNull(),
    /** How many words were replaced (not which). */
    replacements: integer('replacements').notNull(),
    redactedAt: column.writtenAt('redacted_at'),
  },
  (t) => [
    foreignKey({
      columns: [t.tenantId, t.planId, t.version],
      foreignColumns: [planVersion.tenantId, planVersion.planId, planVersion.version],
    }),
    index('plan_version_redaction_plan_idx').on(t.tenantId, t.planId, t.version),
  ],
);

/** One party's agreement to one plan version: a household member or the coordinator. */
export const planAgreement = tenantTable(
  'plan_agreement',
  {
    planId: text('plan_id').notNull(),
    version: integer('version').notNull(),
    /** 'person' (a household member) or 'coordinator'. */
    party: text('party').$type<PlanAgreementView['party']>().notNull(),
    personId: text('person_id'),
    /** Who recorded it: the person's own login, or the coordinator who heard it in person. */
    recordedBy: text('recorded_by').notNull(),
    method: text('method').$type<PlanAgreementView['method']>().notNull(),
    agreedAt: column.writtenAt('agreed_at'),
  },
  (t) => [
    foreignKey({
      columns: [t.tenantId, t.planId, t.version],
      foreignColumns: [planVersion.tenantId, planVersion.planId, planVersion.version],
    }),
    tenantForeignKey(t, t.recordedBy, appUser),
    index('plan_agreement_plan_idx').on(t.tenantId, t.planId, t.version),
  ],
);

/** A goal or action proposed by the family; the coordinator accepts it into the plan or declines. */
export const planProposal = tenantTable(
  'plan_proposal',
  {
    planId: text('plan_id').notNull(),
    kind: text('kind').$type<PlanProposalView['kind']>().notNull(),
    goalId: text('goal_id'),
    domainCode: text('domain_code'),
    text: text('text').notNull(),
    proposedBy: text('proposed_by').notNull(),
    proposedAt: column.writtenAt('proposed_at'),
    status: text('status').$type<PlanProposalView['status']>().notNull().default('open'),
    decidedBy: text('decided_by'),
    decidedAt: column.moment('decided_at'),
  },
  (t) => [
    tenantForeignKey(t, t.planId, plan),
    index('plan_proposal_plan_idx').on(t.tenantId, t.planId, t.status),
  ],
);

export const planComment = tenantTable(
  'plan_comment',
  {
    planId: text('plan_id').notNull(),
    goalId: text('goal_id'),
    text: text('text').notNull(),
    authorId: text('author_id').notNull(),
    createdAt: column.writtenAt('created_at'),
  },
  (t) => [
    tenantForeignKey(t, t.planId, plan),
    index('plan_comment_plan_idx').on(t.tenantId, t.planId, t.createdAt),
  ],
);

/** An evaluation of a plan version: per goal achieved/partly/not, and the next steps. */
export const planEvaluation = tenantTable(
  'plan_evaluation',
  {
    planId: text('plan_id').notNull(),
    planVersion: integer('plan_version').notNull(),
    evaluatedOn: date('evaluated_on').notNull(),
    goalResults: jsonb('goal_results').$type<Array<{ goalId: string; result: PlanGoalResult }>>().notNull(),
    nextSteps: text('next_steps').notNull(),
    nextEvaluationDate: date('next_evaluation_date'),
    recordedBy: text('recorded_by').notNull(),
    createdAt: column.writtenAt('created_at'),
  },
  (t) => [
    tenantForeignKey(t, t.planId, plan),
    index('plan_evaluation_plan_idx').on(t.tenantId, t.planId, t.evaluatedOn),
  ],
);

/**
 * Aftercare scheduled when a plan closes: the satisfaction question to the family and the
 * recurrence checks (has the need come back?). The outcomes work picks them up when due.
 * kind: satisfaction | recurrence_check; status: scheduled | done | cancelled.
 */
export const planFollowUp = tenantTable(
  'plan_follow_up',
  {
    planId: text('plan_id').notNull(),
    householdId: text('household_id').notNull(),
    kind: text('kind').$type<PlanFollowUp['kind']>().notNull(),
    /** Months after the closing date (0 for the satisfaction question). */
    offsetMonths: integer('offset_months').notNull(),
    dueOn: date('due_on').notNull(),
    status: text('status').$type<PlanFollowUp['status']>().notNull().default('scheduled'),
    ...column.actor('created'),
    doneAt: column.moment('done_at'),
  },
  (t) => [
    tenantForeignKey(t, t.planId, plan),
    tenantForeignKey(t, t.householdId, household),
    index('plan_follow_up_due_idx').on(t.tenantId, t.status, t.dueOn),
    index('plan_follow_up_plan_idx').on(t.tenantId, t.planId),
  ],
);

/**
 * The current safety section of a plan (worries, strengths, goals and conditions, network roles,
 * checks) as one encrypted JSON document `{ enc }`; each change is also in the version snapshot.
 */
export const planSafety = pgTable(
  'plan_safety',
  {
    tenantId: column.tenantId(),
    planId: text('plan_id').notNull(),
    content: jsonb('content').notNull(),
    updatedAt: column.writtenAt('updated_at'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.planId] }), tenantForeignKey(t, t.planId, plan)],
);

/** A check of the safety plan that was done (an observation: recording it makes no new version). */
export const planSafetyCheckDone = tenantTable(
  'plan_safety_check_done',
  {
    planId: text('plan_id').notNull(),
    checkId: text('check_id').notNull(),
    checkedOn: date('checked_on').notNull(),
    note: text('note').notNull(),
    ...column.actor('recorded'),
  },
  (t) => [
    tenantForeignKey(t, t.planId, plan),
    index('plan_safety_check_done_plan_idx').on(t.tenantId, t.planId, t.checkId),
  ],
);

/** One participant's 0–10 score on the safety scale on one day. */
export const planSafetyScore = tenantTable(
  'plan_safety_score',
  {
    planId: text('plan_id').notNull(),
    /** household_member | network_member | professional */
    participantKind: text('participant_kind').$type<SafetyParticipantKind>().notNull(),
    participantRef: text('participant_ref').notNull(),
    participantLabel: text('participant_label').notNull(),
    score: integer('score').notNull(),
    scoredOn: date('scored_on').notNull(),
    recordedBy: text('recorded_by').notNull(),
    createdAt: column.writtenAt('created_at'),
  },
  (t) => [
    tenantForeignKey(t, t.planId, plan),
    index('plan_safety_score_plan_idx').on(t.tenantId, t.planId, t.scoredOn),
  ],
);

/** The tenant's threshold on the safety scale (default SAFETY_SCALE_DEFAULT_THRESHOLD). */
export const planSafetySetting = pgTable('plan_safety_setting', {
  tenantId: text('tenant_id').primaryKey(),
  scaleThreshold: integer('scale_threshold').notNull(),
});
