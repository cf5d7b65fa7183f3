import type { PlanGoal, PlanState } from '@een-plan/contracts';

export const T = '0394';

/** Offer on the social map (issue 5 module); referenced by id with a label snapshot. */
const DEMO_SOCIAL_MAP_OFFER = { id: 'offer-schuldhulp', label: 'Schuldhulp Haarlemmermeer' };

type DemoAction = Omit<PlanGoal['actions'][number], 'goalId'>;

export type DemoGoal = Omit<PlanGoal, 'actions'> & { actions: DemoAction[] };

export interface DemoPlan {
  id: string;
  householdId: string;
  state: PlanState;
  createdBy: string;
  vision: string;
  goals: DemoGoal[];
  nextEvaluationDate: string | null;
  createdAt: string;
  /** Parties who agreed to version 1: person ids and/or 'coordinator'. */
  agreedBy: string[];
  evaluation?: {
    id: string;
    evaluatedOn: string;
    results: Array<{ goalId: string; result: 'achieved' | 'partly' | 'not_achieved' }>;
    nextSteps: string;
    scores: Array<{ personId: string; domainCode: string; score: number }>;
  };
}

function action(
  id: string,
  description: string,
  owner: DemoAction['owner'],
  level: number,
  status: DemoAction['status'] = 'open',
  dates: [string | null, string | null] = [null, null],
): DemoAction {
  return { id, description, owner, level, startDate: dates[0], endDate: dates[1], status };
}

export function demoPlans(oma: { id: string; label: string }): DemoPlan[] {
  return [
    {
      id: 'plan-jansen',
      householdId: 'hh-jansen',
      state: 'concept',
      createdBy: 'u-sanne',
      createdAt: '2026-11-10T10:00:00Z',
      nextEvaluationDate: '2027-03-01',
      vision:
        'We willen weer rust in huis. Tom gaat graag naar school en mama heeft geen zorgen meer over geld.',
      agreedBy: [],
      goals: [
        {
          id: 'goal-jansen-school',
          domainCode: 'parenting_development',
          description: 'Tom gaat weer elke dag met plezier naar school.',
          achievedWhen: 'Tom is een hele maand niet ziek gemeld en vertelt thuis over school.',
          priority: 'high',
          targetDate: '2027-03-01',
          concernsPersonIds: ['p-tom'],
          actions: [
            action(
              'act-jansen-oma',
              'Oma haalt Tom op woensdag en vrijdag uit school.',
              { kind: 'network_member', ref: oma.id, label: oma.label },
              0,
              'in_progress',
              ['2026-11-15', '2027-03-01'],
            ),
            action(
              'act-jansen-jeugdhulp',
              'Gesprekken met Tom over boosheid en angst (8 keer).',
              { kind: 'provider', ref: 'org-jeugdhulp', label: 'Jeugdhulp Kennemerland' },
              2,
              // The provider has started (assignments demo): the start moved it to in progress.
              'in_progress',
              ['2026-12-01', '2027-02-28'],
            ),
            action(
              'act-jansen-anouk',
              'Elke week even bellen met de juf van Tom.',
              { kind: 'household_member', ref: 'p-anouk', label: 'Anouk' },
              0,
              'open',
            ),
          ],
        },
        {
          id: 'goal-jansen-geld',
          domainCode: 'finances',
          description: 'Wij hebben overzicht over ons geld en de schulden worden minder.',
          achievedWhen: 'Alle rekeningen zijn betaald en er is een regeling voor de schulden.',
          priority: 'high',
          targetDate: '2027-06-01',
          concernsPersonIds: ['p-anouk', 'p-mark'],
          actions: [
            action(
              'act-jansen-schuldhulp',
              'Aanmelden bij de schuldhulp en samen de post doorlopen.',
              { kind: 'social_map_offer', ref: DEMO_SOCIAL_MAP_OFFER.id, label: DEMO_SOCIAL_MAP_OFFER.label },
              1,
              'open',
            ),
            action(
              'act-jansen-sanne',
              'Regisseur helpt met de aanvraag voor bijzondere bijstand.',
              { kind: 'professional', ref: 'u-sanne', label: 'Sanne de Vries' },
              1,
              'open',
            ),
          ],
        },
        {
          id: 'goal-jansen-lisa',
          domainCode: 'work_education',
          description: 'Lisa weet welke opleiding ze na de zomer gaat doen.',
          achievedWhen: 'Lisa is aangemeld bij een mbo-opleiding die ze zelf kiest.',
          priority: 'medium',
          targetDate: '2027-05-01',
          concernsPersonIds: ['p-lisa'],
          actions: [
            action(
              'act-jansen-lisa',
              'Lisa gaat naar twee open dagen.',
              { kind: 'household_member', ref: 'p-lisa', label: 'Lisa' },
              0,
              'open',
            ),
          ],
        },
      ],
    },
    {
      id: 'plan-ozturk',
      householdId: 'hh-ozturk',
      state: 'active',
      createdBy: 'u-sanne',
      createdAt: '2026-09-01T10:00:00Z',
      nextEvaluationDate: '2026-12-15',
      vision: 'Deniz kan naar de opvang, en ik kan weer werken.',
      agreedBy: ['p-elif', 'coordinator'],
      goals: [
        {
          id: 'goal-ozturk-werk',
          domainCode: 'work_education',
          description: 'Elif werkt weer drie dagen per week.',
          achievedWhen: 'Elif heeft een contract voor minstens 24 uur.',
          priority: 'high',
          targetDate: '2027-01-31',
          concernsPersonIds: ['p-elif'],
          actions: [
            action(
              'act-ozturk-opvang',
              'Deniz aanmelden bij de kinderopvang.',
              { kind: 'household_member', ref: 'p-elif', label: 'Elif' },
              0,
              'done',
            ),
            action(
              'act-ozturk-werk',
              'Gesprek met het werkgeversservicepunt.',
              { kind: 'professional', ref: 'u-sanne', label: 'Sanne de Vries' },
              1,
              'in_progress',
            ),
          ],
        },
        {
          id: 'goal-ozturk-deniz',
          domainCode: 'parenting_development',
          description: 'Deniz is minder vaak boos, thuis en op de opvang.',
          achievedWhen: 'Deniz heeft een maand lang geen grote driftbuien op de opvang.',
          priority: 'high',
          targetDate: '2027-06-01',
          concernsPersonIds: ['p-deniz'],
          actions: [
            // Assigned above the approval threshold (assignments demo): it waits for the team lead.
            action(
              'act-ozturk-jeugdhulp',
              'Hulp thuis voor Deniz en Elif, 5 uur per week.',
              { kind: 'provider', ref: 'org-jeugdhulp', label: 'Jeugdhulp Kennemerland' },
              2,
              'open',
            ),
          ],
        },
      ],
    },
    {
      id: 'plan-de-graaf-2025',
      householdId: 'hh-de-graaf',
      state: 'closed',
      createdBy: 'u-mohamed',
      createdAt: '2025-03-01T10:00:00Z',
      nextEvaluationDate: null,
      vision: 'Sem maakt zijn school af.',
      agreedBy: ['p-willem', 'p-sem', 'coordinator'],
      goals: [
        {
          id: 'goal-de-graaf-2025',
          domainCode: 'work_education',
          description: 'Sem haalt zijn diploma.',
          achievedWhen: 'Sem heeft zijn vmbo-diploma.',
          priority: 'high',
          targetDate: '2025-07-15',
          concernsPersonIds: ['p-sem'],
          actions: [
            action(
              'act-de-graaf-2025',
              'Bijles wiskunde.',
              { kind: 'household_member', ref: 'p-sem', label: 'Sem' },
              0,
              'done',
            ),
          ],
        },
      ],
      evaluation: {
        id: 'eval-de-graaf-2025',
        evaluatedOn: '2025-08-01',
        results: [{ goalId: 'goal-de-graaf-2025', result: 'achieved' }],
        nextSteps: 'Diploma gehaald. Nieuw plan voor wonen en geld als Sem 18 wordt.',
        scores: [
          { personId: 'p-sem', domainCode: 'work_education', score: 4 },
          { personId: 'p-willem', domainCode: 'finances', score: 2 },
        ],
      },
    },
    {
      id: 'plan-de-graaf',
      householdId: 'hh-de-graaf',
      state: 'in_evaluation',
      createdBy: 'u-mohamed',
      createdAt: '2026-02-01T10:00:00Z',
      nextEvaluationDate: '2026-11-30',
      vision: 'Sem woont straks zelfstandig en papa houdt zijn huis.',
      agreedBy: ['p-willem', 'p-sem', 'coordinator'],
      goals: [
        {
          id: 'goal-de-graaf-18',
          domainCode: 'housing',
          description: 'Sem is voorbereid op zijn 18e verjaardag.',
          achievedWhen: 'Sem heeft een zorgverzekering, een bankrekening en weet waar hij hulp vraagt.',
          priority: 'high',
          targetDate: '2026-12-01',
          concernsPersonIds: ['p-sem'],
          actions: [
            action(
              'act-de-graaf-jim',
              'Maandelijks een gesprek met Henk over wat er na je 18e verandert.',
              { kind: 'network_member', ref: 'nm-de-graaf-vrijwilliger', label: 'Henk Mulder (maatje)' },
              0,
              'done',
            ),
            action(
              'act-de-graaf-geld',
              'Budgetcursus.',
              { kind: 'social_map_offer', ref: 'offer-geldfit', label: 'Geldfit spreekuur' },
              1,
              'in_progress',
            ),
          ],
        },
      ],
      evaluation: {
        id: 'eval-de-graaf-2026',
        evaluatedOn: '2026-06-01',
        results: [{ goalId: 'goal-de-graaf-18', result: 'partly' }],
        nextSteps: 'Budgetcursus afmaken; zorgverzekering regelen voor december.',
        scores: [
          { personId: 'p-sem', domainCode: 'work_education', score: 4 },
          { personId: 'p-sem', domainCode: 'finances', score: 3 },
          { personId: 'p-willem', domainCode: 'finances', score: 3 },
        ],
      },
    },
    {
      id: 'plan-pinas',
      householdId: 'hh-pinas',
      state: 'agreed',
      createdBy: 'u-ahmed',
      createdAt: '2026-11-01T10:00:00Z',
      nextEvaluationDate: '2027-02-01',
      vision: 'Jayden krijgt hulp bij leren en ik krijg wat lucht.',
      agreedBy: ['p-naomi', 'coordinator'],
      goals: [
        {
          id: 'goal-pinas-leren',
          domainCode: 'parenting_development',
          description: 'Jayden krijgt extra hulp bij lezen.',
          achievedWhen: 'Jayden leest op het niveau van zijn groep.',
          priority: 'medium',
          targetDate: '2027-07-01',
          concernsPersonIds: ['p-jayden'],
          actions: [
            action(
              'act-pinas-bieb',
              'Een taalmaatje leest elke week met Jayden.',
              { kind: 'social_map_offer', ref: 'offer-taalmaatje', label: 'Taalmaatje' },
              0,
              'open',
            ),
            action(
              'act-pinas-cjg',
              'Opvoedgesprek bij het CJG.',
              { kind: 'provider', ref: 'org-cjg', label: 'CJG Haarlemmermeer' },
              1,
              'open',
            ),
          ],
        },
      ],
    },
  ];
}
