import type { LocalizedText } from '@een-plan/contracts';

type Definition = { status: number; title: string; message: LocalizedText };

/** Problem codes of providers' requests (JW315/JW317) and their decisions (spread into the catalog). */
export const requestProblems = {
  request_already_pending: {
    status: 409,
    title: 'A request for this client is still open',
    message: {
      nl: 'Er staat al een verzoek voor deze cliënt open. Wacht op het antwoord van de gemeente (9374).',
      en: 'A request for this client is still open. Please wait for the municipality’s answer (9374).',
    },
  },
  request_reference_taken: {
    status: 409,
    title: 'Reference already used',
    message: {
      nl: 'Deze referentie is al eerder gebruikt voor een verzoek (9347).',
      en: 'This reference has already been used for a request (9347).',
    },
  },
  request_product_not_contracted: {
    status: 409,
    title: 'Product not in your contract',
    message: {
      nl: 'Dit product staat niet in uw contract met de gemeente (S329).',
      en: 'This product is not in your contract with the municipality (S329).',
    },
  },
  request_change_invalid: {
    status: 409,
    title: 'Change request not possible',
    message: {
      nl: 'Deze wijziging kan niet: controleer de toewijzing en de gewenste ingangsdatum.',
      en: 'This change is not possible: check the assignment and the desired start date.',
    },
  },
  request_not_open: {
    status: 409,
    title: 'Request already answered',
    message: {
      nl: 'Op dit verzoek is al een besluit genomen.',
      en: 'This request has already been decided.',
    },
  },
  request_needs_team_lead: {
    status: 409,
    title: 'Team lead must decide',
    message: {
      nl: 'Het budget ligt boven de grens voor goedkeuring. De teamleider moet dit verzoek toekennen.',
      en: 'The budget is above the approval threshold. The team lead must grant this request.',
    },
  },
  request_overlaps_assignment: {
    status: 409,
    title: 'Overlaps a current assignment',
    message: {
      nl: 'Deze cliënt heeft dit product al toegewezen in (een deel van) deze periode. Wijs het verzoek af met reden 6 (stapeling).',
      en: 'This client already has this product assigned in (part of) this period. Refuse the request with reason 6 (stacking).',
    },
  },
  request_client_not_member: {
    status: 409,
    title: 'Client no longer in the household',
    message: {
      nl: 'De cliënt hoort niet meer bij dit huishouden. Wijs het verzoek af of zoek het juiste huishouden.',
      en: 'The client no longer belongs to this household. Refuse the request or find the right household.',
    },
  },
} as const satisfies Record<string, Definition>;
