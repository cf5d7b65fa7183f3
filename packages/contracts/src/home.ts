import { z } from 'zod';
import { CrisisEpisodeSummary } from './crisis.ts';
import { MeasureKind, MeasureStatus } from './protection.ts';

/**
 * How many days before a plan's evaluation it counts as due: the coordinator's task appears and the
 * home lists it. Time to plan the talk with the family. One number for the task rule and the home.
 */
export const EVALUATION_DUE_DAYS = 21;

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

/** A short list on a home: at most `limit` items, with the total so the page can say "show all". */
const ShortList = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int() });

export const PlanAwaitingAgreement = z.object({
  householdId: z.string(),
  householdName: z.string(),
  state: z.string(),
  version: z.number().int(),
});

export const EvaluationDue = z.object({
  householdId: z.string(),
  householdName: z.string(),
  date: z.string(),
  overdue: z.boolean(),
});

/** The coordinator's day: own caseload with flags, plans waiting for agreement, evaluations due. */
export const CoordinatorHome = z.object({
  kind: z.literal('coordinator'),
  teamName: z.string().nullable(),
  caseload: ShortList(CaseloadItem),
  plansAwaitingAgreement: ShortList(PlanAwaitingAgreement),
  /** Overdue or within the next 14 days. */
  evaluationsDue: ShortList(EvaluationDue),
  openRequests: z.number().int(),
});
export type CoordinatorHome = z.infer<typeof CoordinatorHome>;

export const ApprovalWaiting = z.object({
  assignmentId: z.string(),
  assignmentNumber: z.number().int(),
  householdId: z.string(),
  householdName: z.string(),
  productName: z.string(),
  budgetCents: z.number().int(),
  createdAt: z.string(),
});

export const WaitingSignal = z.object({
  referralId: z.string(),
  subjectName: z.string(),
  urgency: z.enum(['normal', 'urgent']),
  receivedAt: z.string(),
  workingDaysWaiting: z.number().int(),
  normDays: z.number().int(),
  dueDate: z.string(),
  overdue: z.boolean(),
});

export const CoordinatorWorkload = z.object({
  coordinatorId: z.string(),
  name: z.string(),
  households: z.number().int(),
});

/** The team lead's day: approvals, the waiting list against the norm, the team's workload. */
export const TeamLeadHome = z.object({
  kind: z.literal('team_lead'),
  teamName: z.string().nullable(),
  approvals: ShortList(ApprovalWaiting),
  waitingList: ShortList(WaitingSignal).extend({ overdue: z.number().int() }),
  workload: z.array(CoordinatorWorkload),
  /** Households of the team without a coordinator. */
  unassignedHouseholds: z.number().int(),
  breakGlassToReview: z.number().int(),
});
export type TeamLeadHome = z.infer<typeof TeamLeadHome>;

export const SourceSignal = z.object({
  id: z.string(),
  subjectFirstName: z.string(),
  receivedAt: z.string(),
  status: z.string(),
  teamName: z.string(),
});

/** A school or GP: the signals they filed and where each stands. */
export const SourceHome = z.object({
  kind: z.literal('source'),
  signals: ShortList(SourceSignal),
});
export type SourceHome = z.infer<typeof SourceHome>;

export const ProviderAssignmentItem = z.object({
  assignmentId: z.string(),
  assignmentNumber: z.number().int(),
  personFirstName: z.string(),
  productName: z.string(),
  startDate: z.string(),
  startDueDate: z.string().nullable(),
});

export const ProviderRequestItem = z.object({
  requestId: z.string(),
  kind: z.string(),
  providerReference: z.string(),
  productName: z.string().nullable(),
  createdAt: z.string(),
});

export const DeclarationAttention = z.object({
  declarationNumber: z.string(),
  status: z.string(),
  submittedCents: z.number().int(),
  approvedCents: z.number().int(),
  declaredAt: z.string(),
});

/** A provider: new assignments to answer with a start, starts overdue, open requests, declarations to look at. */
export const ProviderHome = z.object({
  kind: z.literal('provider'),
  newAssignments: ShortList(ProviderAssignmentItem),
  startsOverdue: ShortList(ProviderAssignmentItem),
  openRequests: ShortList(ProviderRequestItem),
  declarationsNeedingAttention: ShortList(DeclarationAttention),
});
export type ProviderHome = z.infer<typeof ProviderHome>;

export const BreakGlassHomeItem = z.object({
  id: z.string(),
  householdName: z.string(),
  openedAt: z.string(),
  active: z.boolean(),
  reviewOutcome: z.enum(['justified', 'not_justified']).nullable(),
});

/** Veilig Thuis: its own break-glass accesses and whether each was reviewed. */
export const SafetyHome = z.object({
  kind: z.literal('safety'),
  accesses: ShortList(BreakGlassHomeItem),
  active: z.number().int(),
  awaitingReview: z.number().int(),
});
export type SafetyHome = z.infer<typeof SafetyHome>;

/** A count shown to a policy analyst; null when 1 to k−1 (a small cell is never shown). */
export const SuppressedCount = z.number().int().nullable();

export const AreaFigures = z.object({
  areaId: z.string(),
  areaName: z.string(),
  households: SuppressedCount,
  signals: SuppressedCount,
  waiting: SuppressedCount,
  plans: SuppressedCount,
  assignments: SuppressedCount,
});

/** Figures only: counts per area, small cells suppressed, never a name. */
export const PolicyAnalystHome = z.object({
  kind: z.literal('policy_analyst'),
  minimumCell: z.number().int(),
  areas: z.array(AreaFigures),
  totals: AreaFigures.omit({ areaId: true, areaName: true }),
});
export type PolicyAnalystHome = z.infer<typeof PolicyAnalystHome>;

/** The administrator: is the set-up healthy? */
export const AdminHome = z.object({
  kind: z.literal('admin'),
  areasWithoutPostcodes: z.array(z.object({ id: z.string(), name: z.string() })),
  teamsWithoutArea: z.array(z.object({ id: z.string(), name: z.string() })),
  failedDeliveries: z.number().int(),
  pendingDeliveries: z.number().int(),
  apiClients: z.object({ active: z.number().int(), unusedFor90Days: z.number().int() }),
  /** When this tenant's audit chain head was last signed; null when never. */
  lastAuditCheckpointAt: z.string().nullable(),
});
export type AdminHome = z.infer<typeof AdminHome>;

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

/** The crisis service: its open episodes with the next deadline, and how many passed the on-site norm. */
export const CrisisServiceHome = z.object({
  kind: z.literal('crisis_service'),
  episodes: ShortList(CrisisEpisodeSummary),
  overdue: z.number().int(),
});
export type CrisisServiceHome = z.infer<typeof CrisisServiceHome>;

export const MeasureHomeItem = z.object({
  id: z.string(),
  householdId: z.string(),
  personFirstName: z.string(),
  kind: MeasureKind,
  endDate: z.string(),
  status: MeasureStatus,
  /** The nearest deadline: extension request, unused lapse or end. */
  nextDeadline: z.string().nullable(),
});

/** A certified institution: its measures in force, soonest deadline first. */
export const CertifiedInstitutionHome = z.object({
  kind: z.literal('certified_institution'),
  measures: ShortList(MeasureHomeItem),
  deadlinesWithin30Days: z.number().int(),
});
export type CertifiedInstitutionHome = z.infer<typeof CertifiedInstitutionHome>;

export const HomeResponse = z.discriminatedUnion('kind', [
  CoordinatorHome,
  TeamLeadHome,
  SourceHome,
  ProviderHome,
  SafetyHome,
  PolicyAnalystHome,
  AdminHome,
  PortalHome,
  CrisisServiceHome,
  CertifiedInstitutionHome,
]);
export type HomeResponse = z.infer<typeof HomeResponse>;
