import type { LocalizedText } from '@een-plan/contracts';

type Definition = { status: number; title: string; message: LocalizedText };

/** Problem codes of signals, the social map and area administration (spread into the catalog). */
export const referralProblems = {
  referral_no_fallback_team: {
    status: 409,
    title: 'No fallback team configured',
    message: {
      nl: 'Er is geen team ingesteld voor adressen buiten de gemeente. Neem contact op met de functioneel beheerder.',
      en: 'No team is configured for addresses outside the municipality. Please contact the administrator.',
    },
  },
  referral_unknown_life_domain: {
    status: 400,
    title: 'Unknown life domain',
    message: { nl: 'Kies een leefgebied uit de lijst.', en: 'Choose a life domain from the list.' },
  },
  referral_follow_up_required: {
    status: 400,
    title: 'Follow-up date required',
    message: {
      nl: 'Kies een datum in de toekomst waarop u nagaat hoe het gaat.',
      en: 'Choose a future date on which you will check how things are going.',
    },
  },
  referral_no_coordinator_at_level_0: {
    status: 400,
    title: 'No coordinator at level 0',
    message: {
      nl: 'Bij niveau 0 wordt het gezin doorverwezen; er hoort geen regisseur bij.',
      en: 'At level 0 the family is referred elsewhere; no coordinator is assigned.',
    },
  },
  referral_unknown_offer: {
    status: 400,
    title: 'Unknown social-map offer',
    message: { nl: 'Dit aanbod staat niet op de sociale kaart.', en: 'This offer is not on the social map.' },
  },
  referral_coordinator_required: {
    status: 400,
    title: 'Coordinator required',
    message: {
      nl: 'Bij niveau 2 (specialistisch) hoort een regisseur. Kies een regisseur.',
      en: 'Level 2 (specialised) needs a coordinator. Please choose one.',
    },
  },
  referral_no_team: {
    status: 403,
    title: 'Not linked to a team',
    message: {
      nl: 'U bent nog niet aan een team gekoppeld. Vraag de beheerder om u aan een team toe te voegen.',
      en: 'You are not linked to a team yet. Ask the administrator to add you to a team.',
    },
  },
  referral_coordinator_not_in_team: {
    status: 400,
    title: 'Coordinator not in this team',
    message: {
      nl: 'Deze persoon is geen regisseur in het team van deze aanmelding.',
      en: 'This person is not a coordinator in the team of this signal.',
    },
  },
  referral_already_triaged: {
    status: 409,
    title: 'Signal already triaged',
    message: {
      nl: 'Over deze aanmelding is al besloten.',
      en: 'A decision has already been made about this signal.',
    },
  },
  referral_not_triaged: {
    status: 409,
    title: 'Signal not triaged',
    message: {
      nl: 'Leg eerst het niveau vast voordat u het eerste contact registreert.',
      en: 'Decide the level before recording the first contact.',
    },
  },
  referral_first_contact_recorded: {
    status: 409,
    title: 'First contact already recorded',
    message: {
      nl: 'Het eerste contact is al geregistreerd.',
      en: 'The first contact has already been recorded.',
    },
  },
  referral_first_contact_out_of_range: {
    status: 400,
    title: 'First contact date out of range',
    message: {
      nl: 'Het eerste contact kan niet vóór de aanmelding of in de toekomst liggen.',
      en: 'The first contact cannot be before the signal or in the future.',
    },
  },
  social_offer_invalid: {
    status: 400,
    title: 'Invalid offer',
    message: {
      nl: 'Controleer de leeftijden, leefgebieden en gebieden van het aanbod.',
      en: "Check the offer's ages, life domains and areas.",
    },
  },
  admin_unknown_team: {
    status: 400,
    title: 'Unknown team',
    message: { nl: 'Dit team bestaat niet.', en: 'This team does not exist.' },
  },
  admin_import_empty: {
    status: 400,
    title: 'Empty import',
    message: {
      nl: 'Het bestand is leeg. Verwacht: een kopregel postcode4,area,team en daarna regels.',
      en: 'The file is empty. Expected: a header postcode4,area,team followed by lines.',
    },
  },
} satisfies Record<string, Definition>;
