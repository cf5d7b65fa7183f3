import { z } from 'zod';

/**
 * Child-protection measures (Burgerlijk Wetboek boek 1): OTS (ondertoezichtstelling), provisional
 * OTS, machtiging uithuisplaatsing and voogdij. A certified institution (GI) registers them.
 */
export const MeasureKind = z.enum(['ots', 'provisional_ots', 'out_of_home_placement', 'guardianship']);
export type MeasureKind = z.infer<typeof MeasureKind>;

/** The legal maximum duration per kind in months (voogdij runs until the child turns 18). */
export const MEASURE_MAX_MONTHS: Record<Exclude<MeasureKind, 'guardianship'>, number> = {
  ots: 12,
  provisional_ots: 3,
  out_of_home_placement: 12,
};
/** Which kinds a court may extend (each time by at most the maximum). */
export const MEASURE_EXTENDABLE: Record<MeasureKind, boolean> = {
  ots: true,
  provisional_ots: false,
  out_of_home_placement: true,
  guardianship: false,
};
/** A machtiging uithuisplaatsing lapses when it is not used within this many months. */
export const PLACEMENT_UNUSED_LAPSE_MONTHS = 3;
/** The GI asks the court for an extension at least this many working days before the end. */
export const MEASURE_EXTENSION_LEAD_WORKING_DAYS = 20;
/** A reminder task opens this many calendar days before a measure's deadline. */
export const MEASURE_REMINDER_DAYS = 30;

export const MeasureStatus = z.enum(['active', 'ended', 'expired', 'lapsed']);
export type MeasureStatus = z.infer<typeof MeasureStatus>;

export const MeasureEndReason = z.enum(['court_ended', 'not_extended', 'child_came_of_age', 'other']);
export type MeasureEndReason = z.infer<typeof MeasureEndReason>;

export const MeasureExtension = z.object({
  previousEndDate: z.iso.date(),
  newEndDate: z.iso.date(),
  courtReference: z.string(),
  recordedAt: z.string(),
});

export const ProtectionMeasure = z.object({
  id: z.string(),
  householdId: z.string(),
  personId: z.string(),
  personFirstName: z.string(),
  kind: MeasureKind,
  organisationName: z.string().nullable(),
  caseworkerName: z.string(),
  startDate: z.iso.date(),
  endDate: z.iso.date(),
  courtReference: z.string(),
  placementStartedOn: z.iso.date().nullable(),
  /** The last day to ask the court for an extension (null when the kind cannot be extended). */
  extensionDeadline: z.iso.date().nullable(),
  /** A machtiging not yet used lapses on this day. */
  lapsesUnusedOn: z.iso.date().nullable(),
  status: MeasureStatus,
  endedOn: z.iso.date().nullable(),
  endReason: MeasureEndReason.nullable(),
  extensions: z.array(MeasureExtension),
});
export type ProtectionMeasure = z.infer<typeof ProtectionMeasure>;

export const ProtectionMeasureList = z.object({ items: z.array(ProtectionMeasure) });
export type ProtectionMeasureList = z.infer<typeof ProtectionMeasureList>;

const CourtReference = z.string().trim().min(3).max(100);

export const RegisterMeasureRequest = z.object({
  householdId: z.string().min(1).max(64),
  personId: z.string().min(1).max(64),
  kind: MeasureKind,
  startDate: z.iso.date(),
  /** Voogdij: left out, it runs until the 18th birthday. */
  endDate: z.iso.date().optional(),
  courtReference: CourtReference,
});
export type RegisterMeasureRequest = z.infer<typeof RegisterMeasureRequest>;

export const ExtendMeasureRequest = z.object({ newEndDate: z.iso.date(), courtReference: CourtReference });
export type ExtendMeasureRequest = z.infer<typeof ExtendMeasureRequest>;

export const RecordPlacementRequest = z.object({ placementStartedOn: z.iso.date() });
export type RecordPlacementRequest = z.infer<typeof RecordPlacementRequest>;

export const EndMeasureRequest = z.object({ endedOn: z.iso.date(), reason: MeasureEndReason });
export type EndMeasureRequest = z.infer<typeof EndMeasureRequest>;
