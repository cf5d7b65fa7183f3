import { z } from 'zod';
import { NextCursor } from './problem.ts';

/** Contracts, assignments (toewijzingen) and the iJw message exchange with providers. */

const isoDate = z.iso.date();

export const ExecutionVariant = z.enum(['inspanningsgericht', 'outputgericht', 'taakgericht']);
export type ExecutionVariant = z.infer<typeof ExecutionVariant>;

/** WJ756 Eenheid. */
export const IjwUnit = z.enum(['01', '04', '14', '16', '82', '83', '84']);
export type IjwUnit = z.infer<typeof IjwUnit>;
/** WMO757 Frequentie. */
export const IjwFrequency = z.enum(['1', '2', '4', '6']);
export type IjwFrequency = z.infer<typeof IjwFrequency>;
/** COD327 Code verwijzer. */
export const IjwReferrerType = z.enum(['01', '02', '03', '04', '05', '06', '08']);
export type IjwReferrerType = z.infer<typeof IjwReferrerType>;
/** JZ588 Reden beëindiging. */
export const IjwStopReason = z.enum(['02', '20', '31', '32', '33', '34', '35', '36', '37', '38', '39']);
export type IjwStopReason = z.infer<typeof IjwStopReason>;

export const ContractProductInput = z.object({
  name: z.string().trim().min(1).max(200),
  /** JZ020 Productcategorie (2 digits). */
  productCategory: z.string().regex(/^\d{2}$/),
  /** Product code (5 characters). */
  productCode: z.string().regex(/^[0-9A-Z]{5}$/),
  unit: IjwUnit,
  tariffCents: z.number().int().min(0).max(100_000_000),
  executionVariant: ExecutionVariant,
});
export type ContractProductInput = z.infer<typeof ContractProductInput>;

export const ContractProduct = ContractProductInput.extend({ id: z.string() });
export type ContractProduct = z.infer<typeof ContractProduct>;

export const ProviderContractInput = z.object({
  organisationId: z.string().min(1).max(100),
  validFrom: isoDate,
  validUntil: isoDate.nullable().default(null),
  products: z.array(ContractProductInput).min(1).max(100),
});
export type ProviderContractInput = z.infer<typeof ProviderContractInput>;

export const ProviderContract = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  agbCode: z.string(),
  validFrom: isoDate,
  validUntil: isoDate.nullable(),
  products: z.array(ContractProduct),
});
export type ProviderContract = z.infer<typeof ProviderContract>;

export const ProviderContractList = z.object({ contracts: z.array(ProviderContract) });
export type ProviderContractList = z.infer<typeof ProviderContractList>;

/** `ended`: the municipality ended (withdrew) it before the care started, e.g. when the plan closed. */
export const AssignmentStatus = z.enum([
  'awaiting_approval',
  'assigned',
  'started',
  'stopped',
  'rejected',
  'ended',
]);
export type AssignmentStatus = z.infer<typeof AssignmentStatus>;

/** What is assigned (or asked for): the contracted product, how much, how often, when, and who referred. */
export const AssignedCareFields = {
  contractProductId: z.string().min(1).max(100),
  volume: z.number().int().min(1).max(99_999_999),
  frequency: IjwFrequency,
  startDate: isoDate,
  endDate: isoDate,
  referrerType: IjwReferrerType,
};

export const AssignmentInput = z.object({
  planActionId: z.string().min(1).max(100),
  /** The youth the help is for (a current member of the household). */
  personId: z.string().min(1).max(100),
  ...AssignedCareFields,
});
export type AssignmentInput = z.infer<typeof AssignmentInput>;

export const Assignment = z.object({
  id: z.string(),
  assignmentNumber: z.number().int(),
  householdId: z.string(),
  personId: z.string(),
  /** First name only: enough for the provider's list, never the BSN. */
  personFirstName: z.string(),
  /** The plan action it was assigned from; null when granted on a provider's request (JW315). */
  planActionId: z.string().nullable(),
  organisationId: z.string(),
  organisationName: z.string(),
  productName: z.string(),
  productCategory: z.string(),
  productCode: z.string(),
  executionVariant: ExecutionVariant,
  volume: z.number().int(),
  unit: IjwUnit,
  frequency: IjwFrequency,
  startDate: isoDate,
  endDate: isoDate,
  referrerType: IjwReferrerType,
  budgetCents: z.number().int(),
  status: AssignmentStatus,
  startedOn: isoDate.nullable(),
  stoppedOn: isoDate.nullable(),
  stopReason: IjwStopReason.nullable(),
  /**
   * The day the municipality ended the assignment (a JW301 with the new end date went out). A
   * started one stays `started` until the provider's stop message (JW307) arrives.
   */
  endedOn: isoDate.nullable().optional(),
  /** While assigned: the date by which the provider should have reported the start (JW305). */
  startDueDate: isoDate.nullable(),
  /** The provider has not reported the start by startDueDate. */
  startOverdue: z.boolean(),
  /** The volume assigned over the whole assignment (volume × periods of the frequency), in `unit`. */
  volumeTotal: z.number().int().optional(),
  /** The volume used: approved declaration lines (debet minus credit), in `unit`. */
  volumeUsed: z.number().int().optional(),
  version: z.number().int(),
});
export type Assignment = z.infer<typeof Assignment>;

/** Per-tenant settings of the assignment process. */
export const AssignmentSettings = z.object({
  approvalThresholdCents: z.number().int().min(0).max(100_000_000_00),
  startWarningDays: z.number().int().min(1).max(365),
});
export type AssignmentSettings = z.infer<typeof AssignmentSettings>;

export const AssignmentList = z.object({ assignments: z.array(Assignment) });
export type AssignmentList = z.infer<typeof AssignmentList>;

/** A page of the provider's assignments, newest first (keyset, decision 0031). */
export const ProviderAssignmentPage = AssignmentList.extend({ nextCursor: NextCursor });
export type ProviderAssignmentPage = z.infer<typeof ProviderAssignmentPage>;

export const AssignmentStartInput = z.object({ version: z.number().int(), startDate: isoDate });
export type AssignmentStartInput = z.infer<typeof AssignmentStartInput>;

export const AssignmentStopInput = z.object({
  version: z.number().int(),
  stopDate: isoDate,
  reason: IjwStopReason,
});
export type AssignmentStopInput = z.infer<typeof AssignmentStopInput>;

export const AssignmentApprovalInput = z.object({ version: z.number().int(), approve: z.boolean() });
export type AssignmentApprovalInput = z.infer<typeof AssignmentApprovalInput>;

/**
 * Where an iJw message stands. Out: pending (waiting for delivery), delivered, delivered_locally
 * (the provider reads it in this product), failed. In: processing, processed (retour without
 * findings), partly_rejected (some lines refused), rejected (the whole message refused).
 */
export const IjwMessageStatus = z.enum([
  'pending',
  'delivered',
  'delivered_locally',
  'failed',
  'processing',
  'processed',
  'partly_rejected',
  'rejected',
]);
export type IjwMessageStatus = z.infer<typeof IjwMessageStatus>;

export const IjwMessageSummary = z.object({
  id: z.string(),
  direction: z.enum(['in', 'out']),
  messageType: z.string(),
  berichtIdentificatie: z.string(),
  sender: z.string(),
  receiver: z.string(),
  assignmentId: z.string().nullable(),
  retourMessageId: z.string().nullable(),
  status: IjwMessageStatus,
  attempts: z.number().int(),
  valid: z.boolean(),
  createdAt: z.string(),
});
export type IjwMessageSummary = z.infer<typeof IjwMessageSummary>;

/** A page of the iJw message log, newest first (keyset, decision 0031). */
export const IjwMessageList = z.object({ messages: z.array(IjwMessageSummary), nextCursor: NextCursor });
export type IjwMessageList = z.infer<typeof IjwMessageList>;

export const IjwMessageDetail = IjwMessageSummary.extend({
  xml: z.string(),
  summary: z.record(z.string(), z.unknown()),
  validation: z.record(z.string(), z.unknown()),
});
export type IjwMessageDetail = z.infer<typeof IjwMessageDetail>;

/** A youth-care provider (organisation of kind provider) with its AGB code (8 digits). */
export const ProviderInput = z.object({
  name: z.string().trim().min(2).max(200),
  agbCode: z.string().regex(/^\d{8}$/),
});
export type ProviderInput = z.infer<typeof ProviderInput>;

export const Provider = ProviderInput.extend({ id: z.string(), contracts: z.number().int() });
export type Provider = z.infer<typeof Provider>;

export const ProviderList = z.object({ providers: z.array(Provider) });
export type ProviderList = z.infer<typeof ProviderList>;
