import type { LocalizedText } from '@een-plan/contracts';

type Definition = { status: number; title: string; message: LocalizedText };

/** Problem codes of contracts, assignments and the iJw message exchange (spread into the catalog). */
export const assignmentProblems = {
  provider_agb_taken: {
    status: 409,
    title: 'AGB code already recorded',
    message: {
      nl: 'Er is al een aanbieder met deze AGB-code.',
      en: 'A provider with this AGB code already exists.',
    },
  },
  contract_no_agb_code: {
    status: 409,
    title: 'Provider has no AGB code',
    message: {
      nl: 'Deze aanbieder heeft geen geldige AGB-code. Vul die eerst in.',
      en: 'This provider has no valid AGB code. Please record it first.',
    },
  },
  assignment_action_not_provider: {
    status: 409,
    title: 'Action is not specialised help by a provider',
    message: {
      nl: 'Alleen een actie voor specialistische hulp (niveau 2) door een aanbieder kan worden toegewezen.',
      en: 'Only an action for specialised help (level 2) by a provider can be assigned.',
    },
  },
  assignment_person_not_member: {
    status: 400,
    title: 'Person is not a household member',
    message: {
      nl: 'Kies een jeugdige die bij dit huishouden hoort.',
      en: 'Choose a young person who belongs to this household.',
    },
  },
  assignment_product_not_contracted: {
    status: 409,
    title: 'Product not contracted with this provider',
    message: {
      nl: 'Dit product is niet ingekocht bij de aanbieder van deze actie.',
      en: 'This product is not contracted with the provider of this action.',
    },
  },
  assignment_outside_contract: {
    status: 409,
    title: 'Period outside the contract',
    message: {
      nl: 'De periode valt buiten de looptijd van het contract met deze aanbieder.',
      en: 'The period falls outside the contract with this provider.',
    },
  },
  assignment_dates_invalid: {
    status: 400,
    title: 'Invalid dates',
    message: {
      nl: 'De einddatum moet op of na de begindatum liggen.',
      en: 'The end date must be on or after the start date.',
    },
  },
  assignment_budget_too_large: {
    status: 400,
    title: 'Budget too large',
    message: {
      nl: 'Het berekende budget is te groot. Controleer de omvang.',
      en: 'The computed budget is too large. Please check the volume.',
    },
  },
  assignment_bsn_missing: {
    status: 409,
    title: 'BSN missing',
    message: {
      nl: 'Van deze jeugdige is geen BSN bekend. Een toewijzing kan pas met een BSN.',
      en: 'No BSN is known for this young person. An assignment needs a BSN.',
    },
  },
  assignment_wrong_status: {
    status: 409,
    title: 'Not possible in this status',
    message: {
      nl: 'Dit kan niet in de huidige stand van de toewijzing.',
      en: 'This is not possible in the current status of the assignment.',
    },
  },
  assignment_date_in_future: {
    status: 400,
    title: 'Date in the future',
    message: {
      nl: 'Meld de start of stop pas als die is gebeurd: de datum mag niet in de toekomst liggen.',
      en: 'Report the start or stop once it has happened: the date cannot be in the future.',
    },
  },
  assignment_not_started: {
    status: 409,
    title: 'Assignment not started',
    message: {
      nl: 'De hulp is nog niet gestart. Meld eerst de start, dan pas de stop.',
      en: 'The help has not started. Report the start first, then the stop.',
    },
  },
  assignment_message_rejected: {
    status: 409,
    title: 'Message rejected by the municipality',
    message: {
      nl: 'De gemeente heeft het bericht afgekeurd. Bekijk de retourcodes.',
      en: 'The municipality rejected the message. See the return codes.',
    },
  },
  ijw_message_type_not_supported: {
    status: 422,
    title: 'iJw message type not supported here',
    message: {
      nl: 'Dit soort iJw-bericht wordt hier (nog) niet verwerkt.',
      en: 'This kind of iJw message is not (yet) processed here.',
    },
  },
  ijw_message_wrong_party: {
    status: 403,
    title: 'Wrong sender or receiver',
    message: {
      nl: 'De afzender moet uw eigen AGB-code zijn en de ontvanger deze gemeente.',
      en: 'The sender must be your own AGB code and the receiver this municipality.',
    },
  },
  ijw_message_invalid: {
    status: 422,
    title: 'iJw message invalid',
    message: {
      nl: 'Het iJw-bericht voldoet niet aan de standaard (XSD of regels).',
      en: 'The iJw message does not meet the standard (XSD or rules).',
    },
  },
} as const satisfies Record<string, Definition>;
