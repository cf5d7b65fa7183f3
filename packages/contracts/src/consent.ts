import { z } from 'zod';
import { Locale } from './auth.ts';

/** The parts of a household's dossier a consent can open. */
export const ConsentSection = z.enum(['plan', 'intake', 'safety', 'documents', 'contact', 'assignments']);
export type ConsentSection = z.infer<typeof ConsentSection>;

export const ConsentPurposeCategory = z.enum([
  'care_delivery',
  'coordination',
  'school_support',
  'safety',
  'other',
]);
export type ConsentPurposeCategory = z.infer<typeof ConsentPurposeCategory>;

export const ConsentRecordedVia = z.enum(['portal', 'paper', 'conversation']);
export type ConsentRecordedVia = z.infer<typeof ConsentRecordedVia>;

/** Who a consent lets see: an organisation or one professional. */
export const ConsentGranteeKind = z.enum(['organisation', 'user']);
export type ConsentGranteeKind = z.infer<typeof ConsentGranteeKind>;

const IsoDate = z.iso.date();

export const ConsentGrantInput = z.object({
  subjectPersonId: z.string().min(1).max(100),
  grantee: z.object({ kind: ConsentGranteeKind, ref: z.string().min(1).max(100) }),
  sections: z.array(ConsentSection).min(1).max(6),
  purposeCategory: ConsentPurposeCategory,
  purposeText: z.string().max(2000).default(''),
  validUntil: IsoDate,
  /** Coordinator recording only: who gave it, when and how. Residents give it themselves. */
  recorded: z
    .object({
      givenByPersonIds: z.array(z.string().min(1).max(100)).min(1).max(10),
      givenOn: IsoDate,
      via: z.enum(['paper', 'conversation']),
    })
    .optional(),
});
export type ConsentGrantInput = z.infer<typeof ConsentGrantInput>;

export const ConsentRevokeInput = z.object({ version: z.number().int().min(1) });
export type ConsentRevokeInput = z.infer<typeof ConsentRevokeInput>;

/**
 * A party completes a consent that still waits for them (a 12–15 year-old and a parent agree
 * separately): a resident agrees in the portal (no `recorded`), or the coordinator records the
 * agreement given on paper or in a conversation on the same consent.
 */
export const ConsentCompleteInput = z.object({
  version: z.number().int().min(1),
  recorded: z
    .object({
      givenByPersonIds: z.array(z.string().min(1).max(100)).min(1).max(10),
      givenOn: IsoDate,
      via: z.enum(['paper', 'conversation']),
      /** On paper: the signed form is on file. */
      signedForm: z.boolean().default(false),
    })
    .optional(),
});
export type ConsentCompleteInput = z.infer<typeof ConsentCompleteInput>;

export const ConsentCoSignature = z.object({
  personId: z.string(),
  firstName: z.string(),
  via: ConsentRecordedVia,
  givenOn: z.string(),
  recordedByName: z.string(),
  signedForm: z.boolean(),
});
export type ConsentCoSignature = z.infer<typeof ConsentCoSignature>;

export const ConsentStatus = z.enum(['active', 'incomplete', 'expired', 'revoked', 'future']);
export type ConsentStatus = z.infer<typeof ConsentStatus>;

export const Consent = z.object({
  id: z.string(),
  householdId: z.string(),
  subject: z.object({ personId: z.string(), firstName: z.string() }),
  grantee: z.object({ kind: ConsentGranteeKind, ref: z.string(), name: z.string() }),
  sections: z.array(ConsentSection),
  purposeCategory: ConsentPurposeCategory,
  purposeText: z.string(),
  validFrom: z.string(),
  validUntil: z.string(),
  givenBy: z.array(z.object({ personId: z.string(), firstName: z.string() })),
  /** People whose consent is still needed by the age rules before it opens anything. */
  stillNeeded: z.array(z.string()),
  /** The parties who completed this consent later (in the portal or recorded by the coordinator). */
  coSignatures: z.array(ConsentCoSignature),
  /** Whether the one asking may complete it now: a resident whose own agreement is still needed. */
  canAgree: z.boolean(),
  recordedVia: ConsentRecordedVia,
  recordedByName: z.string(),
  recordedAt: z.string(),
  givenOn: z.string(),
  revokedAt: z.string().nullable(),
  status: ConsentStatus,
  version: z.number().int(),
});
export type Consent = z.infer<typeof Consent>;

export const ConsentList = z.object({
  householdId: z.string(),
  consents: z.array(Consent),
  organisations: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })),
  members: z.array(z.object({ personId: z.string(), firstName: z.string(), age: z.number().int() })),
  /** One professional of a listed organisation, or a household member with a login (a parent). */
  people: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      organisationId: z.string().nullable(),
      family: z.boolean(),
    }),
  ),
});
export type ConsentList = z.infer<typeof ConsentList>;

/** What a consented viewer (provider, school) sees of the plan: its own actions and the goals they serve. */
export const SharedPlanView = z.object({
  householdId: z.string(),
  householdName: z.string(),
  basis: z.enum(['consent', 'break_glass']),
  goals: z.array(
    z.object({
      id: z.string(),
      description: z.string(),
      achievedWhen: z.string(),
      actions: z.array(
        z.object({
          id: z.string(),
          description: z.string(),
          status: z.string(),
          startDate: z.string().nullable(),
          endDate: z.string().nullable(),
        }),
      ),
    }),
  ),
});
export type SharedPlanView = z.infer<typeof SharedPlanView>;

export const BreakGlassInput = z.object({
  reason: z.string().trim().min(20).max(2000),
  /** A recorded legal ground that forbids telling the family; review becomes mandatory. */
  legalGround: z.string().trim().min(3).max(200).optional(),
});
export type BreakGlassInput = z.infer<typeof BreakGlassInput>;

export const BreakGlassOpened = z.object({ id: z.string(), expiresAt: z.string() });

export const BreakGlassReview = z.object({
  id: z.string(),
  householdId: z.string(),
  householdName: z.string(),
  userName: z.string(),
  reason: z.string(),
  openedAt: z.string(),
  expiresAt: z.string(),
  withheldFromFamily: z.boolean(),
  legalGround: z.string().nullable(),
  reviewMandatory: z.boolean(),
});
export const BreakGlassReviewList = z.object({ items: z.array(BreakGlassReview) });
/**
 * The team lead's judgement. A "not justified" needs a written note: it is what the professional
 * and, later, an inspection read to learn why.
 */
export const BreakGlassReviewInput = z
  .object({
    outcome: z.enum(['justified', 'not_justified']),
    note: z.string().trim().max(2000).optional(),
  })
  .refine((r) => r.outcome === 'justified' || (r.note?.length ?? 0) >= 10, {
    path: ['note'],
    message: 'A note of at least 10 characters is required when the access was not justified',
  });
export type BreakGlassReviewInput = z.infer<typeof BreakGlassReviewInput>;

/** What someone did, in words the family understands (the raw audit code stays in `action`). */
export const AccessVerb = z.enum([
  'viewed',
  'changed',
  'added',
  'agreed',
  'decided',
  'revoked',
  'downloaded',
  'searched',
  'listed',
  'opened',
  'other',
]);
export type AccessVerb = z.infer<typeof AccessVerb>;
/** Which part of the family's data it was about. */
export const AccessTopic = z.enum([
  'household',
  'members',
  'network',
  'plan',
  'intake',
  'self_reliance',
  'consents',
  'care',
  'signal',
  'rights',
  'break_glass',
  'access_log',
  'all_data',
  'other',
]);
export type AccessTopic = z.infer<typeof AccessTopic>;
export const AccessActivity = z.object({ verb: AccessVerb, topic: AccessTopic });
export type AccessActivity = z.infer<typeof AccessActivity>;

export const AccessLogEntry = z.object({
  seq: z.number().int(),
  occurredAt: z.string(),
  who: z.string(),
  organisation: z.string().nullable(),
  role: z.string().nullable(),
  action: z.string(),
  section: z.string().nullable(),
  /** own_work: a school, GP or provider about its own signal or assignment for the family. */
  basis: z.enum(['relationship', 'consent', 'break_glass', 'own_household', 'own_work', 'other']),
  consentId: z.string().nullable(),
  outcome: z.string(),
  activity: AccessActivity,
});
export type AccessLogEntry = z.infer<typeof AccessLogEntry>;

export const AccessLogQuery = z.object({
  page: z.coerce.number().int().min(1).max(10000).default(1),
  section: z.string().max(40).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  format: z.enum(['json', 'csv']).default('json'),
  /** The language of the CSV and PDF (see `DocumentLanguageQuery`). */
  lang: Locale.optional(),
});
/**
 * One visit: the rows of one actor in one request or close together in time (a page load writes
 * several), newest first. Nothing is left out: every row is in `entries`.
 */
export const AccessVisit = z.object({
  id: z.string(),
  startedAt: z.string(),
  endedAt: z.string(),
  who: z.string(),
  organisation: z.string().nullable(),
  role: z.string().nullable(),
  outcome: z.enum(['success', 'denied', 'mixed']),
  bases: z.array(AccessLogEntry.shape.basis),
  entries: z.array(AccessLogEntry),
});
export type AccessVisit = z.infer<typeof AccessVisit>;

/** A page of visits (`pageSize` visits); `entries` holds all their rows flat, newest first. */
export const AccessLogPage = z.object({
  householdId: z.string(),
  page: z.number().int(),
  pageSize: z.number().int(),
  hasMore: z.boolean(),
  visits: z.array(AccessVisit),
  entries: z.array(AccessLogEntry),
});
export type AccessLogPage = z.infer<typeof AccessLogPage>;
