import { z } from 'zod';

/** Declarations (iJw JW323) of delivered care and the municipality's answer (JW325). */

/** A provider declares delivered care for one calendar month of an assignment. */
export const DeclarationInput = z.object({
  /** The calendar month (YYYY-MM); the product period is that month within the care period. */
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  /** Delivered volume in the assignment's unit. */
  volume: z.number().int().min(1).max(99_999),
});
export type DeclarationInput = z.infer<typeof DeclarationInput>;

export const DeclarationStatus = z.enum(['approved', 'partly_approved', 'rejected']);
export type DeclarationStatus = z.infer<typeof DeclarationStatus>;

/** One prestatie as judged: approved, or rejected with WJ001 retourcodes. */
export const DeclarationLineOutcome = z.object({
  referenceNumber: z.string(),
  periodStart: z.iso.date(),
  periodEnd: z.iso.date(),
  volume: z.number().int(),
  amountCents: z.number().int(),
  status: z.enum(['approved', 'rejected']),
  rejectionCodes: z.array(z.string()),
});
export type DeclarationLineOutcome = z.infer<typeof DeclarationLineOutcome>;

export const DeclarationOutcome = z.object({
  declarationNumber: z.string(),
  status: DeclarationStatus,
  submittedCents: z.number().int(),
  approvedCents: z.number().int(),
  /** Codes that rejected the whole declaration (e.g. 9333) or its header (e.g. 8848). */
  declarationCodes: z.array(z.string()),
  lines: z.array(DeclarationLineOutcome),
});
export type DeclarationOutcome = z.infer<typeof DeclarationOutcome>;

/**
 * An earlier declaration as seen from one assignment: its prestaties for that assignment only
 * (a JW323 received over HTTP may hold other clients), with totals over those prestaties.
 */
export const DeclarationHistoryEntry = DeclarationOutcome.extend({
  declaredAt: z.iso.datetime({ offset: true }),
});
export type DeclarationHistoryEntry = z.infer<typeof DeclarationHistoryEntry>;

export const DeclarationHistory = z.object({ declarations: z.array(DeclarationHistoryEntry) });
export type DeclarationHistory = z.infer<typeof DeclarationHistory>;
