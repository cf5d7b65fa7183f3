import type { LocalizedText } from '@een-plan/contracts';

type Definition = { status: number; title: string; message: LocalizedText };

/** Problem codes of the rights module (spread into the catalog). */
export const rightsProblems = {
  rights_case_closed: {
    status: 409,
    title: 'Case already decided',
    message: {
      nl: 'Hierover is al beslist. Laad de pagina opnieuw.',
      en: 'This has already been decided. Reload the page.',
    },
  },
  rights_step_not_allowed: {
    status: 422,
    title: 'Step does not fit this case',
    message: {
      nl: 'Deze stap hoort niet bij dit soort zaak.',
      en: 'This step does not belong to this kind of case.',
    },
  },
  rights_already_postponed: {
    status: 409,
    title: 'Already postponed once',
    message: {
      nl: 'De beslistermijn is al een keer verdaagd of verlengd. Dat mag maar één keer.',
      en: 'The decision term has already been postponed or extended once. That is allowed only once.',
    },
  },
  rights_deadline_passed: {
    status: 422,
    title: 'Deadline already passed',
    message: {
      nl: 'De termijn is al voorbij. Verdagen of verlengen moet vóór het einde van de termijn.',
      en: 'The term has already ended. Postponing or extending must happen before the term ends.',
    },
  },
  rights_invalid_due_date: {
    status: 422,
    title: 'Invalid new due date',
    message: {
      nl: 'Kies een nieuwe datum na de huidige beslisdatum en binnen 8 weken daarna.',
      en: 'Choose a new date after the current decision date and within 8 weeks of it.',
    },
  },
  rights_late_reason_required: {
    status: 422,
    title: 'Reason for late objection required',
    message: {
      nl: 'Het bezwaar is te laat. Schrijf op waarom het te laat is.',
      en: 'The objection is late. Write down why it is late.',
    },
  },
  rights_no_decision_to_object: {
    status: 422,
    title: 'No decision to object to',
    message: {
      nl: 'Bezwaar kan alleen tegen een besluit op een aanvraag van dit gezin.',
      en: 'An objection can only be made against a decision on a request of this family.',
    },
  },
  rights_outcome_mismatch: {
    status: 422,
    title: 'Outcome does not fit this case',
    message: {
      nl: 'Deze uitkomst past niet bij dit soort zaak.',
      en: 'This outcome does not fit this kind of case.',
    },
  },
  rights_organisation_required: {
    status: 422,
    title: 'Choose the organisation',
    message: {
      nl: 'Kies over welke zorgaanbieder de klacht gaat.',
      en: 'Choose which care provider the complaint is about.',
    },
  },
  rights_new_coordinator_invalid: {
    status: 422,
    title: 'Choose a coordinator of the team',
    message: {
      nl: 'Kies een andere regisseur uit het team van dit gezin en schrijf een overdrachtsnotitie.',
      en: "Choose another coordinator from this family's team and write a handover note.",
    },
  },
  rights_date_in_future: {
    status: 422,
    title: 'Date in the future',
    message: {
      nl: 'Deze datum mag niet in de toekomst liggen.',
      en: 'This date may not be in the future.',
    },
  },
} as const satisfies Record<string, Definition>;
