import type { LocalizedText } from '@een-plan/contracts';

type Definition = { status: number; title: string; message: LocalizedText };

/** Problem codes of crisis episodes (spread into the catalog). */
export const crisisProblems = {
  crisis_bridging_too_long: {
    status: 422,
    title: 'Bridging help too long',
    message: {
      nl: 'Overbruggingshulp duurt ten hoogste het maximum aantal dagen dat uw gemeente heeft ingesteld (standaard 28). Kies een eerdere einddatum en regel daarna de overdracht.',
      en: 'Bridging help lasts at most the number of days your municipality set (28 by default). Choose an earlier end date and arrange the handover after it.',
    },
  },
  crisis_step_out_of_order: {
    status: 409,
    title: 'Step not possible now',
    message: {
      nl: 'Deze stap kan nu niet: leg eerst de vorige stap vast (aankomst, besluit, perspectiefplan, overdracht), of deze stap is al vastgelegd.',
      en: 'This step is not possible now: record the previous step first (arrival, decision, exit plan, handover), or this step was already recorded.',
    },
  },
  crisis_time_before_call: {
    status: 422,
    title: 'Time before the call',
    message: {
      nl: 'Dit tijdstip ligt vóór de melding of in de toekomst. Controleer datum en tijd.',
      en: 'This time is before the call or in the future. Check the date and time.',
    },
  },
  crisis_person_not_member: {
    status: 422,
    title: 'Person not in household',
    message: {
      nl: 'Deze persoon hoort (nu) niet bij dit huishouden.',
      en: 'This person is not (currently) a member of this household.',
    },
  },
  crisis_provider_unknown: {
    status: 422,
    title: 'Unknown provider',
    message: {
      nl: 'Kies een bekende jeugdhulpaanbieder voor de warme overdracht.',
      en: 'Choose a known youth care provider for the warm handover.',
    },
  },
  crisis_placement_no_person: {
    status: 422,
    title: 'No person for the placement',
    message: {
      nl: 'Voor deze crisisepisode is geen jeugdige vastgelegd. Kies voor wie de crisisplaatsing is.',
      en: 'This crisis episode names no young person. Choose who the crisis placement is for.',
    },
  },
  crisis_placement_not_crisis_product: {
    status: 422,
    title: 'Not a crisis product',
    message: {
      nl: 'Een crisisplaatsing gebruikt een gecontracteerd product uit categorie 46 (crisis). Kies zo een product.',
      en: 'A crisis placement uses a contracted product of category 46 (crisis). Choose such a product.',
    },
  },
} as const satisfies Record<string, Definition>;
