// @vitest-environment jsdom
import { CrisisEpisode, type FamilyPlan } from '@een-plan/contracts';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, held, ok, problem } from '../../testing/fake-api.ts';
import { familyPlan, sessionAs } from '../../testing/fixtures.ts';
import { renderPage } from '../../testing/render-page.tsx';
import { CrisisEpisodePage } from './CrisisEpisodePage.tsx';

const episode = CrisisEpisode.parse({
  id: 'ep-1',
  householdId: 'hh-jansen',
  householdName: 'Jansen',
  personFirstName: 'Tom',
  state: 'bridging',
  calledAt: '2026-11-20T08:00:00.000Z',
  onSiteNormExceeded: false,
  bridgingEnd: '2026-11-29',
  nextDeadline: null,
  personId: 'p-tom',
  crisisWorkerName: 'Kees',
  reportedVia: 'phone',
  reporterName: null,
  onSiteAt: '2026-11-20T09:00:00.000Z',
  onSiteMinutes: 60,
  decision: { decidedAt: '2026-11-20T10:00:00.000Z', behaviouralExpertName: 'Dr. Bos', summary: 'Opvang' },
  bridgingStart: '2026-11-20',
  maxBridgingDays: 28,
  exitPlanDueDate: '2026-12-04',
  exitPlanAt: null,
  exitPlanSummary: null,
  handover: null,
  deadlines: [],
  can: { record: false, confirmAsReceiver: false },
});
const draft = {
  episodeId: 'ep-1',
  householdId: 'hh-jansen',
  personId: 'p-tom',
  productCategory: '46',
  startDate: '2026-11-20',
  endDate: '2026-11-29',
  products: [
    {
      contractProductId: 'cp-crisis',
      name: 'Crisisopvang',
      productCode: '46A01',
      unit: '14',
      organisationId: 'org-crisis',
      organisationName: 'Crisisopvang Noord',
    },
  ],
};
const base = familyPlan();
const withCrisisAction = (): FamilyPlan => {
  const goal = base.goals[0] as FamilyPlan['goals'][number];
  return {
    ...base,
    goals: [
      {
        ...goal,
        actions: [
          ...goal.actions,
          {
            id: 'act-crisis',
            goalId: goal.id,
            description: 'Crisisopvang voor Tom',
            owner: { kind: 'provider', ref: 'org-crisis', label: 'Crisisopvang Noord' },
            level: 2,
            startDate: null,
            endDate: null,
            status: 'open',
          },
        ],
      },
    ],
  };
};
const url = '/api/crisis/episodes/ep-1';
const open = () => renderPage(CrisisEpisodePage, { path: '/crisis/$episodeId', url: '/crisis/ep-1' });
type Answer = { status: number; body?: unknown } | Promise<{ status: number; body?: unknown }>;
const api = (plan: FamilyPlan | null = withCrisisAction(), draftAnswer: Answer = ok(draft)) =>
  fakeApi()
    .on('GET /api/auth/session', ok(sessionAs('coordinator')))
    .on(`GET ${url}`, ok(episode))
    .on(`GET ${url}/placement-draft`, draftAnswer)
    .on('GET /api/households/hh-jansen/plan', ok({ plan, householdId: 'hh-jansen' }));

describe('crisis placement from the episode (coordinator)', () => {
  it('shows the loading state, starts from the draft, and assigns after the check and confirmation', async () => {
    const answer = held();
    const fake = api(withCrisisAction(), answer.answer).on(`POST ${url}/placement`, {
      status: 201,
      body: { id: 'as-1', status: 'assigned', budgetCents: 100 },
    });
    const { user } = open();
    await screen.findByRole('heading', { name: 'Crisisplaatsing (categorie 46)' });
    expect(screen.getByRole('status')).toHaveTextContent('Bezig met laden…');
    answer.release(ok(draft));
    expect(await screen.findByLabelText('Crisisproduct (categorie 46)')).toHaveValue('cp-crisis');
    expect(screen.getByLabelText('Actie in het gezinsplan')).toHaveValue('act-crisis');
    expect(screen.getByLabelText('Einddatum')).toHaveValue('2026-11-29');
    await user.click(screen.getByRole('button', { name: 'Controleren' }));
    expect(await screen.findByText(/Crisisopvang bij Crisisopvang Noord/)).toHaveTextContent('(10 dagen)');
    expect(fake.requests(`POST ${url}/placement`)).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Plaatsing toewijzen' }));
    expect(await screen.findByText(/De crisisplaatsing is toegewezen/)).toBeInTheDocument();
    expect(fake.requests(`POST ${url}/placement`)[0]?.body).toEqual({
      planActionId: 'act-crisis',
      contractProductId: 'cp-crisis',
      personId: 'p-tom',
      volume: 10,
      frequency: '6',
      startDate: '2026-11-20',
      endDate: '2026-11-29',
      referrerType: '01',
    });
  });

  it('says at the end date that the period is past the bridging maximum, and sends nothing', async () => {
    const fake = api();
    const { user } = open();
    const end = await screen.findByLabelText('Einddatum');
    await user.clear(end);
    await user.type(end, '2026-12-31');
    await user.clear(screen.getByLabelText('Omvang (aantal)'));
    await user.click(screen.getByRole('button', { name: 'Controleren' }));
    expect(await screen.findByText('Verbeter 2 velden. Ze staan hieronder in rood.')).toBeInTheDocument();
    expect(screen.getByText('Ten hoogste 28 dagen; gekozen: 42.')).toBeInTheDocument();
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Vul een heel getal in van 1 of meer.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Plaatsing toewijzen' })).toBeNull();
    expect(fake.requests(`POST ${url}/placement`)).toHaveLength(0);
  });

  it('tells the coordinator to add a plan action when the plan has none for the crisis provider', async () => {
    api(base);
    open();
    expect(
      await screen.findByText(/Het gezinsplan heeft geen actie voor Crisisopvang Noord/),
    ).toBeInTheDocument();
  });

  it('shows the empty state without contracted crisis products', async () => {
    api(withCrisisAction(), ok({ ...draft, products: [] }));
    open();
    expect(await screen.findByText(/Er is geen gecontracteerd crisisproduct/)).toBeInTheDocument();
  });

  it("shows the server's words when the assignment is refused", async () => {
    api().on(`POST ${url}/placement`, problem('crisis_placement_not_crisis_product'));
    const { user } = open();
    await user.click(await screen.findByRole('button', { name: 'Controleren' }));
    await user.click(await screen.findByRole('button', { name: 'Plaatsing toewijzen' }));
    expect(
      await screen.findByText(problem('crisis_placement_not_crisis_product').body.message.nl),
    ).toBeInTheDocument();
  });
});
