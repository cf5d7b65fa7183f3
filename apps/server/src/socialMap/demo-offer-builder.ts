import type { SocialOfferInput } from '@een-plan/contracts';

export type DemoOffer = Omit<SocialOfferInput, 'maintainerOrganisationId'> & {
  id: string;
  maintainerOrganisationId: string | null;
};

export const NV = 'area-nieuw-vennep';
export const HO = 'area-hoofddorp-oost';
export const BD = 'area-badhoevedorp';

export function offer(
  id: string,
  name: string,
  organisationName: string,
  description: string,
  level: 0 | 1,
  lifeDomains: string[],
  ages: [number | null, number | null],
  areaIds: string[],
  costs: string,
  contact: { phone?: string; email?: string; website?: string; address?: string; openingHours?: string },
  maintainerOrganisationId: string | null = null,
): DemoOffer {
  return {
    id,
    name,
    organisationName,
    description,
    level,
    lifeDomains,
    minAge: ages[0],
    maxAge: ages[1],
    areaIds,
    costs,
    phone: contact.phone ?? null,
    email: contact.email ?? null,
    website: contact.website ?? null,
    address: contact.address ?? null,
    openingHours: contact.openingHours ?? null,
    maintainerOrganisationId,
  };
}
