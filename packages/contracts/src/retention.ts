import { z } from 'zod';
import { Postcode } from './households.ts';
import { route } from './route-table.ts';

/** Record types with their own retention term (Jeugdwet 7.3.8: 20 years; Wmo support plan: 15). */
export const RetentionRecordType = z.enum(['youth_care_dossier', 'wmo_support_plan']);
export type RetentionRecordType = z.infer<typeof RetentionRecordType>;

export const DEFAULT_RETENTION_YEARS: Record<RetentionRecordType, number> = {
  youth_care_dossier: 20,
  wmo_support_plan: 15,
};

export const RetentionTerm = z.object({
  recordType: RetentionRecordType,
  years: z.number().int().min(1).max(115),
  isDefault: z.boolean(),
});
export const RetentionTerms = z.object({ terms: z.array(RetentionTerm) });
export type RetentionTerms = z.infer<typeof RetentionTerms>;

export const SaveRetentionTerms = z.object({
  terms: z
    .array(z.object({ recordType: RetentionRecordType, years: z.number().int().min(1).max(115) }))
    .min(1),
});
export type SaveRetentionTerms = z.infer<typeof SaveRetentionTerms>;

/** One part of a dossier with its own term; the longest of the parts decides. */
export const RetentionPart = z.object({
  recordType: RetentionRecordType,
  endedOn: z.string(),
  keepUntil: z.string(),
});

/**
 * Identifiers and dates, and the family name so the administrator knows which dossier it is
 * (reading it is audited; null once the dossier is gone).
 */
export const DueDossier = z.object({
  householdId: z.string(),
  householdName: z.string().nullable().optional(),
  parts: z.array(RetentionPart),
  keepUntil: z.string(),
  legalHolds: z.array(z.string()),
});
export type DueDossier = z.infer<typeof DueDossier>;
export const DueList = z.object({ asOf: z.string(), dossiers: z.array(DueDossier) });
export type DueList = z.infer<typeof DueList>;

/** A part of a dossier as the administrator knows it (the family plan, the network, …). */
export const DossierPartKind = z.enum([
  'household',
  'network',
  'intake',
  'family_plan',
  'future_plan',
  'referrals',
  'assignments',
  'placements',
  'consent',
  'meldcode',
  'veilig_thuis',
  'raad',
  'protection',
  'crisis',
  'rights',
  'tasks',
  'other',
]);
export type DossierPartKind = z.infer<typeof DossierPartKind>;
/** `count`: the part's main items (people, plan versions, tracks); `records`: every row it holds. */
export const DossierPart = z.object({ part: DossierPartKind, count: z.number(), records: z.number() });
export type DossierPart = z.infer<typeof DossierPart>;

export const DryRun = z.object({
  asOf: z.string(),
  dossiers: z.array(
    DueDossier.extend({
      /** What would go, in the administrator's words. */
      whatGoes: z.array(DossierPart),
      /** Rows per table: for tests and the trace, never shown as such. */
      counts: z.record(z.string(), z.number()),
    }),
  ),
});
export type DryRun = z.infer<typeof DryRun>;

export const DestroyRequest = z.object({
  householdIds: z.array(z.string().min(1).max(100)).min(1).max(500),
  /** The administrator's explicit confirmation (the web asks to type a word first). */
  confirmed: z.boolean().optional(),
});
export type DestroyRequest = z.infer<typeof DestroyRequest>;

export const RetentionTraceItem = z.object({
  id: z.string(),
  ground: z.enum(['retention_term', 'erasure_request']),
  recordTypes: z.array(z.string()),
  helpEndedYear: z.number().nullable(),
  destroyedAt: z.string(),
  destroyedBy: z.string(),
  counts: z.record(z.string(), z.number()),
});
export const DestroyResult = z.object({ destroyed: z.array(RetentionTraceItem) });
export type DestroyResult = z.infer<typeof DestroyResult>;
export const TraceList = z.object({ traces: z.array(RetentionTraceItem) });
export type TraceList = z.infer<typeof TraceList>;

export const ErasureRequesterKind = z.enum(['parent', 'youth']);
export const ErasureStatus = z.enum(['open', 'executed', 'refused']);
export type ErasureRequesterKind = z.infer<typeof ErasureRequesterKind>;
export type ErasureStatus = z.infer<typeof ErasureStatus>;

export const NewErasureRequest = z.object({
  householdId: z.string().min(1).max(100),
  requesterKind: ErasureRequesterKind,
  requesterPersonId: z.string().min(1).max(100),
  receivedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /**
   * AVG art. 17 for ONE person: the requester themself, or a child a parent asks for. Absent:
   * the whole household dossier (Jeugdwet 7.3.9).
   */
  subjectPersonId: z.string().min(1).max(100).optional(),
});
export type NewErasureRequest = z.infer<typeof NewErasureRequest>;

/** The administrator finds the household an erasure request is about: by name or postcode only. */
export const ErasureHouseholdSearch = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('name'), name: z.string().trim().min(2).max(100) }),
  z.object({
    kind: z.literal('postcode'),
    postcode: Postcode,
    houseNumber: z.string().trim().max(10).optional(),
  }),
]);
export type ErasureHouseholdSearch = z.infer<typeof ErasureHouseholdSearch>;

/** Everyone who ever belonged to the household, with what the law lets them ask. */
export const ErasureCandidateMember = z.object({
  personId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string(),
  memberRole: z.string(),
  /** A parent (gezag or partner) may ask; a young person from 12 (checked on the day received). */
  isParent: z.boolean(),
});
export type ErasureCandidateMember = z.infer<typeof ErasureCandidateMember>;
export const ErasureCandidate = z.object({
  householdId: z.string(),
  name: z.string(),
  postcode: z.string(),
  houseNumber: z.string(),
  city: z.string(),
  members: z.array(ErasureCandidateMember),
});
export type ErasureCandidate = z.infer<typeof ErasureCandidate>;
export const ErasureCandidateList = z.object({ items: z.array(ErasureCandidate), limited: z.boolean() });
export type ErasureCandidateList = z.infer<typeof ErasureCandidateList>;

export const ERASURE_YOUTH_MIN_AGE = 12;

/** Age in whole years on a day (both ISO dates). */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Jeugdwet 7.3.9: a parent, or the young person from 12, may ask. The server decides; the form shows it. */
export function mayRequestErasure(
  kind: 'parent' | 'youth',
  member: { isParent: boolean; birthDate: string },
  receivedOn: string,
): boolean {
  return kind === 'parent' ? member.isParent : ageOn(member.birthDate, receivedOn) >= ERASURE_YOUTH_MIN_AGE;
}

export const ErasureScope = z.enum(['dossier', 'person']);
export type ErasureScope = z.infer<typeof ErasureScope>;

/** Who a parent may ask erasure of one person for: themself, or a member who is not a parent. */
export function mayAskErasureOf(
  requester: { personId: string; isParent: boolean },
  subject: { personId: string; isParent: boolean },
): boolean {
  return requester.personId === subject.personId || (requester.isParent && !subject.isParent);
}

export const ErasureRequest = z.object({
  id: z.string(),
  householdId: z.string().nullable(),
  /** The family name (audited read); null once the dossier is gone. */
  householdName: z.string().nullable().optional(),
  scope: ErasureScope.optional(),
  /** The one person the request is about (scope 'person'); null for the whole dossier or once erased. */
  subjectPersonId: z.string().nullable().optional(),
  /** Their first name while it is still on file (audited read). */
  subjectFirstName: z.string().nullable().optional(),
  requesterKind: ErasureRequesterKind,
  receivedOn: z.string(),
  decideBy: z.string(),
  status: ErasureStatus,
  refusalGrounds: z.array(z.string()).nullable(),
  decidedAt: z.string().nullable(),
  traceId: z.string().nullable(),
});
export type ErasureRequest = z.infer<typeof ErasureRequest>;
export const ErasureRequestList = z.object({ requests: z.array(ErasureRequest) });
export type ErasureRequestList = z.infer<typeof ErasureRequestList>;

export const DecideErasureRequest = z.object({
  decision: z.enum(['execute', 'refuse']),
  confirmed: z.boolean().optional(),
  /** Codes only (e.g. 'other_law'); the legal holds found are added by the server. */
  grounds: z
    .array(z.string().regex(/^[a-z_]{2,40}$/))
    .max(10)
    .optional(),
});
export type DecideErasureRequest = z.infer<typeof DecideErasureRequest>;

/** What erasing one person touches, in the administrator's words (never table names). */
export const PersonPartKind = z.enum([
  'person_details',
  'resident_account',
  'self_reliance_scores',
  'goals_about_them',
  'goals_shared',
  'comments_on_their_goals',
  'proposals_on_their_goals',
  'actions_they_own',
  'comments_they_wrote',
  'proposals_they_wrote',
  'name_in_texts',
  'name_in_versions',
  'name_in_future_plans',
  'name_in_network',
  'name_in_intake',
  'name_in_consents',
  'name_in_placements',
  'name_in_rights',
  'referrals_about_them',
  'name_in_referrals',
  'name_in_crisis',
  'consents',
  'future_plan',
  'safety_scores',
]);
export type PersonPartKind = z.infer<typeof PersonPartKind>;
export const PersonPart = z.object({ part: PersonPartKind, count: z.number() });
export type PersonPart = z.infer<typeof PersonPart>;

/** What stays when one person is erased: said as kinds, so the dry run says it in words. */
export const PersonStaysKind = z.enum([
  'other_members',
  'household_plan',
  'network',
  'care_records',
  'safety_records',
  'sent_letters',
  'audit_log',
]);
export type PersonStaysKind = z.infer<typeof PersonStaysKind>;

/** The dry run of one erasure request: what would go (and, for one person, what stays). */
export const ErasureDryRun = z.object({
  requestId: z.string(),
  scope: ErasureScope,
  /** Legal holds found today: while any is listed, executing refuses the request. */
  legalHolds: z.array(z.string()),
  /** Whole dossier: its parts, as the due dossiers' dry run shows them. */
  whatGoes: z.array(DossierPart),
  /** One person: what of them goes or is made anonymous. */
  personGoes: z.array(PersonPart),
  personStays: z.array(PersonStaysKind),
});
export type ErasureDryRun = z.infer<typeof ErasureDryRun>;

const R = '/api/admin/retention';
const ErasureRequestParams = z.object({ id: z.string().min(1).max(100) });

/** The retention routes (the administrator's alone), registered by the server and called by the web. */
export const retentionRoutes = {
  terms: route({ method: 'GET', path: `${R}/terms`, response: RetentionTerms }),
  saveTerms: route({ method: 'PUT', path: `${R}/terms`, body: SaveRetentionTerms, response: RetentionTerms }),
  due: route({ method: 'GET', path: `${R}/due`, response: DueList }),
  dryRun: route({ method: 'POST', path: `${R}/dry-run`, response: DryRun }),
  destroy: route({
    method: 'POST',
    path: `${R}/destructions`,
    body: DestroyRequest,
    response: DestroyResult,
  }),
  traces: route({ method: 'GET', path: `${R}/traces`, response: TraceList }),
  erasureRequests: route({ method: 'GET', path: `${R}/erasure-requests`, response: ErasureRequestList }),
  recordErasureRequest: route({
    method: 'POST',
    path: `${R}/erasure-requests`,
    status: 201,
    body: NewErasureRequest,
    response: ErasureRequest,
  }),
  searchErasureHouseholds: route({
    method: 'POST',
    path: `${R}/erasure-requests/household-search`,
    body: ErasureHouseholdSearch,
    response: ErasureCandidateList,
  }),
  erasureDryRun: route({
    method: 'POST',
    path: `${R}/erasure-requests/:id/dry-run`,
    params: ErasureRequestParams,
    response: ErasureDryRun,
  }),
  decideErasureRequest: route({
    method: 'POST',
    path: `${R}/erasure-requests/:id/decision`,
    params: ErasureRequestParams,
    body: DecideErasureRequest,
    response: ErasureRequest,
  }),
} as const;
