// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, ok } from '../../testing/fake-api.ts';
import { familyPlan } from '../../testing/fixtures.ts';
import { renderPage } from '../../testing/render-page.tsx';
import { PlanClosureSection } from './PlanClosureSection.tsx';

const closurePath = '/api/households/hh-jansen/plan/closure';
const plan = familyPlan({
  state: 'in_evaluation',
  can: { ...familyPlan().can, transitions: ['active', 'closed'] },
});

const preview = {
  planId: 'plan-jansen',
  state: 'in_evaluation',
  version: 3,
  closed: false,
  canClose: true,
  closedOn: '2026-11-29',
  reason: null,
  assignments: [
    {
      id: 'asg-1',
      assignmentNumber: 1004,
      personFirstName: 'Tom',
      organisationName: 'Jeugdhulp Kennemerland',
      productName: 'Ambulante jeugdhulp',
      status: 'started',
      endDate: '2027-02-28',
      budgetCents: 104_500,
      outcome: 'awaiting_stop',
      newEndDate: '2026-11-29',
      newBudgetCents: 19_000,
    },
  ],
  awaitingStop: [],
  actions: [
    { id: 'action-1', description: 'Wekker samen zetten', ownerLabel: 'Anouk', status: 'open' },
    { id: 'action-2', description: 'Gesprekken met Tom', ownerLabel: 'Jeugdhulp', status: 'in_progress' },
  ],
  followUps: [
    { id: null, kind: 'satisfaction', offsetMonths: 0, dueOn: '2026-12-13', status: 'planned' },
    { id: null, kind: 'recurrence_check', offsetMonths: 6, dueOn: '2027-05-29', status: 'planned' },
    { id: null, kind: 'recurrence_check', offsetMonths: 12, dueOn: '2027-11-29', status: 'planned' },
  ],
};

describe('closing the plan', () => {
  it('lists what will happen, then closes with the choice per open action', async () => {
    const api = fakeApi()
      .on(`GET ${closurePath}`, ok(preview))
      .on(`POST ${closurePath}`, ok({ closedOn: '2026-11-29', assignments: 1, actions: 2, followUps: 3 }))
      .on('GET /api/households/hh-jansen/plan', ok({ plan, householdId: 'hh-jansen' }));
    const { user } = renderPage(() => <PlanClosureSection plan={plan} />, { path: '/', url: '/' });
    await user.click(await screen.findByRole('button', { name: 'Plan afsluiten…' }));
    expect(await screen.findByText(/Toewijzing 1004 – Ambulante jeugdhulp voor Tom/)).toBeInTheDocument();
    expect(
      screen.getByText(/De aanbieder moet daarna nog een stopbericht \(JW307\) sturen/),
    ).toBeInTheDocument();
    expect(screen.getByText(/1 toewijzing\(en\) zijn al gestart/)).toBeInTheDocument();
    expect(
      screen.getByText('Controle na 6 maanden: is er opnieuw hulp nodig? (op 29 mei 2027)'),
    ).toBeInTheDocument();
    const first = screen.getByRole('group', { name: 'Wekker samen zetten (Anouk)' });
    expect(within(first).getByRole('radio', { name: 'Vervalt' })).toBeChecked();
    await user.click(within(first).getByRole('radio', { name: 'Gedaan' }));
    await user.selectOptions(screen.getByLabelText('Waarom stopt de begeleiding?'), 'no_longer_needed');
    await user.click(screen.getByRole('button', { name: 'Plan definitief afsluiten' }));
    await screen.findByRole('button', { name: 'Plan definitief afsluiten' });
    await expect.poll(() => api.requests(`POST ${closurePath}`).length).toBe(1);
    expect(api.requests(`POST ${closurePath}`)[0]?.body).toEqual({
      version: 3,
      reason: 'no_longer_needed',
      actions: [
        { actionId: 'action-1', status: 'done' },
        { actionId: 'action-2', status: 'cancelled' },
      ],
    });
  });
});
