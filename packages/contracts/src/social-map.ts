import { z } from 'zod';

export const OfferLevel = z.union([z.literal(0), z.literal(1)]);

export const SocialOfferInput = z.object({
  name: z.string().trim().min(1).max(200),
  organisationName: z.string().trim().min(1).max(200),
  maintainerOrganisationId: z.string().min(1).max(100).nullable().optional(),
  description: z.string().trim().min(1).max(2000),
  level: OfferLevel,
  lifeDomains: z.array(z.string().min(1).max(50)).min(1).max(13),
  minAge: z.number().int().min(0).max(120).nullable(),
  maxAge: z.number().int().min(0).max(120).nullable(),
  areaIds: z.array(z.string().min(1).max(100)).max(100),
  costs: z.string().trim().min(1).max(300),
  phone: z.string().trim().max(50).nullable(),
  email: z.string().trim().max(200).nullable(),
  website: z.string().trim().max(300).nullable(),
  address: z.string().trim().max(300).nullable(),
  openingHours: z.string().trim().max(300).nullable(),
});
export type SocialOfferInput = z.infer<typeof SocialOfferInput>;

/** An offer with nothing filled in yet: where the editor starts; the optional contact fields are null. */
export const blankSocialOffer: SocialOfferInput = {
  name: '',
  organisationName: '',
  description: '',
  level: 0,
  lifeDomains: [],
  minAge: null,
  maxAge: null,
  areaIds: [],
  costs: '',
  phone: null,
  email: null,
  website: null,
  address: null,
  openingHours: null,
};

export const SocialOffer = SocialOfferInput.extend({
  id: z.string(),
  version: z.number().int(),
  maintainerOrganisationId: z.string().nullable(),
  areaNames: z.array(z.string()),
  /** True when the caller may edit this offer (administrator or the offering organisation). */
  editable: z.boolean(),
});
export type SocialOffer = z.infer<typeof SocialOffer>;

export const UpdateSocialOfferRequest = SocialOfferInput.extend({ version: z.number().int() });
export type UpdateSocialOfferRequest = z.infer<typeof UpdateSocialOfferRequest>;

export const SocialOfferSearch = z.object({
  q: z.string().trim().max(200).optional(),
  domain: z.string().max(50).optional(),
  age: z.coerce.number().int().min(0).max(120).optional(),
  areaId: z.string().max(100).optional(),
  level: z.coerce.number().int().min(0).max(1).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});
export type SocialOfferSearch = z.infer<typeof SocialOfferSearch>;

export const SocialOfferPage = z.object({
  items: z.array(SocialOffer),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});
export type SocialOfferPage = z.infer<typeof SocialOfferPage>;
