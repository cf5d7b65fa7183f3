// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
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

describe('plan page contents (in-page navigation)', () => {
  it('lists the plan’s sections as links that move focus to the section, and names domains at once', async () => {
    fakeApi()
      .on(`GET ${planPath}`, ok({ plan: familyPlan(), householdId: 'hh-jansen' }))
      .on('GET /api/households/hh-jansen/self-reliance/trend', ok({ points: [] }))
      .on('GET /api/households/hh-jansen/assignments', ok({ assignments: [] }))
      .on(`GET ${planPath}/versions`, ok({ versions: [] }))
      .on(`GET ${planPath}/safety`, ok({ safetyPlan: null }));
    const { user } = openCoordinator();
    const toc = await screen.findByRole('navigation', { name: 'Inhoud van het plan' });
    // Sections load on their own (the trend, the assignments); the contents follow each one that appears.
    await screen.findByRole('heading', { level: 2, name: 'Zelfredzaamheid door de tijd' });
    await waitFor(() => {
      const links = within(toc).getAllByRole('link');
      const headings = screen.getAllByRole('heading', { level: 2 });
      // One link per section heading, in reading order, each pointing at its heading.
      expect(links.map((l) => l.textContent)).toEqual(headings.map((h) => h.textContent));
      expect(links.map((l) => l.getAttribute('href'))).toEqual(headings.map((h) => `#${h.id}`));
    });
    const goals = within(toc).getByRole('link', { name: 'Doelen en acties' });
    goals.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 2, name: 'Doelen en acties' })).toHaveFocus();
    // The goal's life domain by name (from the i18n bundle), never its code.
    expect(screen.getByText('Opvoeding en ontwikkeling van het kind')).toBeInTheDocument();
    expect(screen.queryByText('parenting_development')).not.toBeInTheDocument();
  });
});

describe('plan versions', () => {
  it('says plainly that a name was removed from a version, with the key of what was agreed', async () => {
    const version = (n: number, redaction: unknown) => ({
      version: n,
      createdAt: `2026-10-0${n}T08:00:00.000Z`,
      createdByName: 'Sanne de Vries',
      changeSummary: '',
      agreedBy: ['Anouk'],
      redaction,
    });
    const originalKey = 'a'.repeat(64);
    fakeApi()
      .on(`GET ${planPath}`, ok({ plan: familyPlan(), householdId: 'hh-jansen' }))
      .on('GET /api/households/hh-jansen/self-reliance/trend', ok({ points: [] }))
      .on('GET /api/households/hh-jansen/assignments', ok({ assignments: [] }))
      .on(
        `GET ${planPath}/versions`,
        ok({
          versions: [
            version(2, null),
            version(1, { redactedAt: '2026-11-20T10:00:00.000Z', reason: 'person_erasure', originalKey }),
          ],
        }),
      )
      .on(`GET ${planPath}/safety`, ok({ safetyPlan: null }));
    openCoordinator();
    const versions = (await screen.findByRole('heading', { level: 2, name: 'Versies' })).closest('section')!;
    const [second, first] = await within(versions).findAllByRole('listitem');
    expect(first).toHaveTextContent(
      'In deze versie is een naam weggehaald, omdat iemand vroeg om zijn gegevens te wissen (20 november 2026). Wat is afgesproken, blijft geldig.',
    );
    expect(within(first!).getByText(originalKey)).toBeInTheDocument();
    expect(
      within(first!).getByText('Controlecode van de versie zoals die is afgesproken'),
    ).toBeInTheDocument();
    expect(second).not.toHaveTextContent('weggehaald');
  });
});

describe('portal plan page and its comments', () => {
  it('names the goal’s topic in everyday words, with contents of the page', async () => {
    fakeApi()
      .on('GET /api/my/plan', ok({ plan: familyPlan(), householdId: 'hh-jansen' }))
      .on(`GET ${planPath}/safety`, ok({ safetyPlan: null }));
    openPortal();
    expect(await screen.findByRole('navigation', { name: 'Inhoud van het plan' })).toBeInTheDocument();
    expect(screen.getByText('Opvoeden en opgroeien')).toBeInTheDocument();
    expect(screen.getByText('Onderwerp')).toBeInTheDocument();
    expect(screen.queryByText('Leefgebied')).not.toBeInTheDocument();
  });

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
      .on(`POST ${planPath}/comments`, { status: 201, body: { id: 'c-1' } })
      .on(`GET ${planPath}/safety`, ok({ safetyPlan: null }));
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
      .on(`POST ${planPath}/comments`, problem('forbidden'))
      .on(`GET ${planPath}/safety`, ok({ safetyPlan: null }));
    const { user } = openPortal();
    const comments = (await screen.findByRole('heading', { name: 'Reacties' })).closest('section')!;
    await user.type(within(comments).getByLabelText('Uw reactie'), 'Mag dit?');
    await user.click(within(comments).getByRole('button', { name: 'Reactie plaatsen' }));
    expect(await screen.findByText('U heeft geen toegang tot deze gegevens.')).toBeInTheDocument();
    expect(within(comments).getByLabelText('Uw reactie')).toHaveValue('Mag dit?');
  });
});
