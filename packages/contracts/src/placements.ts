import { z } from 'zod';

/** Plekvrij: places that providers publish, the coordinator's search, reservations and the regional view. */

const isoDate = z.iso.date();

/**
 * Place types in "zo thuis mogelijk" order: the earlier in this list, the more like home.
 * Crisis beds and closed (JeugdzorgPlus) places come last; closed only with a recorded measure.
 */
export const PlaceType = z.enum([
  'foster_network',
  'foster_regular',
  'foster_part_time',
  'family_home',
  'residential_group',
  'crisis_bed',
  'closed',
]);
export type PlaceType = z.infer<typeof PlaceType>;

/** JZ020 product categories a place type may be contracted under (the first is preferred). */
export const PLACE_TYPE_CATEGORIES: Record<PlaceType, readonly string[]> = {
  foster_network: ['35'],
  foster_regular: ['35'],
  foster_part_time: ['35'],
  family_home: ['36', '43'],
  residential_group: ['38', '43', '44'],
  crisis_bed: ['46'],
  closed: ['37'],
};

/** The legal measure that allows a closed (JeugdzorgPlus) place: OTS with a machtiging gesloten jeugdhulp. */
export const PlacementMeasure = z.enum(['machtiging_gesloten', 'spoedmachtiging_gesloten']);
export type PlacementMeasure = z.infer<typeof PlacementMeasure>;

/** Dutch postcode: the 4 digits are enough (a foster family's full address is theirs, not the catalogue's). */
export const Pc4 = z
  .string()
  .trim()
  .transform((s) => s.replace(/\s+/g, '').slice(0, 4))
  .pipe(z.string().regex(/^[1-9]\d{3}$/));

export const PlaceInput = z
  .object({
    placeType: PlaceType,
    minAge: z.number().int().min(0).max(23),
    maxAge: z.number().int().min(0).max(23),
    postcode: Pc4,
    region: z.string().trim().min(1).max(100),
    availableFrom: isoDate,
    availableUntil: isoDate.nullable().default(null),
    places: z.number().int().min(1).max(200),
    notes: z.string().trim().max(2000).default(''),
  })
  .refine((p) => p.minAge <= p.maxAge, { path: ['maxAge'], message: 'maxAge before minAge' })
  .refine((p) => p.availableUntil === null || p.availableUntil >= p.availableFrom, {
    path: ['availableUntil'],
    message: 'availableUntil before availableFrom',
  });
export type PlaceInput = z.input<typeof PlaceInput>;

export const PlaceUpdate = z.object({
  version: z.number().int().min(1),
  places: z.number().int().min(0).max(200).optional(),
  availableUntil: isoDate.nullable().optional(),
  notes: z.string().trim().max(2000).optional(),
});
export type PlaceUpdate = z.infer<typeof PlaceUpdate>;

export const Place = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  placeType: PlaceType,
  productCategory: z.string(),
  minAge: z.number().int(),
  maxAge: z.number().int(),
  postcode: z.string(),
  region: z.string(),
  availableFrom: isoDate,
  availableUntil: isoDate.nullable(),
  places: z.number().int(),
  reserved: z.number().int(),
  occupied: z.number().int(),
  free: z.number().int(),
  notes: z.string(),
  lastConfirmedAt: z.string(),
  /** Not confirmed by its provider for 7 days or more. */
  stale: z.boolean(),
  version: z.number().int(),
  /** Kilometres from the searched postcode (search results only). */
  distanceKm: z.number().nullable(),
});
export type Place = z.infer<typeof Place>;

export const PlaceList = z.object({ places: z.array(Place) });
export type PlaceList = z.infer<typeof PlaceList>;

/** A search result: only what the coordinator's result list and the reservation need. */
export const PlaceHit = Place.pick({
  id: true,
  organisationId: true,
  organisationName: true,
  placeType: true,
  minAge: true,
  maxAge: true,
  postcode: true,
  region: true,
  free: true,
  notes: true,
  lastConfirmedAt: true,
  stale: true,
}).extend({ distanceKm: z.number() });
export type PlaceHit = z.infer<typeof PlaceHit>;

export const PlaceHitList = z.object({ places: z.array(PlaceHit) });
export type PlaceHitList = z.infer<typeof PlaceHitList>;

export const PLACE_SEARCH_MAX_KM = 150;
export const PLACE_SEARCH_LIMIT = 50;

export const PlaceSearchQuery = z
  .object({
    /** The family's home postcode (4 digits); distance is measured from its centre. */
    postcode: Pc4,
    age: z.coerce.number().int().min(0).max(23),
    /** The day the place is needed. */
    date: isoDate,
    /** Comma-separated types; empty = every open type. */
    types: z
      .string()
      .max(200)
      .optional()
      .transform((s, ctx) => {
        const list = (s ?? '').split(',').filter(Boolean);
        const parsed = z.array(PlaceType).safeParse(list);
        if (!parsed.success) {
          ctx.addIssue({ code: 'custom', message: 'unknown place type' });
          return z.NEVER;
        }
        return parsed.data;
      }),
    maxKm: z.coerce.number().int().min(1).max(PLACE_SEARCH_MAX_KM).default(50),
    /** Needed (with its reference) to see closed places. */
    measure: PlacementMeasure.optional(),
    measureReference: z.string().trim().min(3).max(60).optional(),
  })
  .refine((q) => (q.measure === undefined) === (q.measureReference === undefined), {
    path: ['measureReference'],
    message: 'measure and measureReference go together',
  });
export type PlaceSearchQuery = z.input<typeof PlaceSearchQuery>;

export const ReservationStatus = z.enum(['held', 'confirmed', 'declined', 'expired', 'cancelled']);
export type ReservationStatus = z.infer<typeof ReservationStatus>;

export const ReservationInput = z
  .object({
    householdId: z.string().min(1).max(100),
    personId: z.string().min(1).max(100),
    /** The level-2 plan action with this provider that the assignment will carry. */
    planActionId: z.string().min(1).max(100),
    startDate: isoDate,
    endDate: isoDate,
    measure: PlacementMeasure.optional(),
    measureReference: z.string().trim().min(3).max(60).optional(),
  })
  .refine((r) => r.endDate >= r.startDate, { path: ['endDate'], message: 'endDate before startDate' });
export type ReservationInput = z.input<typeof ReservationInput>;

export const ReservationAnswer = z.object({
  confirm: z.boolean(),
  reason: z.string().trim().max(500).optional(),
});
export type ReservationAnswer = z.infer<typeof ReservationAnswer>;

export const Reservation = z.object({
  id: z.string(),
  placeId: z.string(),
  placeType: PlaceType,
  organisationId: z.string(),
  organisationName: z.string(),
  householdId: z.string(),
  /** First name only (the provider needs to know whom to expect). */
  personFirstName: z.string(),
  startDate: isoDate,
  endDate: isoDate,
  status: ReservationStatus,
  reservedAt: z.string(),
  expiresAt: z.string(),
  answeredAt: z.string().nullable(),
  assignmentId: z.string().nullable(),
});
export type Reservation = z.infer<typeof Reservation>;

export const ReservationList = z.object({ reservations: z.array(Reservation) });
export type ReservationList = z.infer<typeof ReservationList>;

export const PlacementSettings = z.object({
  reservationHours: z.number().int().min(1).max(336),
});
export type PlacementSettings = z.infer<typeof PlacementSettings>;

export const RegionalQuery = z.object({
  /** Monday of the first week (ISO date); 8 weeks from there. */
  from: isoDate.optional(),
});

export const RegionalRow = z.object({
  week: isoDate,
  region: z.string(),
  placeType: PlaceType,
  free: z.number().int(),
  reserved: z.number().int(),
  occupied: z.number().int(),
});
export type RegionalRow = z.infer<typeof RegionalRow>;

export const RegionalView = z.object({ weeks: z.array(isoDate), rows: z.array(RegionalRow) });
export type RegionalView = z.infer<typeof RegionalView>;
