import { z } from 'zod';
import { Bsn } from './bsn.ts';
import { CaseloadItem } from './home.ts';
import { NetworkMember } from './network.ts';
import { PageCursor } from './problem.ts';

export const IsoDate = z.iso.date();

export const MemberRole = z.enum(['gezagsdrager', 'kind', 'partner', 'other']);
export type MemberRole = z.infer<typeof MemberRole>;

/** "Mijn huishoudens": one keyset page of the caseload (decision 0031); `nextCursor` asks for the next. */
export const CaseloadPage = z.object({
  items: z.array(CaseloadItem),
  pageSize: z.number().int(),
  nextCursor: z.string().nullable(),
});
export type CaseloadPage = z.infer<typeof CaseloadPage>;

export const CaseloadQuery = z.object({ cursor: PageCursor.optional() });

/** Dutch postcode, with or without the space: 2151 AB / 2151ab. */
export const Postcode = z
  .string()
  .trim()
  .regex(/^[1-9]\d{3}\s?[a-zA-Z]{2}$/, { message: 'Postcode als 1234 AB / postcode like 1234 AB' });

/** Search by one criterion; BSN only in a POST body, never in a URL. */
export const HouseholdSearchRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('name'), name: z.string().trim().min(2).max(100) }),
  z.object({ kind: z.literal('birthDate'), birthDate: IsoDate }),
  z.object({
    kind: z.literal('address'),
    postcode: Postcode,
    houseNumber: z.string().trim().min(1).max(10),
  }),
  z.object({ kind: z.literal('bsn'), bsn: Bsn }),
]);
export type HouseholdSearchRequest = z.infer<typeof HouseholdSearchRequest>;

export const HouseholdSearchHit = z.object({
  householdId: z.string(),
  name: z.string(),
  street: z.string(),
  houseNumber: z.string(),
  postcode: z.string(),
  city: z.string(),
  coordinatorName: z.string().nullable(),
  /** The current members that matched (name / birth date / BSN); empty for an address search. */
  matchedMembers: z.array(z.object({ firstName: z.string(), lastName: z.string(), birthDate: z.string() })),
});
export type HouseholdSearchHit = z.infer<typeof HouseholdSearchHit>;

export const HouseholdSearchResponse = z.object({ items: z.array(HouseholdSearchHit), limited: z.boolean() });
export type HouseholdSearchResponse = z.infer<typeof HouseholdSearchResponse>;

/** Recorded sex (for the CBS delivery and the iJw messages, COD046); not recorded means unknown. */
export const Sex = z.enum(['male', 'female']);
export type Sex = z.infer<typeof Sex>;

export const HouseholdMember = z.object({
  personId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string(),
  age: z.number().int(),
  /** A MemberRole; other modules may record more (e.g. a person known only from a referral). */
  role: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  /** Null when not recorded (unknown). */
  sex: Sex.nullable().optional(),
  since: z.string(),
  until: z.string().nullable(),
});
export type HouseholdMember = z.infer<typeof HouseholdMember>;

export const InvolvedProfessional = z.object({
  kind: z.enum(['coordinator', 'team']),
  name: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});
export type InvolvedProfessional = z.infer<typeof InvolvedProfessional>;

export const ComingOfAge = z.object({ personId: z.string(), firstName: z.string(), turns18On: z.string() });

export const HouseholdDossier = z.object({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  /** The day the support ended (the plan was closed); null while open. */
  closedOn: z.string().nullable().optional(),
  street: z.string(),
  houseNumber: z.string(),
  postcode: z.string(),
  city: z.string(),
  areaName: z.string().nullable(),
  members: z.array(HouseholdMember),
  formerMembers: z.array(HouseholdMember),
  network: z.array(NetworkMember),
  professionals: z.array(InvolvedProfessional),
  flags: z.object({ safety: z.boolean(), comingOfAge: z.array(ComingOfAge) }),
  /** Whether the actor may change members and network (coordinators of the household's team). */
  canEdit: z.boolean(),
});
export type HouseholdDossier = z.infer<typeof HouseholdDossier>;

const Contact = {
  phone: z.string().trim().max(30).nullish(),
  email: z.email().max(200).nullish(),
};

export const AddMemberRequest = z.object({
  firstName: z.string().trim().min(1).max(100),
  lastName: z.string().trim().min(1).max(100),
  birthDate: IsoDate,
  bsn: Bsn.optional(),
  /** Left out when not known. */
  sex: Sex.optional(),
  role: MemberRole,
  since: IsoDate,
  ...Contact,
});
export type AddMemberRequest = z.infer<typeof AddMemberRequest>;

export const MoveMemberRequest = z.object({
  toHouseholdId: z.string().min(1).max(64),
  role: MemberRole,
  on: IsoDate,
});
export type MoveMemberRequest = z.infer<typeof MoveMemberRequest>;

/** Corrects a member's recorded details; null clears the sex back to unknown. */
export const UpdateMemberRequest = z.object({ sex: Sex.nullable() });
export type UpdateMemberRequest = z.infer<typeof UpdateMemberRequest>;

export const EndMemberRequest = z.object({ on: IsoDate });
export type EndMemberRequest = z.infer<typeof EndMemberRequest>;
