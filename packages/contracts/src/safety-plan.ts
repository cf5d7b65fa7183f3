import { z } from 'zod';

/**
 * The safety section of the family plan (Signs of Safety style): worries, what goes well, what
 * must happen, who in the network does what, how and when it is checked. It is part of the plan's
 * content, so it is versioned and agreed with the rest. Checks done and the 0–10 safety scale are
 * observations over time, not content: recording them makes no new version.
 */

const isoDate = z.iso.date();
const text = z.string().trim().min(1).max(1000);
const id = z.string().max(100).optional();

/** harm: what happened; danger: what we fear will happen if nothing changes. */
export const SafetyWorryKind = z.enum(['harm', 'danger']);
export type SafetyWorryKind = z.infer<typeof SafetyWorryKind>;

/** Who set a goal: the plan's people, or a bottom-line condition of Veilig Thuis or the GI. */
export const SafetyGoalSetBy = z.enum(['plan', 'veilig_thuis', 'certified_institution']);
export type SafetyGoalSetBy = z.infer<typeof SafetyGoalSetBy>;

export const SafetyCheckerKind = z.enum(['professional', 'network_member', 'household_member']);
export type SafetyCheckerKind = z.infer<typeof SafetyCheckerKind>;

export const SafetyWorry = z.object({ id: z.string(), kind: SafetyWorryKind, text: z.string() });
export const SafetyStrength = z.object({ id: z.string(), text: z.string() });
export const SafetyGoal = z.object({ id: z.string(), text: z.string(), setBy: SafetyGoalSetBy });
export const SafetyNetworkRole = z.object({
  id: z.string(),
  networkMemberId: z.string(),
  label: z.string(),
  task: z.string(),
});
export const SafetyCheck = z.object({
  id: z.string(),
  description: z.string(),
  dueDate: z.string(),
  checker: z.object({ kind: SafetyCheckerKind, ref: z.string(), label: z.string() }),
});
export type SafetyCheck = z.infer<typeof SafetyCheck>;

/**
 * The element id of one check on the plan page, and so the fragment a missed check's task links
 * to: the page opens at that check.
 */
export function safetyCheckAnchor(checkId: string): string {
  return `veiligheidscontrole-${checkId.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export const SafetySection = z.object({
  worries: z.array(SafetyWorry),
  strengths: z.array(SafetyStrength),
  goals: z.array(SafetyGoal),
  networkRoles: z.array(SafetyNetworkRole),
  checks: z.array(SafetyCheck),
});
export type SafetySection = z.infer<typeof SafetySection>;

export const EMPTY_SAFETY_SECTION: SafetySection = {
  worries: [],
  strengths: [],
  goals: [],
  networkRoles: [],
  checks: [],
};

/** The coordinator's edit of the section; conditions of Veilig Thuis / the GI must come back unchanged. */
export const SafetySectionInput = z.object({
  version: z.number().int().min(1),
  worries: z.array(z.object({ id, kind: SafetyWorryKind, text })).max(30),
  strengths: z.array(z.object({ id, text })).max(30),
  goals: z.array(z.object({ id, text, setBy: SafetyGoalSetBy.default('plan') })).max(30),
  networkRoles: z.array(z.object({ id, networkMemberId: z.string().min(1).max(100), task: text })).max(30),
  checks: z
    .array(
      z.object({
        id,
        description: text,
        dueDate: isoDate,
        checker: z.object({ kind: SafetyCheckerKind, ref: z.string().min(1).max(100) }),
      }),
    )
    .max(30),
});
export type SafetySectionInput = z.input<typeof SafetySectionInput>;

/** Veilig Thuis or the GI sets its own bottom-line conditions (the others stay as they are). */
export const SafetyConditionsInput = z.object({
  version: z.number().int().min(1),
  conditions: z.array(z.object({ id, text })).max(20),
});
export type SafetyConditionsInput = z.input<typeof SafetyConditionsInput>;

export const SafetyCheckDoneInput = z.object({
  checkedOn: isoDate,
  note: z.string().trim().max(1000).default(''),
});
export type SafetyCheckDoneInput = z.input<typeof SafetyCheckDoneInput>;

export const SafetyParticipantKind = z.enum(['household_member', 'network_member', 'professional']);
export type SafetyParticipantKind = z.infer<typeof SafetyParticipantKind>;
export const SafetyParticipant = z.object({
  kind: SafetyParticipantKind,
  ref: z.string().min(1).max(100),
});

export const SafetyScoreInput = z.object({
  participant: SafetyParticipant,
  score: z.number().int().min(0).max(10),
  scoredOn: isoDate,
});
export type SafetyScoreInput = z.input<typeof SafetyScoreInput>;

/** A family member's own score: always about themself, on the day they give it. */
export const SafetyOwnScoreInput = z.object({ score: z.number().int().min(0).max(10) });
export type SafetyOwnScoreInput = z.input<typeof SafetyOwnScoreInput>;

export const SafetyCheckDone = z.object({
  id: z.string(),
  checkId: z.string(),
  checkedOn: z.string(),
  note: z.string(),
  recordedByName: z.string(),
});
export const SafetyScore = z.object({
  participant: z.object({ kind: SafetyParticipantKind, ref: z.string(), label: z.string() }),
  score: z.number().int(),
  scoredOn: z.string(),
});
export type SafetyScore = z.infer<typeof SafetyScore>;

export const SafetyPlanView = z.object({
  planId: z.string(),
  householdId: z.string(),
  householdName: z.string(),
  version: z.number().int(),
  agreedVersion: z.number().int().nullable(),
  section: SafetySection,
  checksDone: z.array(SafetyCheckDone),
  scores: z.array(SafetyScore),
  /** A score at or below this raises a task for the coordinator. */
  threshold: z.number().int(),
  /** The network members (for the "who does what" choice) and the household's members. */
  networkMembers: z.array(z.object({ id: z.string(), label: z.string() })),
  members: z.array(z.object({ personId: z.string(), firstName: z.string() })),
  basis: z.string(),
  /**
   * A youth (a household member who is not a parent) reads only their part: what must happen, who
   * helps, the checks they do themself and their own scores. Worries and strengths stay out.
   */
  partial: z.boolean(),
  can: z.object({
    edit: z.boolean(),
    setConditions: z.boolean(),
    record: z.boolean(),
    /** A parent or a youth of 12+ gives their own score on the safety scale in the portal. */
    recordOwnScore: z.boolean(),
  }),
});
export type SafetyPlanView = z.infer<typeof SafetyPlanView>;

export const SafetyPlanResponse = z.object({ safetyPlan: SafetyPlanView.nullable() });
export type SafetyPlanResponse = z.infer<typeof SafetyPlanResponse>;

export const SAFETY_SCALE_DEFAULT_THRESHOLD = 3;
export const SafetyPlanSettings = z.object({ scaleThreshold: z.number().int().min(0).max(10) });
export type SafetyPlanSettings = z.infer<typeof SafetyPlanSettings>;
