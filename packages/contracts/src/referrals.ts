import { z } from 'zod';
import { Bsn } from './bsn.ts';

export const ReferralUrgency = z.enum(['normal', 'urgent']);
export type ReferralUrgency = z.infer<typeof ReferralUrgency>;

/** How a referral was matched to a household: on BSN, name and birth date, address, or newly created. */
export const ReferralHouseholdMatch = z.enum(['bsn', 'name_birth_date', 'address', 'created']);
export type ReferralHouseholdMatch = z.infer<typeof ReferralHouseholdMatch>;

/** What the reporter may see: received → picked up → coordinator assigned / referred elsewhere / closed. */
export const ReferralStatus = z.enum([
  'received',
  'picked_up',
  'coordinator_assigned',
  'referred_elsewhere',
  'closed',
]);
export type ReferralStatus = z.infer<typeof ReferralStatus>;

export const TriageLevel = z.union([z.literal(0), z.literal(1), z.literal(2)]);
export type TriageLevel = z.infer<typeof TriageLevel>;

const isoDate = z.iso.date();
const shortText = (max: number) => z.string().trim().min(1).max(max);

/** A Dutch postcode such as "2151 AB" (spaces and case are free). */
export const ReferralPostcode = z
  .string()
  .trim()
  .regex(/^[1-9]\d{3}\s*[A-Za-z]{2}$/, { message: 'Geen geldige postcode / Not a valid postcode' });

export const CreateReferralRequest = z.object({
  subject: z.object({
    firstName: shortText(100),
    lastName: shortText(100),
    birthDate: isoDate,
    bsn: Bsn.optional(),
  }),
  address: z.object({
    street: shortText(200),
    houseNumber: shortText(20),
    postcode: ReferralPostcode,
    city: shortText(100),
  }),
  lifeDomains: z.array(z.string().min(1).max(50)).min(1).max(13),
  worry: shortText(4000),
  urgency: ReferralUrgency,
  possibleUnsafety: z.boolean(),
  familyKnows: z.boolean(),
  familyAgrees: z.boolean(),
  familyContact: shortText(300),
  reporterContact: shortText(300),
});
export type CreateReferralRequest = z.infer<typeof CreateReferralRequest>;

export const CreateReferralResponse = z.object({
  id: z.string(),
  status: ReferralStatus,
  urgency: ReferralUrgency,
  teamName: z.string(),
  outsideTenant: z.boolean(),
  meldcodeGuidance: z.boolean(),
});
export type CreateReferralResponse = z.infer<typeof CreateReferralResponse>;

/** The reporter's view of what they filed: status, nothing of the dossier. */
export const ReporterReferral = z.object({
  id: z.string(),
  subjectFirstName: z.string(),
  receivedAt: z.string(),
  status: ReferralStatus,
  teamName: z.string(),
});
export type ReporterReferral = z.infer<typeof ReporterReferral>;
export const ReporterReferralList = z.object({ items: z.array(ReporterReferral) });
export type ReporterReferralList = z.infer<typeof ReporterReferralList>;

export const ReferralWaitingTimes = z.object({
  receivedAt: z.string(),
  firstContactAt: z.string().nullable(),
  planAgreedAt: z.string().nullable(),
  /** Working days from received to first contact (so far, when there is none yet). */
  workingDaysToFirstContact: z.number().int().nullable(),
  workingDaysWaitingSoFar: z.number().int(),
  workingDaysToPlanAgreed: z.number().int().nullable(),
  firstContactNormDays: z.number().int(),
  firstContactDueDate: z.string(),
  firstContactOverdue: z.boolean(),
});
export type ReferralWaitingTimes = z.infer<typeof ReferralWaitingTimes>;

export const ReferralQueueItem = z.object({
  id: z.string(),
  subjectName: z.string(),
  subjectBirthDate: z.string(),
  urgency: ReferralUrgency,
  possibleUnsafety: z.boolean(),
  status: ReferralStatus,
  level: TriageLevel.nullable(),
  outsideTenant: z.boolean(),
  receivedAt: z.string(),
  workingDaysWaiting: z.number().int(),
  firstContactDueDate: z.string(),
  firstContactOverdue: z.boolean(),
  coordinatorName: z.string().nullable(),
});
export type ReferralQueueItem = z.infer<typeof ReferralQueueItem>;
export const ReferralQueueResponse = z.object({
  teamId: z.string(),
  teamName: z.string(),
  items: z.array(ReferralQueueItem),
  nextCursor: z.string().nullable(),
});
export type ReferralQueueResponse = z.infer<typeof ReferralQueueResponse>;

export const ReferralQueueFilter = z.enum(['new', 'open', 'all']);
export type ReferralQueueFilter = z.infer<typeof ReferralQueueFilter>;

export const ReferralDetail = z.object({
  id: z.string(),
  version: z.number().int(),
  teamId: z.string(),
  teamName: z.string(),
  outsideTenant: z.boolean(),
  status: ReferralStatus,
  level: TriageLevel.nullable(),
  subject: z.object({
    firstName: z.string(),
    lastName: z.string(),
    birthDate: z.string(),
    hasBsn: z.boolean(),
  }),
  address: z.object({ street: z.string(), houseNumber: z.string(), postcode: z.string(), city: z.string() }),
  lifeDomains: z.array(z.string()),
  worry: z.string(),
  urgency: ReferralUrgency,
  possibleUnsafety: z.boolean(),
  familyKnows: z.boolean(),
  familyAgrees: z.boolean(),
  familyContact: z.string(),
  reporterName: z.string(),
  reporterContact: z.string(),
  coordinatorId: z.string().nullable(),
  coordinatorName: z.string().nullable(),
  householdId: z.string().nullable(),
  householdMatch: ReferralHouseholdMatch.nullable(),
  followUpDate: z.string().nullable(),
  referredOfferId: z.string().nullable(),
  waitingTimes: ReferralWaitingTimes,
});
export type ReferralDetail = z.infer<typeof ReferralDetail>;

export const TriageRequest = z.object({
  version: z.number().int(),
  level: TriageLevel,
  coordinatorId: z.string().min(1).max(100).optional(),
  /** Level 0: the follow-up date and (optionally) the social-map offer referred to. */
  followUpDate: isoDate.optional(),
  offerId: z.string().min(1).max(100).optional(),
});
export type TriageRequest = z.infer<typeof TriageRequest>;

export const FirstContactRequest = z.object({
  version: z.number().int(),
  /** When the contact took place; defaults to now. */
  at: z.iso.datetime({ offset: true }).optional(),
});
export type FirstContactRequest = z.infer<typeof FirstContactRequest>;

export const ReferralTeamMember = z.object({ id: z.string(), displayName: z.string() });
export const ReferralTeamCoordinators = z.object({ items: z.array(ReferralTeamMember) });
export type ReferralTeamCoordinators = z.infer<typeof ReferralTeamCoordinators>;

export const ReferralLifeDomain = z.object({ code: z.string(), nameNl: z.string(), nameEn: z.string() });
export type ReferralLifeDomain = z.infer<typeof ReferralLifeDomain>;
export const ReferralLifeDomainList = z.object({ items: z.array(ReferralLifeDomain) });
export type ReferralLifeDomainList = z.infer<typeof ReferralLifeDomainList>;

export const WaitingTimeRow = z.object({
  id: z.string(),
  subjectName: z.string(),
  urgency: ReferralUrgency,
  status: ReferralStatus,
  waitingTimes: ReferralWaitingTimes,
  reminderSentAt: z.string().nullable(),
});
export const WaitingTimesOverview = z.object({
  teamName: z.string(),
  firstContactNormDays: z.number().int(),
  urgentFirstContactNormDays: z.number().int(),
  openWithoutFirstContact: z.number().int(),
  overdue: z.number().int(),
  averageWorkingDaysToFirstContact: z.number().nullable(),
  items: z.array(WaitingTimeRow),
});
export type WaitingTimesOverview = z.infer<typeof WaitingTimesOverview>;

/** Public, unauthenticated: the area teams and how to reach them. */
export const PublicTeam = z.object({
  id: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  areas: z.array(z.object({ id: z.string(), name: z.string(), postcodes: z.array(z.string()) })),
});
export const PublicTeamList = z.object({ tenantName: z.string(), items: z.array(PublicTeam) });
export type PublicTeamList = z.infer<typeof PublicTeamList>;
