import { assignmentsEn } from './assignments.en.ts';
import { breakGlassEn } from './break-glass.en.ts';
import { budgetsEn } from './budgets.en.ts';
import { closureEn } from './closure.en.ts';
import { connectionsEn } from './connections.en.ts';
import { consentNavEn } from './consent-nav.en.ts';
import { contractsAdminEn } from './contracts-admin.en.ts';
import { crisisEn } from './crisis.en.ts';
import { declarationsEn } from './declarations.en.ts';
import { futurePlanEn } from './future-plan.en.ts';
import { homeEn } from './home.en.ts';
import { householdsEn } from './households.en.ts';
import { lifeDomainsEn } from './life-domains.en.ts';
import type { nl } from './nl.ts';
import { outcomesEn } from './outcomes.en.ts';
import { placementsEn } from './placements.en.ts';
import { plansEn } from './plans.en.ts';
import { referralsEn } from './referrals.en.ts';
import { requestsEn } from './requests.en.ts';
import { retentionEn } from './retention.en.ts';
import { rightsEn } from './rights.en.ts';
import { safetyEn } from './safety.en.ts';
import { safetyPlanEn } from './safety-plan.en.ts';
import { tasksEn } from './tasks.en.ts';
import { themeEn } from './theme.en.ts';
import type { TranslationTree } from './translation-tree.ts';

export const en: TranslationTree<typeof nl> = {
  app: {
    name: 'Eén Plan',
    tagline: 'One household, one plan, one coordinator',
    pageTitle: '{{page}} – Eén Plan',
  },
  skipLink: 'Skip to content',
  language: {
    groupLabel: 'Language',
    nl: 'Nederlands',
    en: 'English',
  },
  header: {
    tenant: 'Municipality',
    loggedInAs: 'Logged in as',
    logout: 'Log out',
    loggingOut: 'Logging out…',
  },
  navigation: {
    label: 'Main menu',
    home: 'Home',
    myPlan: 'My plan',
    households: 'My households',
  },
  footer: {
    label: 'About this website',
    about: 'Eén Plan is open source software for the social domain and youth care of municipalities.',
    accessibility: 'This website is made for everyone, also with only a keyboard or a screen reader.',
  },
  roles: {
    coordinator: 'Coordinator',
    team_lead: 'Team lead',
    source: 'Referring professional',
    provider: 'Youth care provider',
    safety: 'Veilig Thuis (safety)',
    policy_analyst: 'Policy analyst',
    admin: 'Administrator',
    resident: 'Resident',
    crisis_service: 'Crisis service',
    certified_institution: 'Certified institution (child protection)',
  },
  status: {
    loading: 'Loading…',
    genericError: 'Something went wrong. Please try again later.',
    networkError: 'The server cannot be reached. Check your internet connection and try again.',
    errorTitle: 'Something went wrong',
    retry: 'Try again',
    loadMore: 'Load more',
    loadingMore: 'Loading more…',
  },
  login: {
    title: 'Log in',
    intro: 'Log in to continue with Eén Plan.',
    oidcButton: 'Log in with your organisation account',
    noMethods: 'Logging in is not possible right now. Please contact the administrator.',
    demoTitle: 'Demo login',
    demoIntro: 'This environment contains made-up data only. Pick a demo user to try out the role.',
    demoLoginAs: 'Log in as {{name}}',
    demoOrganisation: 'Organisation: {{organisation}}',
    demoEmpty: 'There are no demo users.',
    loggingIn: 'Logging in…',
  },
  workspace: {
    title: 'Workspace',
    greeting: 'Welcome, {{name}}',
    team: 'Team: {{team}}',
  },
  caseStatus: {
    referral: 'Referral',
    intake: 'Kitchen-table conversation',
    planning: 'Making the plan',
    active: 'Active',
    evaluation: 'Evaluation',
    closed: 'Closed',
  },
  portal: {
    fileSignal: 'Ask for help or report a worry',
    title: 'My plan',
    intro: 'Here you see the plan of your family. You can see who helps you and who belongs to your family.',
    household: 'Your family',
    coordinatorTitle: 'Who helps you?',
    coordinator:
      'Your coordinator is {{name}}. This is your regular contact person. This person helps you with the plan.',
    noCoordinator:
      'You do not have a coordinator yet. We are looking for someone for you. You will hear from us soon.',
    membersTitle: 'Who belongs to your family?',
    member: '{{name}}, {{age}} years old',
    membersEmpty: 'There are no family members in your plan yet.',
  },
  notFound: {
    title: 'Page not found',
    message: 'This page does not exist (anymore). Perhaps the link is wrong.',
    home: 'Go to the start page',
  },
  ...plansEn,
  ...safetyPlanEn,
  ...closureEn,
  ...outcomesEn,
  ...budgetsEn,
  ...assignmentsEn,
  ...contractsAdminEn,
  ...declarationsEn,
  ...requestsEn,
  ...connectionsEn,
  ...breakGlassEn,
  ...referralsEn,
  ...themeEn,
  ...tasksEn,
  ...crisisEn,
  ...placementsEn,
  ...rightsEn,
  ...safetyEn,
  ...retentionEn,
  ...householdsEn,
  ...homeEn,
  ...lifeDomainsEn,
  ...consentNavEn,
  ...futurePlanEn,
};
