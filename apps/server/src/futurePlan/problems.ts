import type { LocalizedText } from '@een-plan/contracts';

type Definition = { status: number; title: string; message: LocalizedText };

/** Problem codes of the toekomstplan (spread into the catalog). */
export const futurePlanProblems = {
  future_plan_topic_exists: {
    status: 409,
    title: 'Topic exists',
    message: {
      nl: 'Er is al een onderwerp met deze sleutel. Kies een andere sleutel.',
      en: 'A topic with this key already exists. Choose another key.',
    },
  },
  future_plan_topic_title_exists: {
    status: 409,
    title: 'Topic name exists',
    message: {
      nl: 'Er is al een onderwerp met deze naam. Kies een andere naam, in het Nederlands en in het Engels.',
      en: 'A topic with this name already exists. Choose another name, in Dutch and in English.',
    },
  },
  future_plan_topic_inactive: {
    status: 409,
    title: 'Topic no longer in use',
    message: {
      nl: 'Dit onderwerp wordt niet meer gebruikt. U kunt het niet meer aanpassen.',
      en: 'This topic is no longer in use. It can no longer be changed.',
    },
  },
  future_plan_topic_order_mismatch: {
    status: 409,
    title: 'Topic order out of date',
    message: {
      nl: 'De lijst met onderwerpen is intussen veranderd. Laad de pagina opnieuw en zet ze dan in volgorde.',
      en: 'The list of topics changed meanwhile. Reload the page, then put them in order.',
    },
  },
  future_plan_topic_order_unknown: {
    status: 400,
    title: 'Unknown topic in the order',
    message: {
      nl: 'In de volgorde staat een onderwerp dat niet bestaat. Laad de pagina opnieuw.',
      en: 'The order names a topic that does not exist. Reload the page.',
    },
  },
  future_plan_unknown_topic: {
    status: 404,
    title: 'Unknown topic',
    message: {
      nl: 'Dit onderwerp bestaat niet in het toekomstplan.',
      en: 'This topic does not exist in the future plan.',
    },
  },
  future_plan_helper_not_available: {
    status: 400,
    title: 'Helper not available',
    message: {
      nl: 'Deze persoon kan niet als helper worden gekozen. Kies iemand uit de lijst.',
      en: 'This person cannot be chosen as helper. Choose someone from the list.',
    },
  },
  future_plan_continuity_until_invalid: {
    status: 400,
    title: 'Invalid end date',
    message: {
      nl: 'Verlengde jeugdhulp loopt na de 18e verjaardag af, en uiterlijk op de 23e verjaardag.',
      en: 'Extended youth care ends after the 18th birthday, and at the latest on the 23rd birthday.',
    },
  },
} as const satisfies Record<string, Definition>;
