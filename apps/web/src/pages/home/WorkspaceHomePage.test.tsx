// @vitest-environment jsdom
import type { CoordinatorHome, ProviderHome, SafetyHome } from '@een-plan/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, held, ok, problem } from '../../testing/fake-api.ts';
import { sessionAs } from '../../testing/fixtures.ts';
import { renderPage } from '../../testing/render-page.tsx';
import { WorkspaceHomePage } from '../WorkspaceHomePage.tsx';

const open = () => renderPage(WorkspaceHomePage, { path: '/werkruimte', url: '/werkruimte' });
const api = () => fakeApi().on('GET /api/auth/session', problem('unauthenticated'));

const coordinatorHome: CoordinatorHome = {
  kind: 'coordinator',
  teamName: 'Sociaal team Nieuw-Vennep',
  caseload: {
    items: [
      {
        householdId: 'hh-jansen',
        name: 'Gezin Jansen',
        areaName: 'Nieuw-Vennep',
        memberCount: 4,
        status: 'active',
        nextEvaluationDate: '2027-03-01',
        openActionCount: 6,
        safetyFlag: false,
        comingOfAge: true,
      },
    ],
    total: 1,
  },
  plansAwaitingAgreement: {
    items: [{ householdId: 'hh-jansen', householdName: 'Gezin Jansen', state: 'concept', version: 1 }],
    total: 1,
  },
  evaluationsDue: { items: [], total: 0 },
  openRequests: 0,
};

const emptyProviderHome: ProviderHome = {
  kind: 'provider',
  newAssignments: { items: [], total: 0 },
  startsOverdue: { items: [], total: 0 },
  openRequests: { items: [], total: 0 },
  declarationsNeedingAttention: { items: [], total: 0 },
};

describe('the coordinator home', () => {
  it('shows the loading state, then the caseload with each household as a link to its dossier', async () => {
    const answer = held();
    api()
      .on('GET /api/home', answer.answer)
      .on('GET /api/tasks', ok({ items: [], total: 0 }));
    open();
    expect(await screen.findByRole('status')).toHaveTextContent('Bezig met laden…');
    answer.release(ok(coordinatorHome));
    const caseload = (await screen.findByRole('heading', { level: 2, name: 'Mijn huishoudens' })).closest(
      'section',
    ) as HTMLElement;
    expect(within(caseload).getByRole('link', { name: 'Gezin Jansen' })).toHaveAttribute(
      'href',
      '/werkruimte/huishoudens/hh-jansen',
    );
    expect(within(caseload).getByRole('link', { name: 'Alle huishoudens en zoeken' })).toHaveAttribute(
      'href',
      '/werkruimte/huishoudens',
    );
    const plans = screen
      .getByRole('heading', { name: 'Plannen die wachten op akkoord' })
      .closest('section') as HTMLElement;
    expect(within(plans).getByRole('link', { name: 'Gezin Jansen' })).toHaveAttribute(
      'href',
      '/werkruimte/huishoudens/hh-jansen/plan',
    );
    expect(screen.getByText('Geen evaluaties in de komende 21 dagen.')).toBeInTheDocument();
    expect(screen.getByText('Geen open verzoeken van aanbieders.')).toBeInTheDocument();
    // Counts in a form that reads right for 1 too (not "1 plannen wachten").
    expect(
      screen.getByText(
        'Uw werk van vandaag. Huishoudens: 1. Plannen die wachten op akkoord: 1. Evaluaties binnenkort: 0.',
      ),
    ).toBeInTheDocument();
    // Tasks come first on the coordinator's home.
    expect(await screen.findByText('U hebt geen open taken.')).toBeInTheDocument();
    // The old home's dead end is gone.
    expect(screen.queryByText('U bent nog niet aan een team gekoppeld.')).not.toBeInTheDocument();
  });

  it('says in Dutch when the home cannot be loaded, and offers to try again', async () => {
    api().on('GET /api/home', problem('internal_error'));
    open();
    expect(await screen.findByRole('heading', { name: 'Er ging iets mis' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeInTheDocument();
  });
});

describe('the provider home', () => {
  it('says there is nothing to do in each section, and offers no caseload', async () => {
    api().on('GET /api/home', ok(emptyProviderHome));
    open();
    expect(await screen.findByText('Geen nieuwe toewijzingen.')).toBeInTheDocument();
    expect(screen.getByText('Geen toewijzingen waarvan de start te laat is.')).toBeInTheDocument();
    expect(screen.getByText('Geen open verzoeken.')).toBeInTheDocument();
    expect(screen.getByText('Geen afgekeurde declaraties.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /huishoudens/i })).not.toBeInTheDocument();
  });

  it('lists an assignment waiting for its start with the date to report it by', async () => {
    api().on(
      'GET /api/home',
      ok({
        ...emptyProviderHome,
        newAssignments: {
          items: [
            {
              assignmentId: 'asg-1',
              assignmentNumber: 1003,
              personFirstName: 'Deniz',
              productName: 'Specialistische ambulante jeugdhulp',
              startDate: '2026-12-06',
              startDueDate: '2026-12-16',
            },
          ],
          total: 1,
        },
      }),
    );
    open();
    const section = (
      await screen.findByRole('heading', { name: 'Nieuwe toewijzingen: start melden' })
    ).closest('section') as HTMLElement;
    expect(section).toHaveTextContent('1003 · Deniz: Specialistische ambulante jeugdhulp');
    expect(section).toHaveTextContent('16 december 2026');
    expect(within(section).getByRole('link', { name: 'Naar Toewijzingen' })).toHaveAttribute(
      'href',
      '/toewijzingen',
    );
  });
});

describe('the Veilig Thuis home', () => {
  it('lists its break-glass access waiting for review, with counts that read right for 1', async () => {
    const home: SafetyHome = {
      kind: 'safety',
      accesses: {
        items: [
          {
            id: 'bg-1',
            householdName: 'Gezin Öztürk',
            openedAt: '2026-11-27T09:00:00Z',
            active: false,
            reviewOutcome: null,
          },
        ],
        total: 1,
      },
      active: 0,
      awaitingReview: 1,
    };
    api().on('GET /api/home', ok(home));
    open();
    const section = (await screen.findByRole('heading', { level: 2, name: 'Mijn noodtoegang' })).closest(
      'section',
    ) as HTMLElement;
    expect(within(section).getByText('Nu open: 0. Wacht op beoordeling: 1.')).toBeInTheDocument();
    expect(within(section).getByRole('listitem')).toHaveTextContent('Gezin Öztürk');
    expect(within(section).getByRole('listitem')).toHaveTextContent('Wacht op beoordeling');
  });
});

describe('the home does not jump while it loads', () => {
  it('shows the coordinator sections only when the tasks panel on top has its tasks too', async () => {
    const tasks = held();
    fakeApi()
      .on('GET /api/auth/session', ok(sessionAs('coordinator')))
      .on('GET /api/home', ok(coordinatorHome))
      .on('GET /api/tasks/count', ok({ open: 0 }))
      .on('GET /api/tasks', tasks.answer);
    open();
    expect(
      await screen.findByText(`Welkom, ${sessionAs('coordinator').user.displayName}`, { exact: false }),
    ).toBeInTheDocument();
    // The home has answered, but the tasks panel has not: the sections below it wait with it.
    expect(screen.getByRole('status')).toHaveTextContent('Bezig met laden…');
    expect(screen.queryByRole('heading', { level: 2, name: 'Mijn huishoudens' })).not.toBeInTheDocument();
    tasks.release(ok({ items: [], total: 0 }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Mijn huishoudens' })).toBeInTheDocument();
    expect(screen.queryByText('Bezig met laden…')).not.toBeInTheDocument();
  });
});
