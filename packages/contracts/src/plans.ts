import { z } from 'zod';
import { SafetySection } from './safety-plan.ts';

/** The family plan ("gezinsplan"): one plan per household, the family's own words first. */

const isoDate = z.iso.date();

export const PlanState = z.enum(['concept', 'agreed', 'active', 'in_evaluation', 'closed']);
export type PlanState = z.infer<typeof PlanState>;

export const PlanPriority = z.enum(['high', 'medium', 'low']);
export type PlanPriority = z.infer<typeof PlanPriority>;

export const PlanActionStatus = z.enum(['open', 'in_progress', 'done', 'cancelled']);
export type PlanActionStatus = z.infer<typeof PlanActionStatus>;

/** 0 own network / general facility, 1 support nearby, 2 specialised. */
export const PlanActionLevel = z.union([z.literal(0), z.literal(1), z.literal(2)]);
export type PlanActionLevel = z.infer<typeof PlanActionLevel>;

export const PlanActionOwnerKind = z.enum([
  'household_member',
  'network_member',
  'social_map_offer',
  'professional',
  'provider',
]);
export type PlanActionOwnerKind = z.infer<typeof PlanActionOwnerKind>;

export const PlanActionOwner = z.object({
  kind: PlanActionOwnerKind,
  /** Person id, network member id, social-map offer id, user id or organisation id. */
  ref: z.string().min(1).max(100),
  /** Display name snapshot (for network members and offers); the server fills it for the others. */
  label: z.string().trim().max(200).optional(),
});
export type PlanActionOwner = z.infer<typeof PlanActionOwner>;

export const PlanActionInput = z.object({
  id: z.string().max(100).optional(),
  description: z.string().trim().min(1).max(1000),
  owner: PlanActionOwner,
  level: PlanActionLevel,
  startDate: isoDate.nullable().optional(),
  endDate: isoDate.nullable().optional(),
  status: PlanActionStatus.default('open'),
});
export type PlanActionInput = z.input<typeof PlanActionInput>;

export const PlanGoalInput = z.object({
  id: z.string().max(100).optional(),
  domainCode: z.string().min(1).max(50),
  description: z.string().trim().min(1).max(1000),
  achievedWhen: z.string().trim().min(1).max(1000),
  priority: PlanPriority,
  targetDate: isoDate.nullable().optional(),
  concernsPersonIds: z.array(z.string().max(100)).max(20).default([]),
  actions: z.array(PlanActionInput).max(50).default([]),
});
export type PlanGoalInput = z.input<typeof PlanGoalInput>;

/** The whole editable content of a plan, sent with the version the client edited. */
export const PlanContentInput = z.object({
  version: z.number().int().min(1),
  vision: z.string().trim().max(4000),
  goals: z.array(PlanGoalInput).max(30),
});
export type PlanContentInput = z.input<typeof PlanContentInput>;

export const PlanAction = z.object({
  id: z.string(),
  goalId: z.string(),
  description: z.string(),
  owner: z.object({ kind: PlanActionOwnerKind, ref: z.string(), label: z.string() }),
  level: z.number().int(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  status: PlanActionStatus,
});
export type PlanAction = z.infer<typeof PlanAction>;

export const PlanGoal = z.object({
  id: z.string(),
  domainCode: z.string(),
  description: z.string(),
  achievedWhen: z.string(),
  priority: PlanPriority,
  targetDate: z.string().nullable(),
  concernsPersonIds: z.array(z.string()),
  actions: z.array(PlanAction),
});
export type PlanGoal = z.infer<typeof PlanGoal>;

/** The content of one version, as stored in its snapshot. */
export const PlanSnapshot = z.object({
  vision: z.string(),
  goals: z.array(PlanGoal),
  /** The safety section; absent in versions made before it existed (read as empty). */
  safety: SafetySection.optional(),
});
export type PlanSnapshot = z.infer<typeof PlanSnapshot>;

export const PlanAgreementView = z.object({
  party: z.enum(['person', 'coordinator']),
  personId: z.string().nullable(),
  name: z.string(),
  version: z.number().int(),
  method: z.enum(['portal', 'in_person', 'own']),
  recordedByName: z.string(),
  agreedAt: z.string(),
});
export type PlanAgreementView = z.infer<typeof PlanAgreementView>;

/** Who must agree to the current version, and whether they have. */
export const PlanRequiredAgreement = z.object({
  party: z.enum(['person', 'coordinator']),
  personId: z.string().nullable(),
  name: z.string(),
  reason: z.enum(['gezagsdrager', 'youth_12_plus', 'coordinator']),
  agreed: z.boolean(),
});
export type PlanRequiredAgreement = z.infer<typeof PlanRequiredAgreement>;

export const PlanProposalView = z.object({
  id: z.string(),
  kind: z.enum(['goal', 'action']),
  goalId: z.string().nullable(),
  domainCode: z.string().nullable(),
  text: z.string(),
  proposedByName: z.string(),
  proposedAt: z.string(),
  status: z.enum(['open', 'accepted', 'declined']),
});
export type PlanProposalView = z.infer<typeof PlanProposalView>;

export const PlanCommentView = z.object({
  id: z.string(),
  goalId: z.string().nullable(),
  text: z.string(),
  authorName: z.string(),
  createdAt: z.string(),
});
export type PlanCommentView = z.infer<typeof PlanCommentView>;

export const PlanGoalResult = z.enum(['achieved', 'partly', 'not_achieved']);
export type PlanGoalResult = z.infer<typeof PlanGoalResult>;

export const PlanEvaluationView = z.object({
  id: z.string(),
  planVersion: z.number().int(),
  evaluatedOn: z.string(),
  goalResults: z.array(z.object({ goalId: z.string(), result: PlanGoalResult })),
  nextSteps: z.string(),
  nextEvaluationDate: z.string().nullable(),
});
export type PlanEvaluationView = z.infer<typeof PlanEvaluationView>;

export const PlanMember = z.object({
  personId: z.string(),
  firstName: z.string(),
  role: z.string(),
  age: z.number().int(),
});

export const PlanOwnerOption = z.object({ kind: PlanActionOwnerKind, ref: z.string(), label: z.string() });
export type PlanOwnerOption = z.infer<typeof PlanOwnerOption>;

export const FamilyPlan = z.object({
  id: z.string(),
  householdId: z.string(),
  householdName: z.string(),
  state: PlanState,
  version: z.number().int(),
  agreedVersion: z.number().int().nullable(),
  nextEvaluationDate: z.string().nullable(),
  vision: z.string(),
  goals: z.array(PlanGoal),
  members: z.array(PlanMember),
  requiredAgreements: z.array(PlanRequiredAgreement),
  agreements: z.array(PlanAgreementView),
  proposals: z.array(PlanProposalView),
  comments: z.array(PlanCommentView),
  evaluations: z.array(PlanEvaluationView),
  /** What this user may do; the server checks every one of them again. */
  can: z.object({
    edit: z.boolean(),
    agree: z.boolean(),
    recordAgreementFor: z.array(z.string()),
    transitions: z.array(PlanState),
    propose: z.boolean(),
    comment: z.boolean(),
    markDoneActionIds: z.array(z.string()),
    evaluate: z.boolean(),
  }),
  /** True for a youth: only the goals and actions about them are shown. */
  partial: z.boolean(),
  /** The resident's own person id (portal), so the page can tell whether they agreed. */
  viewerPersonId: z.string().nullable(),
});
export type FamilyPlan = z.infer<typeof FamilyPlan>;

/** Either the household's current plan or none yet. */
/** Plan content with every goal's actions present (the input may leave them out). */
export type PlanContent = PlanContentInput & { goals: Array<PlanGoalInput & { actions: PlanActionInput[] }> };

/**
 * A stored plan as the content a new version is written from (the PUT body): what the editor starts
 * from, and what a client changes one thing in and saves the rest as is.
 */
export function planContentOf(plan: FamilyPlan): PlanContent {
  return {
    version: plan.version,
    vision: plan.vision,
    goals: plan.goals.map((g) => ({
      id: g.id,
      domainCode: g.domainCode,
      description: g.description,
      achievedWhen: g.achievedWhen,
      priority: g.priority,
      targetDate: g.targetDate,
      concernsPersonIds: g.concernsPersonIds,
      actions: g.actions.map((a) => ({
        id: a.id,
        description: a.description,
        owner: { ...a.owner },
        level: a.level as PlanActionInput['level'],
        startDate: a.startDate,
        endDate: a.endDate,
        status: a.status,
      })),
    })),
  };
}

export const FamilyPlanResponse = z.object({ plan: FamilyPlan.nullable(), householdId: z.string() });
export type FamilyPlanResponse = z.infer<typeof FamilyPlanResponse>;

/**
 * A version whose words were changed after it was written: an erased person's name was taken out
 * (decision 0027). `originalKey` is the content key of the version as written and agreed, so a
 * printed copy can be shown to be what was agreed. Null: the version is as it was written.
 */
export const PlanVersionRedaction = z.object({
  redactedAt: z.string(),
  reason: z.enum(['person_erasure']),
  originalKey: z.string(),
});
export type PlanVersionRedaction = z.infer<typeof PlanVersionRedaction>;

export const PlanVersionSummary = z.object({
  version: z.number().int(),
  createdAt: z.string(),
  createdByName: z.string(),
  changeSummary: z.string(),
  agreedBy: z.array(z.string()),
  redaction: PlanVersionRedaction.nullable(),
});
export const PlanVersionList = z.object({ versions: z.array(PlanVersionSummary) });
export type PlanVersionList = z.infer<typeof PlanVersionList>;

export const PlanVersionDetail = z.object({
  version: z.number().int(),
  createdAt: z.string(),
  snapshot: PlanSnapshot,
  redaction: PlanVersionRedaction.nullable(),
});
export type PlanVersionDetail = z.infer<typeof PlanVersionDetail>;

const FieldChange = z.object({ field: z.string(), from: z.unknown(), to: z.unknown() });

/** One item of the safety section in a difference: which part it belongs to and its text. */
export const SafetyDiffPart = z.enum(['worries', 'strengths', 'goals', 'networkRoles', 'checks']);
export const SafetyDiffItem = z.object({ part: SafetyDiffPart, id: z.string(), text: z.string() });

/** Structured difference between two plan versions. */
export const PlanDiff = z.object({
  from: z.number().int(),
  to: z.number().int(),
  vision: z.object({ from: z.string(), to: z.string() }).nullable(),
  goals: z.object({
    added: z.array(z.object({ id: z.string(), description: z.string() })),
    removed: z.array(z.object({ id: z.string(), description: z.string() })),
    changed: z.array(z.object({ id: z.string(), description: z.string(), changes: z.array(FieldChange) })),
  }),
  actions: z.object({
    added: z.array(z.object({ id: z.string(), goalId: z.string(), description: z.string() })),
    removed: z.array(z.object({ id: z.string(), goalId: z.string(), description: z.string() })),
    changed: z.array(
      z.object({
        id: z.string(),
        goalId: z.string(),
        description: z.string(),
        changes: z.array(FieldChange),
      }),
    ),
  }),
  /** The safety section's changes; absent for a reader the safety-plan policy does not let read it. */
  safety: z
    .object({
      added: z.array(SafetyDiffItem),
      removed: z.array(SafetyDiffItem),
      changed: z.array(SafetyDiffItem.extend({ changes: z.array(FieldChange) })),
    })
    .optional(),
});
export type PlanDiff = z.infer<typeof PlanDiff>;

export const PlanTransitionInput = z.object({ version: z.number().int().min(1), to: PlanState });
export const PlanAgreeInput = z.object({
  version: z.number().int().min(1),
  /** Coordinator only: record the agreement a household member gave in person. */
  personId: z.string().max(100).optional(),
});
export const PlanProposalInput = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('goal'),
    domainCode: z.string().min(1).max(50),
    text: z.string().trim().min(1).max(1000),
  }),
  z.object({
    kind: z.literal('action'),
    goalId: z.string().min(1).max(100),
    text: z.string().trim().min(1).max(1000),
  }),
]);
export type PlanProposalInput = z.infer<typeof PlanProposalInput>;
export const PlanProposalDecisionInput = z.object({
  version: z.number().int().min(1),
  decision: z.enum(['accept', 'decline']),
});
export const PlanCommentInput = z.object({
  text: z.string().trim().min(1).max(2000),
  goalId: z.string().max(100).optional(),
});
export const PlanActionStatusInput = z.object({ version: z.number().int().min(1), status: PlanActionStatus });
export const PlanScoreInput = z.object({
  personId: z.string().min(1).max(100),
  domainCode: z.string().min(1).max(50),
  score: z.number().int().min(1).max(5),
});
export const PlanEvaluationInput = z.object({
  version: z.number().int().min(1),
  evaluatedOn: isoDate,
  goalResults: z.array(z.object({ goalId: z.string().min(1).max(100), result: PlanGoalResult })).max(30),
  nextSteps: z.string().trim().min(1).max(4000),
  nextEvaluationDate: isoDate.nullable().optional(),
  scores: z.array(PlanScoreInput).max(200).default([]),
});
export type PlanEvaluationInput = z.input<typeof PlanEvaluationInput>;

export const PlanSelfReliancePoint = z.object({
  personId: z.string(),
  domainCode: z.string(),
  measuredOn: z.string(),
  score: z.number().int(),
  source: z.string(),
});
export const PlanSelfRelianceTrend = z.object({ points: z.array(PlanSelfReliancePoint) });
export type PlanSelfRelianceTrend = z.infer<typeof PlanSelfRelianceTrend>;

export const PlanOwnerOptions = z.object({ options: z.array(PlanOwnerOption) });
export type PlanOwnerOptions = z.infer<typeof PlanOwnerOptions>;

export const PlanLifeDomain = z.object({ code: z.string(), nameNl: z.string(), nameEn: z.string() });
export const PlanLifeDomainList = z.object({ domains: z.array(PlanLifeDomain) });
export type PlanLifeDomainList = z.infer<typeof PlanLifeDomainList>;
