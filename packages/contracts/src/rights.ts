import { z } from 'zod';

/**
 * Client rights with a legal clock (issue 16): a request for help and its decision (aanvraag →
 * beschikking), an objection (bezwaar), a complaint (klacht), a second opinion and a change of
 * coordinator or team. One case model; the kind says which clock runs.
 */
export const RightsCaseKind = z.enum([
  'request',
  'objection',
  'complaint',
  'second_opinion',
  'coordinator_change',
]);
export type RightsCaseKind = z.infer<typeof RightsCaseKind>;

/** Which law sets the decision term of a request: Jeugdwet (Awb 4:13) or Wmo 2015 (6 + 2 weeks). */
export const RightsLaw = z.enum(['jeugdwet', 'wmo']);
export type RightsLaw = z.infer<typeof RightsLaw>;

/** What a complaint is about; it decides whose complaints procedure handles it. */
export const ComplaintAbout = z.enum(['provider', 'professional', 'municipality']);
export type ComplaintAbout = z.infer<typeof ComplaintAbout>;

export const RightsStatus = z.enum([
  'open',
  'postponed',
  'acknowledged',
  'hearing_planned',
  'decided',
  'withdrawn',
]);
export type RightsStatus = z.infer<typeof RightsStatus>;

/** Outcomes per kind; the server checks that an outcome fits the case's kind. */
export const RightsOutcome = z.enum([
  // request (beschikking)
  'granted',
  'partly_granted',
  'refused',
  // objection
  'well_founded',
  'partly_well_founded',
  'unfounded',
  'inadmissible',
  // complaint
  'founded',
  'partly_founded',
  'not_founded',
  // second opinion / change of coordinator
  'agreed',
  'declined',
]);
export type RightsOutcome = z.infer<typeof RightsOutcome>;

export const OUTCOMES_BY_KIND: Record<RightsCaseKind, readonly RightsOutcome[]> = {
  request: ['granted', 'partly_granted', 'refused'],
  objection: ['well_founded', 'partly_well_founded', 'unfounded', 'inadmissible'],
  complaint: ['founded', 'partly_founded', 'not_founded'],
  second_opinion: ['agreed', 'declined'],
  coordinator_change: ['agreed', 'declined'],
};

const text = (max: number) => z.string().trim().min(3).max(max);
const isoDate = z.iso.date();

/** The formal letters of a case (issue 16): each a tagged PDF, stored with its SHA-256 hash. */
export const RightsLetterKind = z.enum([
  'decision',
  'postponement',
  'objection_decision',
  'complaint_acknowledgement',
]);
export type RightsLetterKind = z.infer<typeof RightsLetterKind>;

export const RightsLetter = z.object({
  id: z.string(),
  kind: RightsLetterKind,
  locale: z.enum(['nl', 'en']),
  createdOn: isoDate,
  sha256: z.string(),
});
export type RightsLetter = z.infer<typeof RightsLetter>;

export const RightsCase = z.object({
  id: z.string(),
  householdId: z.string(),
  kind: RightsCaseKind,
  status: RightsStatus,
  law: RightsLaw.nullable(),
  subject: z.string(),
  receivedOn: isoDate,
  /** The deadline that runs now (after a postponement or extension: the new one). */
  dueOn: isoDate.nullable(),
  /** Wmo: when the investigation must be done. */
  investigationDueOn: isoDate.nullable(),
  postponedOn: isoDate.nullable(),
  postponementReason: z.string().nullable(),
  /** Objection: the request whose decision is objected to, and the last day to file (a decided request: the last day to object to it). */
  relatedCaseId: z.string().nullable(),
  filingDeadline: isoDate.nullable(),
  late: z.boolean(),
  lateReason: z.string().nullable(),
  advisoryCommittee: z.boolean(),
  hearingOn: isoDate.nullable(),
  hearingOutcome: z.string().nullable(),
  /** Complaint: what it is about and the organisation whose procedure handles it. */
  complaintAbout: ComplaintAbout.nullable(),
  routedToOrganisationId: z.string().nullable(),
  routedToName: z.string().nullable(),
  acknowledgedOn: isoDate.nullable(),
  outcome: RightsOutcome.nullable(),
  decidedOn: isoDate.nullable(),
  decisionReason: z.string().nullable(),
  /** Change of coordinator: who takes over, and the handover note. */
  newCoordinatorId: z.string().nullable(),
  handoverNote: z.string().nullable(),
  overdue: z.boolean(),
  /** When the resident withdrew it (the clock stopped then). */
  withdrawnOn: isoDate.nullable(),
  letters: z.array(RightsLetter),
  version: z.number().int(),
});
export type RightsCase = z.infer<typeof RightsCase>;

export const RightsCaseList = z.object({ items: z.array(RightsCase) });
export type RightsCaseList = z.infer<typeof RightsCaseList>;

/** A professional records a formal request for help. */
export const RecordRequest = z.object({
  law: RightsLaw,
  subject: text(500),
  receivedOn: isoDate,
  /** Wmo: the day the application (aanvraag) came in after the investigation; its 2 weeks run from there. */
  applicationOn: isoDate.optional(),
});
export type RecordRequest = z.infer<typeof RecordRequest>;

/** An objection against a decided request, by a professional or by the resident in the portal. */
export const FileObjection = z.object({
  relatedCaseId: z.string().min(1).max(100),
  subject: text(2000),
  filedOn: isoDate.optional(),
  /** Required when filed after the deadline: why it is late (Awb 6:11). */
  lateReason: text(1000).optional(),
});
export type FileObjection = z.infer<typeof FileObjection>;

export const FileComplaint = z.object({
  about: ComplaintAbout,
  /** For a complaint about a provider: which one (its procedure handles it). */
  organisationId: z.string().min(1).max(100).optional(),
  subject: text(2000),
  receivedOn: isoDate.optional(),
});
export type FileComplaint = z.infer<typeof FileComplaint>;

/** What a resident files in the portal. */
export const PortalRightsFiling = z.discriminatedUnion('kind', [
  FileObjection.omit({ filedOn: true }).extend({ kind: z.literal('objection') }),
  FileComplaint.omit({ receivedOn: true }).extend({ kind: z.literal('complaint') }),
  z.object({ kind: z.literal('second_opinion'), subject: text(2000) }),
  z.object({ kind: z.literal('coordinator_change'), subject: text(2000) }),
]);
export type PortalRightsFiling = z.infer<typeof PortalRightsFiling>;

/** Postpone a request's decision (once, Awb 4:14) or extend an objection's (once, 6 weeks, Awb 7:10). */
export const PostponeCase = z.object({
  reason: text(1000),
  /** Request only: the new due date told to the resident; an objection's extension is 6 weeks by law. */
  newDueOn: isoDate.optional(),
  version: z.number().int(),
});
export type PostponeCase = z.infer<typeof PostponeCase>;

export const PlanHearing = z.object({
  hearingOn: isoDate,
  advisoryCommittee: z.boolean().optional(),
  /** After the hearing: what came out of it. */
  outcome: text(2000).optional(),
  version: z.number().int(),
});
export type PlanHearing = z.infer<typeof PlanHearing>;

export const AcknowledgeComplaint = z.object({
  acknowledgedOn: isoDate.optional(),
  version: z.number().int(),
});
export type AcknowledgeComplaint = z.infer<typeof AcknowledgeComplaint>;

export const DecideCase = z.object({
  outcome: RightsOutcome,
  reason: text(2000),
  decidedOn: isoDate.optional(),
  /** Change of coordinator, agreed: who takes over, with a note for them. */
  newCoordinatorId: z.string().min(1).max(100).optional(),
  handoverNote: text(2000).optional(),
  version: z.number().int(),
});
export type DecideCase = z.infer<typeof DecideCase>;

const contact = z.object({
  name: z.string().trim().max(200),
  phone: z.string().trim().max(50),
  email: z.string().trim().max(200),
  website: z.string().trim().max(300),
});
export type RightsContact = z.infer<typeof contact>;

/** Tenant settings: decision terms and the independent contacts shown in "Mijn rechten". */
export const RightsSettings = z.object({
  requestDecisionWeeks: z.number().int().min(1).max(26),
  wmoInvestigationWeeks: z.number().int().min(1).max(26),
  wmoDecisionWeeks: z.number().int().min(1).max(26),
  complaintHandlingWeeks: z.number().int().min(1).max(26),
  vertrouwenspersoon: contact,
  clientSupport: contact,
  /** The letters' sender: the postal address and who signs (the logo is the tenant theme's). */
  letterAddress: z.string().trim().max(300).default(''),
  letterSignatory: z.string().trim().max(200).default(''),
});
export type RightsSettings = z.infer<typeof RightsSettings>;

/** The resident's "Mijn rechten": their own cases and whom to ask for independent help. */
export const MyRights = z.object({
  cases: z.array(RightsCase),
  vertrouwenspersoon: contact,
  clientSupport: contact,
  /** Providers a complaint can be about (their own complaints procedure). */
  providers: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type MyRights = z.infer<typeof MyRights>;

/** The resident withdraws their own open request, objection or complaint; the clock stops. */
export const WithdrawCase = z.object({ version: z.number().int().min(1) });
export type WithdrawCase = z.infer<typeof WithdrawCase>;

/** The team's open cases, soonest deadline first (coordinator and team lead work list). */
export const RightsWorklistItem = RightsCase.extend({ householdName: z.string() });
export const RightsWorklist = z.object({ items: z.array(RightsWorklistItem) });
export type RightsWorklist = z.infer<typeof RightsWorklist>;
