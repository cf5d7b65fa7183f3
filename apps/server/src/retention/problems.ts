import type { LocalizedText } from '@een-plan/contracts';

type Definition = { status: number; title: string; message: LocalizedText };

/** Problem codes of retention and erasure (spread into the catalog). */
export const retentionProblems = {
  retention_confirmation_required: {
    status: 400,
    title: 'Confirmation required',
    message: {
      nl: 'Vernietigen kan pas na uw uitdrukkelijke bevestiging.',
      en: 'Destruction needs your explicit confirmation.',
    },
  },
  retention_not_due: {
    status: 409,
    title: 'Not due for destruction',
    message: {
      nl: 'Niet elk gekozen dossier mag al weg: de bewaartermijn loopt nog of de wet vraagt om bewaren. Laad de lijst opnieuw.',
      en: 'Not every chosen dossier may go yet: its term has not passed or the law requires keeping it. Reload the list.',
    },
  },
  erasure_requester_invalid: {
    status: 400,
    title: 'Requester may not ask for erasure',
    message: {
      nl: 'Alleen een ouder of de jongere zelf (vanaf 12 jaar) uit dit huishouden kan om vernietiging vragen.',
      en: 'Only a parent or the young person (aged 12 or over) of this household can ask for erasure.',
    },
  },
  erasure_subject_invalid: {
    status: 400,
    title: 'Requester may not ask for this person',
    message: {
      nl: 'Iemand kan alleen vragen om zijn eigen gegevens te wissen. Een ouder kan dat ook vragen voor een kind uit dit huishouden.',
      en: 'People can only ask to erase their own data. A parent can also ask it for a child of this household.',
    },
  },
  erasure_already_open: {
    status: 409,
    title: 'An erasure request is already open',
    message: {
      nl: 'Er loopt al een verzoek om te wissen voor dit dossier of deze persoon. Beslis eerst over dat verzoek.',
      en: 'An erasure request for this dossier or this person is already open. Decide on that request first.',
    },
  },
  erasure_not_open: {
    status: 409,
    title: 'Request already decided',
    message: {
      nl: 'Over dit verzoek is al besloten. Laad de lijst opnieuw.',
      en: 'This request has already been decided. Reload the list.',
    },
  },
  erasure_grounds_required: {
    status: 400,
    title: 'Grounds required',
    message: {
      nl: 'Geef de wettelijke grond voor de weigering op.',
      en: 'Give the legal ground for the refusal.',
    },
  },
} as const satisfies Record<string, Definition>;
