import type { LocalizedText } from '@een-plan/contracts';
import { declarationProblems } from '../assignments/declarations-problems.ts';
import { assignmentProblems } from '../assignments/problems.ts';
import { requestProblems } from '../assignments/requests-problems.ts';
import { authProblems } from '../auth/problems.ts';
import { budgetProblems } from '../budgets/problems.ts';
import { consentProblems } from '../consent/problems.ts';
import { crisisProblems } from '../crisis/problems.ts';
import { futurePlanProblems } from '../futurePlan/problems.ts';
import { placementProblems } from '../placements/problems.ts';
import { protectionProblems } from '../protection/problems.ts';
import { referralProblems } from '../referrals/problems.ts';
import { retentionProblems } from '../retention/problems.ts';
import { rightsProblems } from '../rights/problems.ts';
import { safetyProblems } from '../safety/problems.ts';
import { taskProblems } from '../tasks/problems.ts';
import { tenantThemeProblems } from '../tenantTheme/problems.ts';
import { inputProblems } from './input-problems.ts';

type ProblemDefinition = { status: number; title: string; message: LocalizedText };

/** The one list of error codes the API can answer with. Codes are stable; clients may rely on them. */
export const problemCatalog = {
  validation_failed: {
    status: 400,
    title: 'Validation failed',
    message: {
      nl: 'Niet alle gegevens zijn goed ingevuld. Controleer de gemarkeerde velden.',
      en: 'Some of the data is not valid. Please check the marked fields.',
    },
  },
  bad_request: {
    status: 400,
    title: 'Bad request',
    message: {
      nl: 'Het verzoek kon niet worden verwerkt.',
      en: 'The request could not be processed.',
    },
  },
  unauthenticated: {
    status: 401,
    title: 'Unauthenticated',
    message: { nl: 'U bent niet ingelogd.', en: 'You are not logged in.' },
  },
  csrf_invalid: {
    status: 403,
    title: 'CSRF token missing or invalid',
    message: {
      nl: 'Uw sessie is verlopen of het formulier is ongeldig. Laad de pagina opnieuw.',
      en: 'Your session has expired or the form is invalid. Please reload the page.',
    },
  },
  forbidden: {
    status: 403,
    title: 'Forbidden',
    message: {
      nl: 'U heeft geen toegang tot deze gegevens.',
      en: 'You do not have access to this data.',
    },
  },
  not_found: {
    status: 404,
    title: 'Not found',
    message: { nl: 'Deze pagina of dit gegeven bestaat niet.', en: 'This page or item does not exist.' },
  },
  demo_login_disabled: {
    status: 404,
    title: 'Demo login disabled',
    message: {
      nl: 'Demo-inloggen is niet beschikbaar in deze omgeving.',
      en: 'Demo login is not available in this environment.',
    },
  },
  unknown_user: {
    status: 400,
    title: 'Unknown user',
    message: { nl: 'Deze gebruiker bestaat niet.', en: 'This user does not exist.' },
  },
  oidc_not_configured: {
    status: 404,
    title: 'OpenID Connect not configured',
    message: {
      nl: 'Inloggen met een organisatie-account is niet ingesteld.',
      en: 'Login with an organisation account is not configured.',
    },
  },
  oidc_failed: {
    status: 401,
    title: 'OpenID Connect login failed',
    message: {
      nl: 'Inloggen is niet gelukt. Probeer het opnieuw.',
      en: 'Login failed. Please try again.',
    },
  },
  oidc_unknown_account: {
    status: 403,
    title: 'No Eén Plan account for this login',
    message: {
      nl: 'Er is geen Eén Plan-account gekoppeld aan dit inlogaccount.',
      en: 'No Eén Plan account is linked to this login.',
    },
  },
  version_conflict: {
    status: 409,
    title: 'Version conflict',
    message: {
      nl: 'Iemand anders heeft dit intussen gewijzigd. Bekijk de wijzigingen en probeer het opnieuw.',
      en: 'Someone else changed this in the meantime. Review the changes and try again.',
    },
  },
  household_member_conflict: {
    status: 409,
    title: 'Membership conflict',
    message: {
      nl: 'Deze persoon hoort op dit moment al bij een huishouden of is vandaag al gewijzigd.',
      en: 'This person already belongs to a household or was already changed today.',
    },
  },
  invalid_search: {
    status: 400,
    title: 'Invalid search',
    message: {
      nl: 'Vul een geldige zoekvraag in: naam, geboortedatum, postcode met huisnummer of BSN.',
      en: 'Enter a valid search: name, date of birth, postcode with house number, or BSN.',
    },
  },
  plan_not_found: {
    status: 404,
    title: 'No family plan yet',
    message: { nl: 'Dit huishouden heeft nog geen plan.', en: 'This household does not have a plan yet.' },
  },
  plan_exists: {
    status: 409,
    title: 'Plan already exists',
    message: {
      nl: 'Dit huishouden heeft al een plan dat nog loopt.',
      en: 'This household already has a plan that is not closed.',
    },
  },
  plan_closed: {
    status: 409,
    title: 'Plan is closed',
    message: {
      nl: 'Dit plan is afgesloten en kan niet meer veranderen.',
      en: 'This plan is closed and cannot change.',
    },
  },
  plan_transition_not_allowed: {
    status: 409,
    title: 'Plan state change not allowed',
    message: {
      nl: 'Het plan kan niet van deze fase naar de gekozen fase.',
      en: 'The plan cannot move from its current state to the chosen state.',
    },
  },
  plan_agreement_incomplete: {
    status: 422,
    title: 'Agreement incomplete',
    message: {
      nl: 'Nog niet iedereen heeft akkoord gegeven op deze versie van het plan.',
      en: 'Not everyone has agreed to this version of the plan yet.',
    },
  },
  plan_agreement_not_required: {
    status: 422,
    title: 'Agreement not needed from this person',
    message: {
      nl: 'Voor dit plan is geen akkoord van deze persoon nodig.',
      en: 'This person does not need to agree to this plan.',
    },
  },
  safety_condition_locked: {
    status: 422,
    title: 'Condition set by Veilig Thuis or the certified institution',
    message: {
      nl: 'Een voorwaarde van Veilig Thuis of de gecertificeerde instelling kan alleen door hen worden veranderd.',
      en: 'A condition set by Veilig Thuis or the certified institution can only be changed by them.',
    },
  },
  plan_action_not_own: {
    status: 403,
    title: 'Not your own action',
    message: {
      nl: 'U kunt alleen uw eigen acties afvinken.',
      en: 'You can only mark your own actions as done.',
    },
  },
  plan_proposal_decided: {
    status: 409,
    title: 'Proposal already decided',
    message: { nl: 'Over dit voorstel is al besloten.', en: 'This proposal has already been decided.' },
  },
  satisfaction_not_open: {
    status: 409,
    title: 'No open question',
    message: {
      nl: 'Er staan nu geen vragen voor u klaar. Misschien heeft u ze al beantwoord.',
      en: 'There are no questions for you right now. You may have answered them already.',
    },
  },
  plan_evaluation_missing: {
    status: 422,
    title: 'Evaluation missing',
    message: {
      nl: 'Leg eerst een evaluatie vast voordat u het plan afsluit.',
      en: 'Record an evaluation before closing the plan.',
    },
  },
  plan_not_in_evaluation: {
    status: 409,
    title: 'Plan is not in evaluation',
    message: {
      nl: 'Een evaluatie kan alleen als het plan in de fase evaluatie is.',
      en: 'An evaluation can only be recorded when the plan is in evaluation.',
    },
  },
  payload_too_large: {
    status: 413,
    title: 'Payload too large',
    message: { nl: 'Het verzoek is te groot.', en: 'The request is too large.' },
  },
  unsupported_media_type: {
    status: 415,
    title: 'Unsupported media type',
    message: {
      nl: 'Dit soort gegevens wordt niet ondersteund.',
      en: 'This content type is not supported.',
    },
  },
  rate_limited: {
    status: 429,
    title: 'Too many requests',
    message: {
      nl: 'Te veel pogingen. Wacht even en probeer het opnieuw.',
      en: 'Too many attempts. Please wait a moment and try again.',
    },
  },
  internal_error: {
    status: 500,
    title: 'Internal server error',
    message: {
      nl: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
      en: 'Something went wrong on our side. Please try again later.',
    },
  },
  service_unavailable: {
    status: 503,
    title: 'Service unavailable',
    message: {
      nl: 'De dienst is tijdelijk niet beschikbaar.',
      en: 'The service is temporarily unavailable.',
    },
  },
  ...inputProblems,
  ...authProblems,
  ...referralProblems,
  ...tenantThemeProblems,
  ...assignmentProblems,
  ...declarationProblems,
  ...requestProblems,
  ...consentProblems,
  ...taskProblems,
  ...crisisProblems,
  ...protectionProblems,
  ...placementProblems,
  ...futurePlanProblems,
  ...rightsProblems,
  ...safetyProblems,
  ...retentionProblems,
  ...budgetProblems,
} satisfies Record<string, ProblemDefinition>;

export type ProblemCode = keyof typeof problemCatalog;
