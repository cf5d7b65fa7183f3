// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, held, ok, problem } from '../../testing/fake-api.ts';
import { familyPlan } from '../../testing/fixtures.ts';
import { renderPage } from '../../testing/render-page.tsx';
import { CoordinatorPlanPage } from './CoordinatorPlanPage.tsx';
import { PortalPlanPage } from './PortalPlanPage.tsx';

const planPath = '/api/households/hh-jansen/plan';
const openCoordinator = () =>
  renderPage(CoordinatorPlanPage, {
    path: '/werkruimte/huishoudens/$householdId/plan',
    url: '/werkruimte/huishoudens/hh-jansen/plan',
  });
const openPortal = () => renderPage(PortalPlanPage, { path: '/mijn-plan/plan', url: '/mijn-plan/plan' });

describe('coordinator plan page', () => {
  it('shows the loading state, then offers to start a plan when there is none', async () => {
    const answer = held();
    fakeApi().on(`GET ${planPath}`, answer.answer);
    openCoordinator();
    expect(await screen.findByRole('status')).toHaveTextContent('Bezig met laden…');
    answer.release(ok({ plan: null, householdId: 'hh-jansen' }));
    expect(await screen.findByText('Dit huishouden heeft nog geen plan.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Plan starten' })).toBeEnabled();
  });

  it('says in Dutch why a plan could not be started', async () => {
    const api = fakeApi()
      .on(`GET ${planPath}`, ok({ plan: null, householdId: 'hh-jansen' }))
      .on(`POST ${planPath}`, problem('plan_exists'));
    const { user } = openCoordinator();
    (await screen.findByRole('button', { name: 'Plan starten' })).focus();
    await user.keyboard('{Enter}');
    const message = problem('plan_exists').body.message.nl;
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(api.requests(`POST ${planPath}`)[0]?.body).toEqual({ vision: '' });
  });

  it('says in Dutch when the household is not there', async () => {
    fakeApi().on(`GET ${planPath}`, problem('not_found'));
    openCoordinator();
    expect(await screen.findByText('Deze pagina of dit gegeven bestaat niet.')).toBeInTheDocument();
  });
});

describe('portal plan page and its comments', () => {
  const withComment = familyPlan({
    comments: [
      {
        id: 'c-1',
        goalId: null,
        text: 'Fijn dat de wekker helpt.',
        authorName: 'Anouk',
        createdAt: '2026-11-03T08:00:00.000Z',
      },
    ],
  });

  it('says when there is no plan yet', async () => {
    fakeApi().on('GET /api/my/plan', ok({ plan: null, householdId: 'hh-jansen' }));
    openPortal();
    expect(await screen.findByText('Er is nog geen plan. Uw regisseur maakt het samen met u.')).toBeVisible();
  });

  it('posts a comment and shows it; the send button waits for text', async () => {
    const api = fakeApi()
      .on('GET /api/my/plan', ok({ plan: familyPlan(), householdId: 'hh-jansen' }))
      .on('GET /api/my/plan', ok({ plan: withComment, householdId: 'hh-jansen' }))
      .on(`POST ${planPath}/comments`, { status: 201, body: { id: 'c-1' } });
    const { user } = openPortal();
    const comments = (await screen.findByRole('heading', { name: 'Reacties' })).closest('section')!;
    expect(within(comments).getByText('Nog geen reacties.')).toBeInTheDocument();
    const send = within(comments).getByRole('button', { name: 'Reactie plaatsen' });
    expect(send).toBeDisabled();
    await user.type(within(comments).getByLabelText('Uw reactie'), 'Fijn dat de wekker helpt.');
    await user.click(send);
    expect(await within(comments).findByText(/Anouk: Fijn dat de wekker helpt\./)).toBeInTheDocument();
    expect(within(comments).getByLabelText('Uw reactie')).toHaveValue('');
    expect(api.requests(`POST ${planPath}/comments`)[0]?.body).toEqual({ text: 'Fijn dat de wekker helpt.' });
  });

  it('keeps the comment and says why when it could not be posted', async () => {
    fakeApi()
      .on('GET /api/my/plan', ok({ plan: familyPlan(), householdId: 'hh-jansen' }))
      .on(`POST ${planPath}/comments`, problem('forbidden'));
    const { user } = openPortal();
    const comments = (await screen.findByRole('heading', { name: 'Reacties' })).closest('section')!;
    await user.type(within(comments).getByLabelText('Uw reactie'), 'Mag dit?');
    await user.click(within(comments).getByRole('button', { name: 'Reactie plaatsen' }));
    expect(await screen.findByText('U heeft geen toegang tot deze gegevens.')).toBeInTheDocument();
    expect(within(comments).getByLabelText('Uw reactie')).toHaveValue('Mag dit?');
  });
});
