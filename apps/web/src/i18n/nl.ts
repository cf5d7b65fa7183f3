import { assignmentsNl } from './assignments.nl.ts';
import { breakGlassNl } from './break-glass.nl.ts';
import { budgetsNl } from './budgets.nl.ts';
import { closureNl } from './closure.nl.ts';
import { connectionsNl } from './connections.nl.ts';
import { consentNavNl } from './consent-nav.nl.ts';
import { contractsAdminNl } from './contracts-admin.nl.ts';
import { crisisNl } from './crisis.nl.ts';
import { declarationsNl } from './declarations.nl.ts';
import { futurePlanNl } from './future-plan.nl.ts';
import { homeNl } from './home.nl.ts';
import { householdsNl } from './households.nl.ts';
import { lifeDomainsNl } from './life-domains.nl.ts';
import { outcomesNl } from './outcomes.nl.ts';
import { placementsNl } from './placements.nl.ts';
import { plansNl } from './plans.nl.ts';
import { referralsNl } from './referrals.nl.ts';
import { requestsNl } from './requests.nl.ts';
import { retentionNl } from './retention.nl.ts';
import { rightsNl } from './rights.nl.ts';
import { safetyNl } from './safety.nl.ts';
import { safetyPlanNl } from './safety-plan.nl.ts';
import { tasksNl } from './tasks.nl.ts';
import { themeNl } from './theme.nl.ts';
export const nl = {
  app: {
    name: 'Eén Plan',
    tagline: 'Eén huishouden, één plan, één regisseur',
    pageTitle: '{{page}} – Eén Plan',
  },
  skipLink: 'Naar de inhoud',
  language: {
    groupLabel: 'Taal',
    nl: 'Nederlands',
    en: 'English',
  },
  header: {
    tenant: 'Gemeente',
    loggedInAs: 'Ingelogd als',
    logout: 'Uitloggen',
    loggingOut: 'Bezig met uitloggen…',
  },
  navigation: {
    label: 'Hoofdmenu',
    home: 'Home',
    myPlan: 'Mijn plan',
    households: 'Mijn huishoudens',
  },
  footer: {
    label: 'Over deze website',
    about: 'Eén Plan is open source software voor het sociaal domein en de jeugdhulp van gemeenten.',
    accessibility:
      'Deze website is gemaakt voor iedereen, ook met alleen een toetsenbord of een schermlezer.',
  },
  roles: {
    coordinator: 'Regisseur',
    team_lead: 'Teamleider',
    source: 'Vindplaats',
    provider: 'Jeugdhulpaanbieder',
    safety: 'Veilig Thuis',
    policy_analyst: 'Beleidsmedewerker',
    admin: 'Functioneel beheerder',
    resident: 'Inwoner',
    crisis_service: 'Crisisdienst',
    certified_institution: 'Gecertificeerde instelling (jeugdbescherming)',
  },
  status: {
    loading: 'Bezig met laden…',
    genericError: 'Er ging iets mis. Probeer het later opnieuw.',
    networkError: 'De server is niet bereikbaar. Controleer uw internetverbinding en probeer het opnieuw.',
    errorTitle: 'Er ging iets mis',
    retry: 'Opnieuw proberen',
    loadMore: 'Meer laden',
    loadingMore: 'Meer laden…',
  },
  login: {
    title: 'Inloggen',
    intro: 'Log in om verder te gaan met Eén Plan.',
    oidcButton: 'Inloggen met uw organisatie-account',
    noMethods: 'Inloggen is op dit moment niet mogelijk. Neem contact op met de functioneel beheerder.',
    demoTitle: 'Demo-inloggen',
    demoIntro:
      'Deze omgeving bevat alleen verzonnen gegevens. Kies een demogebruiker om de rol uit te proberen.',
    demoLoginAs: 'Inloggen als {{name}}',
    demoOrganisation: 'Organisatie: {{organisation}}',
    demoEmpty: 'Er zijn geen demogebruikers.',
    loggingIn: 'Bezig met inloggen…',
  },
  workspace: {
    title: 'Werkruimte',
    greeting: 'Welkom, {{name}}',
    team: 'Team: {{team}}',
  },
  caseStatus: {
    referral: 'Aanmelding',
    intake: 'Keukentafelgesprek',
    planning: 'Plan maken',
    active: 'Actief',
    evaluation: 'Evaluatie',
    closed: 'Afgesloten',
  },
  portal: {
    fileSignal: 'Hulp vragen of een zorg melden',
    title: 'Mijn plan',
    intro: 'Hier ziet u het plan van uw gezin. U kunt zien wie u helpt en wie bij uw gezin horen.',
    household: 'Uw gezin',
    coordinatorTitle: 'Wie helpt u?',
    coordinator:
      'Uw regisseur is {{name}}. Dit is uw vaste contactpersoon. Deze persoon helpt u met het plan.',
    noCoordinator: 'U heeft nog geen regisseur. Wij zoeken iemand voor u. U hoort binnenkort van ons.',
    membersTitle: 'Wie horen bij uw gezin?',
    member: '{{name}}, {{age}} jaar',
    membersEmpty: 'Er staan nog geen gezinsleden in uw plan.',
  },
  notFound: {
    title: 'Pagina niet gevonden',
    message: 'Deze pagina bestaat niet (meer). Misschien is de link verkeerd.',
    home: 'Naar de startpagina',
  },
  ...plansNl,
  ...safetyPlanNl,
  ...closureNl,
  ...outcomesNl,
  ...budgetsNl,
  ...assignmentsNl,
  ...contractsAdminNl,
  ...declarationsNl,
  ...requestsNl,
  ...connectionsNl,
  ...breakGlassNl,
  ...referralsNl,
  ...themeNl,
  ...tasksNl,
  ...crisisNl,
  ...placementsNl,
  ...rightsNl,
  ...safetyNl,
  ...retentionNl,
  ...householdsNl,
  ...homeNl,
  ...lifeDomainsNl,
  ...consentNavNl,
  ...futurePlanNl,
} as const;
