import type { LocalizedText } from '@een-plan/contracts';

/** Problem codes of the consent module (spread into the one catalog in http/problem-catalog.ts). */
export const consentProblems = {
  consent_not_entitled: {
    status: 422,
    title: 'Not entitled to give this consent',
    message: {
      nl: 'U mag voor deze persoon geen toestemming geven. Vanaf 16 jaar beslist een jongere zelf; tot 12 jaar beslissen de ouders met gezag; daartussen beslissen ze samen.',
      en: 'You may not give consent for this person. From 16 a youth decides alone; under 12 the parents with authority decide; in between they decide together.',
    },
  },
  consent_grantee_unknown: {
    status: 422,
    title: 'Unknown organisation or professional',
    message: {
      nl: 'Deze organisatie of hulpverlener is niet bekend.',
      en: 'This organisation or professional is not known.',
    },
  },
  consent_invalid_period: {
    status: 422,
    title: 'Invalid end date',
    message: {
      nl: 'Kies een einddatum na vandaag en binnen twee jaar.',
      en: 'Choose an end date after today and within two years.',
    },
  },
  consent_recording_required: {
    status: 422,
    title: 'Record who gave the consent',
    message: {
      nl: 'Vul in wie de toestemming gaf, wanneer en hoe (op papier of in een gesprek).',
      en: 'Record who gave the consent, when and how (on paper or in a conversation).',
    },
  },
  consent_already_revoked: {
    status: 409,
    title: 'Consent already revoked',
    message: { nl: 'Deze toestemming is al ingetrokken.', en: 'This consent has already been revoked.' },
  },
  break_glass_already_reviewed: {
    status: 409,
    title: 'Already reviewed',
    message: {
      nl: 'Deze noodtoegang is al beoordeeld.',
      en: 'This emergency access has already been reviewed.',
    },
  },
} satisfies Record<string, { status: number; title: string; message: LocalizedText }>;
