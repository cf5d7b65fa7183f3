import { z } from 'zod';

/** Who a network member is to the household: outside the household, inside the family's life. */
export const NetworkRelation = z.enum([
  'grandparent',
  'neighbour',
  'friend',
  'jim_mentor',
  'support_family',
  'volunteer',
  'other',
]);
export type NetworkRelation = z.infer<typeof NetworkRelation>;

export const NetworkMemberStatus = z.enum(['suggested', 'active', 'declined', 'ended']);
export type NetworkMemberStatus = z.infer<typeof NetworkMemberStatus>;

export const NetworkMember = z.object({
  id: z.string(),
  name: z.string(),
  relation: NetworkRelation,
  phone: z.string().nullable(),
  email: z.string().nullable(),
  takesPartInPlan: z.boolean(),
  status: NetworkMemberStatus,
  /** How this person could help, in the family's words (suggestions from the portal). */
  helpNote: z.string().nullable(),
  suggestedByFamily: z.boolean(),
  version: z.number().int(),
});
export type NetworkMember = z.infer<typeof NetworkMember>;

export const NetworkMemberInput = z.object({
  name: z.string().trim().min(1).max(120),
  relation: NetworkRelation,
  phone: z.string().trim().max(30).nullish(),
  email: z.email().max(200).nullish(),
  takesPartInPlan: z.boolean().default(false),
});
export type NetworkMemberInput = z.infer<typeof NetworkMemberInput>;

export const NetworkMemberUpdate = NetworkMemberInput.extend({ version: z.number().int().min(1) });
export type NetworkMemberUpdate = z.infer<typeof NetworkMemberUpdate>;

export const NetworkDecision = z.object({
  version: z.number().int().min(1),
  decision: z.enum(['accept', 'decline', 'end']),
  takesPartInPlan: z.boolean().optional(),
});
export type NetworkDecision = z.infer<typeof NetworkDecision>;

/** A family's suggestion from the portal: someone around us who can help. */
export const NetworkSuggestionInput = z.object({
  name: z.string().trim().min(1).max(120),
  relation: NetworkRelation,
  phone: z.string().trim().max(30).nullish(),
  helpNote: z.string().trim().max(1000).nullish(),
});
export type NetworkSuggestionInput = z.infer<typeof NetworkSuggestionInput>;
