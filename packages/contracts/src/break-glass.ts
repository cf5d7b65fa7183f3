import { z } from 'zod';
import { Bsn } from './bsn.ts';
import { IsoDate, Postcode } from './households.ts';

/**
 * Veilig Thuis finds the household to open under the meldcode with exact data it already has:
 * BSN and birth date, or surname, birth date and postcode. Never a partial search.
 */
export const BreakGlassLookup = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('bsn'), bsn: Bsn, birthDate: IsoDate }),
  z.object({
    kind: z.literal('name'),
    lastName: z.string().trim().min(2).max(100),
    birthDate: IsoDate,
    postcode: Postcode,
  }),
]);
export type BreakGlassLookup = z.infer<typeof BreakGlassLookup>;

/** Just enough to pick the right household; the dossier itself opens only after a reason. */
export const BreakGlassCandidate = z.object({
  householdId: z.string(),
  householdName: z.string(),
  postcode: z.string(),
  city: z.string(),
  teamName: z.string().nullable(),
});
export type BreakGlassCandidate = z.infer<typeof BreakGlassCandidate>;

export const BreakGlassLookupResult = z.object({ items: z.array(BreakGlassCandidate) });
export type BreakGlassLookupResult = z.infer<typeof BreakGlassLookupResult>;

/** A break-glass access of the logged-in professional. */
export const MyBreakGlass = z.object({
  id: z.string(),
  householdId: z.string(),
  householdName: z.string(),
  openedAt: z.string(),
  expiresAt: z.string(),
  active: z.boolean(),
  withheldFromFamily: z.boolean(),
  /** The team lead's judgement, once given. */
  reviewOutcome: z.enum(['justified', 'not_justified']).nullable(),
  reviewNote: z.string().nullable(),
});
export type MyBreakGlass = z.infer<typeof MyBreakGlass>;

export const MyBreakGlassList = z.object({ items: z.array(MyBreakGlass) });
export type MyBreakGlassList = z.infer<typeof MyBreakGlassList>;
