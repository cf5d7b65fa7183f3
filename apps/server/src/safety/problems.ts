import type { LocalizedText } from '@een-plan/contracts';

type Definition = { status: number; title: string; message: LocalizedText };

/** Problem codes of the meldcode, Veilig Thuis reports and Raad requests (spread into the catalog). */
export const safetyProblems = {
  designation_not_in_organisation: {
    status: 422,
    title: 'Not a professional of the organisation',
    message: {
      nl: 'Deze persoon werkt niet bij deze organisatie in een rol met gezinnen. Kies een medewerker van de organisatie.',
      en: 'This person does not work for this organisation in a role with families. Choose one of its staff.',
    },
  },
  track_closed: {
    status: 409,
    title: 'Track closed',
    message: {
      nl: 'Dit meldcodetraject is afgesloten. Er kan niets meer aan worden toegevoegd.',
      en: 'This meldcode track is closed. Nothing can be added to it.',
    },
  },
  track_close_blocked: {
    status: 409,
    title: 'Track cannot close yet',
    message: {
      nl: 'Het traject kan nog niet worden afgesloten: het afwegingskader is niet af, of er moet eerst een melding bij Veilig Thuis worden gedaan.',
      en: 'The track cannot close yet: the afwegingskader is not finished, or a report to Veilig Thuis must be made first.',
    },
  },
  correction_invalid: {
    status: 409,
    title: 'Correction not possible',
    message: {
      nl: 'Alleen de nieuwste versie van een stap van dit traject kan worden gecorrigeerd, met een stap van hetzelfde soort.',
      en: 'Only the latest version of a step of this track can be corrected, with a step of the same kind.',
    },
  },
  person_not_in_household: {
    status: 400,
    title: 'Not a member',
    message: {
      nl: 'Deze persoon hoort nu niet bij dit huishouden.',
      en: 'This person is not a current member of this household.',
    },
  },
  report_already_triaged: {
    status: 409,
    title: 'Already triaged',
    message: {
      nl: 'Deze melding is al getrieerd. De uitkomst staat vast.',
      en: 'This report has already been triaged. The outcome is final.',
    },
  },
  raad_already_answered: {
    status: 409,
    title: 'Already answered',
    message: {
      nl: 'Het antwoord van de Raad op dit verzoek is al vastgelegd.',
      en: "The Raad's answer to this request has already been recorded.",
    },
  },
} as const satisfies Record<string, Definition>;
