import { z } from 'zod';

/** The coordinator's caseload row: a household the user coordinates. */
export const CaseloadItem = z.object({
  householdId: z.string(),
  name: z.string(),
  areaName: z.string().nullable(),
  memberCount: z.number().int(),
  status: z.string(),
  /** The day the support ended (status closed). */
  closedOn: z.string().nullable().optional(),
  /** From the family plan once it has one; null means "no plan date yet", never invented. */
  nextEvaluationDate: z.string().nullable().optional(),
  openActionCount: z.number().int().nullable().optional(),
  /** A yes in the intake's safety screening. */
  safetyFlag: z.boolean().optional(),
  /** A member turns 18 within 18 months (toekomstplan 18-/18+ from 16½). */
  comingOfAge: z.boolean().optional(),
});
export type CaseloadItem = z.infer<typeof CaseloadItem>;

export const WorkspaceHome = z.object({
  kind: z.literal('workspace'),
  teamName: z.string().nullable(),
  caseload: z.array(CaseloadItem),
});
export type WorkspaceHome = z.infer<typeof WorkspaceHome>;

export const PortalMember = z.object({
  id: z.string(),
  firstName: z.string(),
  role: z.string(),
  age: z.number().int(),
});

export const PortalHome = z.object({
  kind: z.literal('portal'),
  householdName: z.string(),
  coordinatorName: z.string().nullable(),
  members: z.array(PortalMember),
});
export type PortalHome = z.infer<typeof PortalHome>;

export const HomeResponse = z.discriminatedUnion('kind', [WorkspaceHome, PortalHome]);
export type HomeResponse = z.infer<typeof HomeResponse>;
