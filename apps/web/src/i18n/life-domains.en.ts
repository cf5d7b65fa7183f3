import type { lifeDomainsNl } from './life-domains.nl.ts';
import type { TranslationTree } from './translation-tree.ts';

export const lifeDomainsEn: TranslationTree<typeof lifeDomainsNl> = {
  lifeDomain: {
    finances: 'Finances',
    work_education: 'Work and education',
    daytime_activities: 'Daytime activities',
    housing: 'Housing',
    family_relations: 'Family relations',
    mental_health: 'Mental health',
    physical_health: 'Physical health',
    addiction: 'Addiction',
    daily_living: 'Daily living skills',
    social_network: 'Social network',
    participation: 'Participation',
    justice: 'Justice',
    parenting_development: 'Parenting and child development',
  },
  lifeDomainPlain: {
    finances: 'Money and debts',
    work_education: 'Work and school',
    daytime_activities: 'Things to do during the day',
    housing: 'Your home',
    family_relations: 'Your family',
    mental_health: 'How you feel',
    physical_health: 'Health of your body',
    addiction: 'Alcohol, drugs or gambling',
    daily_living: 'Doing daily tasks yourself',
    social_network: 'People around you',
    participation: 'Taking part in your neighbourhood',
    justice: 'Police and courts',
    parenting_development: 'Raising children and growing up',
  },
};
