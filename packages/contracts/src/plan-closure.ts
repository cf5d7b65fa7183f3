import { z } from 'zod';
import { PlanActionStatus, PlanState } from './plans.ts';

const isoDate = z.iso.date();

/** Why the support ends: asked when the coordinator closes the plan. */
export const PlanClosureReason = z.enum([
  'goals_achieved',
  'no_longer_needed',
  'family_stopped',
  'moved_away',
  'other',
]);
export type PlanClosureReason = z.infer<typeof PlanClosureReason>;

/** What closing does to one open assignment (see the assignments module). */
export const ClosureAssignmentOutcome = z.enum(['cancelled', 'ended', 'awaiting_stop']);
export type ClosureAssignmentOutcome = z.infer<typeof ClosureAssignmentOutcome>;

export const ClosureAssignment = z.object({
  id: z.string(),
  assignmentNumber: z.number().int(),
  personFirstName: z.string(),
  organisationName: z.string(),
  productName: z.string(),
  status: z.string(),
  endDate: isoDate,
  budgetCents: z.number().int(),
  outcome: ClosureAssignmentOutcome,
  newEndDate: isoDate,
  newBudgetCents: z.number().int(),
});
export type ClosureAssignment = z.infer<typeof ClosureAssignment>;

export const ClosureAction = z.object({
  id: z.string(),
  description: z.string(),
  ownerLabel: z.string(),
  status: PlanActionStatus,
});
export type ClosureAction = z.infer<typeof ClosureAction>;

export const PlanFollowUpKind = z.enum(['satisfaction', 'recurrence_check']);
export const PlanFollowUp = z.object({
  id: z.string(),
  kind: PlanFollowUpKind,
  offsetMonths: z.number().int(),
  dueOn: isoDate,
  status: z.enum(['scheduled', 'done', 'cancelled']),
});
export type PlanFollowUp = z.infer<typeof PlanFollowUp>;

/**
 * Before closing: what will happen (open assignments, open actions, the follow-ups that will be
 * scheduled). After: what happened, with the assignments still waiting for the provider's stop.
 */
export const PlanClosure = z.object({
  planId: z.string(),
  state: PlanState,
  version: z.number().int(),
  closed: z.boolean(),
  /** Whether the plan can be closed now (in evaluation, with an evaluation recorded). */
  canClose: z.boolean(),
  /** The closing date: today before closing, the recorded date after. */
  closedOn: isoDate,
  reason: PlanClosureReason.nullable(),
  assignments: z.array(ClosureAssignment),
  /** Started assignments the municipality ended that still need a stop message (JW307) from the provider. */
  awaitingStop: z.array(ClosureAssignment),
  actions: z.array(ClosureAction),
  followUps: z.array(
    PlanFollowUp.omit({ id: true, status: true }).extend({ id: z.string().nullable(), status: z.string() }),
  ),
});
export type PlanClosure = z.infer<typeof PlanClosure>;

export const PlanClosureInput = z.object({
  version: z.number().int().min(1),
  reason: PlanClosureReason.default('other'),
  /** Per open action: done or dropped (cancelled). Open actions not listed are dropped. */
  actions: z
    .array(z.object({ actionId: z.string().min(1).max(100), status: z.enum(['done', 'cancelled']) }))
    .max(500)
    .default([]),
});
export type PlanClosureInput = z.input<typeof PlanClosureInput>;
