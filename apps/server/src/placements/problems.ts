import type { LocalizedText } from '@een-plan/contracts';

type Definition = { status: number; title: string; message: LocalizedText };

/** Problem codes of Plekvrij (spread into the catalog). */
export const placementProblems = {
  placement_postcode_unknown: {
    status: 400,
    title: 'Unknown postcode',
    message: {
      nl: 'Deze postcode kennen we niet in deze regio. Controleer de vier cijfers.',
      en: 'This postcode is not known in this region. Check the four digits.',
    },
  },
  placement_type_not_contracted: {
    status: 403,
    title: 'Type not contracted',
    message: {
      nl: 'Uw organisatie heeft geen geldig contract met de gemeente voor dit soort plek.',
      en: 'Your organisation has no valid contract with the municipality for this type of place.',
    },
  },
  placement_not_available: {
    status: 409,
    title: 'No free place',
    message: {
      nl: 'Deze plek is net bezet of gereserveerd. Zoek opnieuw.',
      en: 'This place has just been taken or reserved. Search again.',
    },
  },
  placement_measure_required: {
    status: 400,
    title: 'Measure required',
    message: {
      nl: 'Een gesloten plek (JeugdzorgPlus) kan alleen met een machtiging gesloten jeugdhulp en het kenmerk daarvan.',
      en: 'A closed place (JeugdzorgPlus) needs a court authorisation for closed youth care and its reference.',
    },
  },
  placement_age_outside: {
    status: 409,
    title: 'Age outside the place’s range',
    message: {
      nl: 'De jongere past niet in de leeftijdsgrens van deze plek.',
      en: 'The young person is outside this place’s age range.',
    },
  },
  placement_reservation_not_held: {
    status: 409,
    title: 'Reservation no longer open',
    message: {
      nl: 'Deze reservering is al bevestigd, afgewezen of verlopen. Laad de lijst opnieuw.',
      en: 'This reservation has already been confirmed, declined or has expired. Reload the list.',
    },
  },
  placement_places_in_use: {
    status: 409,
    title: 'Places in use',
    message: {
      nl: 'U kunt niet minder plekken opgeven dan er nu gereserveerd of bezet zijn.',
      en: 'You cannot publish fewer places than are reserved or occupied now.',
    },
  },
} as const satisfies Record<string, Definition>;
