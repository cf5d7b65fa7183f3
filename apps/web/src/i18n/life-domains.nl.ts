import type { LifeDomainCode } from '@een-plan/contracts';

/**
 * The 13 life domains in the bundle, so a page shows their names on its first render (no code
 * flashes while a query loads). `lifeDomain`: the professional names (as in ref_life_domain);
 * `lifeDomainPlain`: the same domains in plain words (B1) for residents.
 */
export const lifeDomainsNl = {
  lifeDomain: {
    finances: 'Financiën',
    work_education: 'Werk en opleiding',
    daytime_activities: 'Dagbesteding',
    housing: 'Huisvesting',
    family_relations: 'Gezinsrelaties',
    mental_health: 'Geestelijke gezondheid',
    physical_health: 'Lichamelijke gezondheid',
    addiction: 'Verslaving',
    daily_living: 'Algemene dagelijkse levensverrichtingen',
    social_network: 'Sociaal netwerk',
    participation: 'Maatschappelijke participatie',
    justice: 'Justitie',
    parenting_development: 'Opvoeding en ontwikkeling van het kind',
  } satisfies Record<LifeDomainCode, string>,
  lifeDomainPlain: {
    finances: 'Geld en schulden',
    work_education: 'Werk en school',
    daytime_activities: 'Iets te doen hebben overdag',
    housing: 'Wonen',
    family_relations: 'Het gezin en de familie',
    mental_health: 'Hoe u zich voelt',
    physical_health: 'Gezondheid van het lichaam',
    addiction: 'Alcohol, drugs of gokken',
    daily_living: 'Dagelijkse dingen zelf doen',
    social_network: 'Mensen om u heen',
    participation: 'Meedoen in de buurt',
    justice: 'Politie en rechter',
    parenting_development: 'Opvoeden en opgroeien',
  } satisfies Record<LifeDomainCode, string>,
};
