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
  consent_not_a_party: {
    status: 403,
    title: 'Not a party to this consent',
    message: {
      nl: 'U kunt deze toestemming niet aanvullen. Alleen wie nog toestemming moet geven, kan dat doen: het kind zelf of een ouder met gezag.',
      en: 'You cannot complete this consent. Only someone whose consent is still needed can: the child or a parent with authority.',
    },
  },
  consent_already_given: {
    status: 409,
    title: 'Consent already given by this person',
    message: {
      nl: 'Deze persoon heeft al toestemming gegeven.',
      en: 'This person has already given consent.',
    },
  },
  consent_already_complete: {
    status: 409,
    title: 'Consent already complete',
    message: {
      nl: 'Deze toestemming is al compleet. Er hoeft niemand meer toestemming te geven.',
      en: 'This consent is already complete. Nobody else needs to consent.',
    },
  },
  consent_expired: {
    status: 409,
    title: 'Consent expired',
    message: {
      nl: 'Deze toestemming is verlopen. Geef een nieuwe toestemming.',
      en: 'This consent has expired. Give a new consent.',
    },
  },
  consent_signed_form_required: {
    status: 422,
    title: 'Signed form required',
    message: {
      nl: 'Bij toestemming op papier hoort een getekend formulier. Vink aan dat het getekende formulier in het dossier zit.',
      en: 'Consent on paper needs a signed form. Tick that the signed form is in the file.',
    },
  },
  consent_given_on_future: {
    status: 422,
    title: 'Date in the future',
    message: {
      nl: 'De dag waarop de toestemming is gegeven kan niet na vandaag liggen.',
      en: 'The day the consent was given cannot be after today.',
    },
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
