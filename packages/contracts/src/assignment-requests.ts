import { z } from 'zod';
import { AssignedCareFields, ExecutionVariant, IjwUnit } from './assignments.ts';
import { Bsn } from './bsn.ts';
import { NextCursor } from './problem.ts';

/** A provider's requests to the municipality: JW315 verzoek om toewijzing, JW317 verzoek om wijziging. */

const isoDate = z.iso.date();

/** WJ758 Reden verzoek. */
export const IjwRequestReason = z.enum(['1', '2']);
export type IjwRequestReason = z.infer<typeof IjwRequestReason>;
/** WJ759 Reden afwijzing verzoek. */
export const IjwRefusalReason = z.enum(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
export type IjwRefusalReason = z.infer<typeof IjwRefusalReason>;

export const AssignmentRequestKind = z.enum(['toewijzing', 'wijziging']);
export type AssignmentRequestKind = z.infer<typeof AssignmentRequestKind>;
export const AssignmentRequestStatus = z.enum(['open', 'granted', 'refused']);
export type AssignmentRequestStatus = z.infer<typeof AssignmentRequestStatus>;

/** JW315 from the provider's screen: the client by BSN and birth date, after a (GP) referral. */
export const AssignmentRequestInput = z
  .object({
    bsn: Bsn,
    birthDate: isoDate,
    /** Surname as the provider knows it: the JW315 carries it (Naam); stored only in the message. */
    lastName: z.string().trim().min(1).max(200),
    ...AssignedCareFields,
    /** The referrer's AGB code (ZorgverlenerCode), e.g. the GP's. */
    referrerCode: z
      .string()
      .regex(/^\d{8}$/)
      .nullable()
      .default(null),
  })
  .refine((v) => v.endDate >= v.startDate, { path: ['endDate'], message: 'endDate before startDate' });
export type AssignmentRequestInput = z.infer<typeof AssignmentRequestInput>;

/** JW317 from the provider's screen: a new end date and/or a new volume of one assignment from a date. */
export const ChangeRequestInput = z
  .object({
    assignmentId: z.string().min(1).max(100),
    reason: IjwRequestReason,
    desiredStart: isoDate,
    endDate: isoDate.nullable().default(null),
    volume: z.number().int().min(1).max(99_999_999).nullable().default(null),
  })
  .refine((v) => v.endDate !== null || v.volume !== null, {
    path: ['volume'],
    message: 'nothing to change',
  })
  .refine((v) => v.endDate === null || v.endDate >= v.desiredStart, {
    path: ['endDate'],
    message: 'endDate before desiredStart',
  });
export type ChangeRequestInput = z.infer<typeof ChangeRequestInput>;

export const RequestedChangeView = z.object({
  assignmentId: z.string(),
  assignmentNumber: z.number().int(),
  desiredStart: isoDate,
  endDate: isoDate.nullable(),
  volume: z.number().int().nullable(),
  unit: z.string().nullable(),
  frequency: z.string().nullable(),
});

export const AssignmentRequest = z.object({
  id: z.string(),
  kind: AssignmentRequestKind,
  status: AssignmentRequestStatus,
  providerReference: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  householdId: z.string().nullable(),
  householdName: z.string().nullable(),
  personId: z.string().nullable(),
  /** First name only, once the client was matched. */
  personFirstName: z.string().nullable(),
  productName: z.string().nullable(),
  productCategory: z.string().nullable(),
  productCode: z.string().nullable(),
  volume: z.number().int().nullable(),
  unit: z.string().nullable(),
  frequency: z.string().nullable(),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  referrerType: z.string().nullable(),
  referrerCode: z.string().nullable(),
  requestReason: z.string().nullable(),
  assignmentId: z.string().nullable(),
  changes: z.array(RequestedChangeView),
  refusalReason: IjwRefusalReason.nullable(),
  refusalMunicipality: z.string().nullable(),
  /** Refused without a person deciding: client_unknown, outside_contract, no_volume. */
  autoRefusal: z.string().nullable(),
  grantedAssignmentId: z.string().nullable(),
  grantedAssignmentNumber: z.number().int().nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type AssignmentRequest = z.infer<typeof AssignmentRequest>;

/** A page of the team's requests, newest first (keyset, decision 0031). */
export const AssignmentRequestList = z.object({
  requests: z.array(AssignmentRequest),
  nextCursor: NextCursor,
});
export type AssignmentRequestList = z.infer<typeof AssignmentRequestList>;

/** The provider's view: its requests and the products it may request (from its contracts). */
export const ProviderRequestOverview = z.object({
  requests: z.array(AssignmentRequest),
  products: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      productCategory: z.string(),
      productCode: z.string(),
      unit: IjwUnit,
      executionVariant: ExecutionVariant,
    }),
  ),
});
export type ProviderRequestOverview = z.infer<typeof ProviderRequestOverview>;

/** What the municipality answered at once (the JW316/JW318 retour). */
export const RequestSubmitted = z.object({
  requestIds: z.array(z.string()),
  status: AssignmentRequestStatus,
  retourcodes: z.array(z.string()),
});
export type RequestSubmitted = z.infer<typeof RequestSubmitted>;

export const AssignmentRequestDecision = z
  .object({
    version: z.number().int(),
    decision: z.enum(['grant', 'refuse']),
    reason: IjwRefusalReason.nullable().default(null),
    /** CBS code of the responsible municipality (reason 8, woonplaatsbeginsel). */
    municipality: z
      .string()
      .regex(/^\d{4}$/)
      .nullable()
      .default(null),
  })
  .refine((v) => v.decision === 'grant' || v.reason !== null, {
    path: ['reason'],
    message: 'reason required',
  })
  .refine((v) => v.reason !== '8' || v.municipality !== null, {
    path: ['municipality'],
    message: 'municipality required',
  });
export type AssignmentRequestDecision = z.infer<typeof AssignmentRequestDecision>;
