import { z } from 'zod';
import { IjwFrequency, IjwReferrerType } from './assignments.ts';

/** The Integral Crisis Service is on site within two hours of the call (the norm shown on every episode). */
export const CRISIS_ON_SITE_NORM_MINUTES = 120;
/** Bridging help lasts at most this many days unless the tenant sets another maximum. */
export const CRISIS_DEFAULT_MAX_BRIDGING_DAYS = 28;
/** The exit plan is due this many calendar days after the key decision. */
export const CRISIS_EXIT_PLAN_DAYS = 14;
/** A crisis placement is assigned under product category 46 (Jeugdhulp crisis, iJw JZ020). */
export const CRISIS_PRODUCT_CATEGORY = '46';

export const CrisisReportedVia = z.enum(['phone', 'professional']);
export type CrisisReportedVia = z.infer<typeof CrisisReportedVia>;

/** Where an episode stands: each state follows from the steps recorded. */
export const CrisisEpisodeState = z.enum(['reported', 'on_site', 'bridging', 'handover', 'closed']);
export type CrisisEpisodeState = z.infer<typeof CrisisEpisodeState>;

export const CrisisHandoverTarget = z.enum(['team', 'provider']);
export type CrisisHandoverTarget = z.infer<typeof CrisisHandoverTarget>;

export const CrisisDeadlineKind = z.enum(['on_site', 'exit_plan', 'handover']);
export type CrisisDeadlineKind = z.infer<typeof CrisisDeadlineKind>;

/** One deadline on the episode's timeline: when it is due, when it was met, and whether it passed unmet. */
export const CrisisDeadline = z.object({
  kind: CrisisDeadlineKind,
  /** A moment (on site) or a calendar date (the others). */
  due: z.string(),
  metAt: z.string().nullable(),
  overdue: z.boolean(),
});
export type CrisisDeadline = z.infer<typeof CrisisDeadline>;

export const CrisisEpisodeSummary = z.object({
  id: z.string(),
  householdId: z.string(),
  householdName: z.string(),
  personFirstName: z.string().nullable(),
  state: CrisisEpisodeState,
  calledAt: z.string(),
  onSiteNormExceeded: z.boolean(),
  bridgingEnd: z.iso.date().nullable(),
  /** The next deadline not yet met, if any. */
  nextDeadline: CrisisDeadline.nullable(),
});
export type CrisisEpisodeSummary = z.infer<typeof CrisisEpisodeSummary>;

export const CrisisEpisode = CrisisEpisodeSummary.extend({
  personId: z.string().nullable(),
  crisisWorkerName: z.string(),
  reportedVia: CrisisReportedVia,
  reporterName: z.string().nullable(),
  onSiteAt: z.string().nullable(),
  /** Minutes from the call to arrival on site. */
  onSiteMinutes: z.number().int().nullable(),
  decision: z
    .object({ decidedAt: z.string(), behaviouralExpertName: z.string(), summary: z.string() })
    .nullable(),
  bridgingStart: z.iso.date().nullable(),
  maxBridgingDays: z.number().int(),
  exitPlanDueDate: z.iso.date().nullable(),
  exitPlanAt: z.string().nullable(),
  exitPlanSummary: z.string().nullable(),
  handover: z
    .object({
      target: CrisisHandoverTarget,
      providerOrganisationId: z.string().nullable(),
      providerName: z.string().nullable(),
      crisisConfirmedAt: z.string().nullable(),
      receiverConfirmedAt: z.string().nullable(),
    })
    .nullable(),
  deadlines: z.array(CrisisDeadline),
  /** What the actor may still do here (the page shows only those buttons). */
  can: z.object({ record: z.boolean(), confirmAsReceiver: z.boolean() }),
});
export type CrisisEpisode = z.infer<typeof CrisisEpisode>;

export const CrisisEpisodeList = z.object({ items: z.array(CrisisEpisodeSummary) });
export type CrisisEpisodeList = z.infer<typeof CrisisEpisodeList>;

const Name = z.string().trim().min(2).max(200);
const Text = z.string().trim().min(3).max(4000);

export const CreateCrisisEpisodeRequest = z.object({
  householdId: z.string().min(1).max(64),
  personId: z.string().min(1).max(64).optional(),
  reportedVia: CrisisReportedVia,
  reporterName: Name.optional(),
  calledAt: z.iso.datetime({ offset: true }),
});
export type CreateCrisisEpisodeRequest = z.infer<typeof CreateCrisisEpisodeRequest>;

export const RecordOnSiteRequest = z.object({ onSiteAt: z.iso.datetime({ offset: true }) });
export type RecordOnSiteRequest = z.infer<typeof RecordOnSiteRequest>;

export const RecordCrisisDecisionRequest = z.object({
  decidedAt: z.iso.datetime({ offset: true }),
  behaviouralExpertName: Name,
  summary: Text,
  bridgingStart: z.iso.date(),
  bridgingEnd: z.iso.date(),
});
export type RecordCrisisDecisionRequest = z.infer<typeof RecordCrisisDecisionRequest>;

export const RecordExitPlanRequest = z.object({ summary: Text });
export type RecordExitPlanRequest = z.infer<typeof RecordExitPlanRequest>;

export const ProposeHandoverRequest = z.object({
  target: CrisisHandoverTarget,
  providerOrganisationId: z.string().min(1).max(64).optional(),
});
export type ProposeHandoverRequest = z.infer<typeof ProposeHandoverRequest>;

export const CrisisSettings = z.object({ maxBridgingDays: z.number().int().min(1).max(90) });
export type CrisisSettings = z.infer<typeof CrisisSettings>;

/** The crisis worker's task opens this many days before the exit plan or the handover is due. */
export const CRISIS_REMINDER_DAYS = 5;

/**
 * A crisis placement asked from an episode: the coordinator picks the plan action and the
 * contracted crisis product; the person and category 46 come from the episode (the JW301 follows
 * the normal assignment flow).
 */
export const CrisisPlacementInput = z.object({
  planActionId: z.string().min(1).max(100),
  contractProductId: z.string().min(1).max(100),
  personId: z.string().min(1).max(100).optional(),
  volume: z.number().int().min(1).max(99_999_999),
  frequency: IjwFrequency,
  startDate: z.iso.date(),
  endDate: z.iso.date(),
  referrerType: IjwReferrerType.default('01'),
});
export type CrisisPlacementInput = z.infer<typeof CrisisPlacementInput>;

/** What the placement form starts from: the episode's person and bridging period, the crisis products. */
export const CrisisPlacementDraft = z.object({
  episodeId: z.string(),
  householdId: z.string(),
  personId: z.string().nullable(),
  productCategory: z.literal(CRISIS_PRODUCT_CATEGORY),
  startDate: z.string(),
  endDate: z.string(),
  products: z.array(
    z.object({
      contractProductId: z.string(),
      name: z.string(),
      productCode: z.string(),
      unit: z.string(),
      organisationId: z.string(),
      organisationName: z.string(),
    }),
  ),
});
export type CrisisPlacementDraft = z.infer<typeof CrisisPlacementDraft>;
