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

/**
 * The crisis service and the GI look up the household of the person a call or a ruling is about:
 * besides the household, that one person (whom they named by BSN or name) so the episode or
 * measure can be about them. Other members stay out, as with break-glass.
 */
export const HouseholdLookupCandidate = BreakGlassCandidate.extend({
  person: z.object({ personId: z.string(), firstName: z.string() }),
});
export type HouseholdLookupCandidate = z.infer<typeof HouseholdLookupCandidate>;

export const HouseholdLookupResult = z.object({ items: z.array(HouseholdLookupCandidate) });
export type HouseholdLookupResult = z.infer<typeof HouseholdLookupResult>;

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
