// @vitest-environment jsdom
import type { SocialOffer } from '@een-plan/contracts';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, ok, problem } from '../../testing/fake-api.ts';
import { familyPlan } from '../../testing/fixtures.ts';
import { renderPage } from '../../testing/render-page.tsx';
import { AddOfferToPlan } from './AddOfferToPlan.tsx';

const offer = {
  id: 'offer-taalmaatje',
  name: 'Taalmaatje',
  level: 0,
} as SocialOffer;
const caseload = {
  items: [
    { householdId: 'hh-jansen', name: 'Gezin Jansen', areaName: null, memberCount: 4, status: 'active' },
  ],
  nextCursor: null,
  pageSize: 25,
};
const planPath = '/api/households/hh-jansen/plan';
const open = () =>
  renderPage(() => <AddOfferToPlan offer={offer} />, { path: '/sociale-kaart', url: '/sociale-kaart' });

async function choose(user: ReturnType<typeof open>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Aan plan toevoegen: Taalmaatje' }));
  await user.selectOptions(await screen.findByLabelText('Voor welk huishouden?'), 'Gezin Jansen');
  await user.selectOptions(await screen.findByLabelText('Bij welk doel?'), 'Tom gaat elke dag naar school');
}

describe('"Aan plan toevoegen" on a social-map offer', () => {
  it('adds the offer as an action of the chosen goal, keeping what the plan has, and links to the plan', async () => {
    const api = fakeApi()
      .on('GET /api/households', ok(caseload))
      .on(`GET ${planPath}`, ok({ plan: familyPlan(), householdId: 'hh-jansen' }))
      .on(`PUT ${planPath}`, ok({ plan: familyPlan({ version: 4 }), householdId: 'hh-jansen' }));
    const { user } = open();
    await choose(user);
    await user.click(screen.getByRole('button', { name: 'Toevoegen' }));
    expect(await screen.findByText('Het aanbod staat nu als actie in het plan.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar het plan' })).toHaveAttribute(
      'href',
      '/werkruimte/huishoudens/hh-jansen/plan',
    );
    const sent = api.requests(`PUT ${planPath}`)[0]?.body as {
      version: number;
      goals: Array<{ id: string; actions: Array<{ description: string; owner: unknown; level: number }> }>;
    };
    expect(sent.version).toBe(3);
    expect(sent.goals[0]?.actions.map((a) => a.description)).toEqual(['Wekker samen zetten', 'Taalmaatje']);
    expect(sent.goals[0]?.actions[1]).toMatchObject({
      owner: { kind: 'social_map_offer', ref: 'offer-taalmaatje', label: 'Taalmaatje' },
      level: 0,
    });
  });

  it('says in Dutch why the plan could not be saved (someone else changed it)', async () => {
    fakeApi()
      .on('GET /api/households', ok(caseload))
      .on(`GET ${planPath}`, ok({ plan: familyPlan(), householdId: 'hh-jansen' }))
      .on(`PUT ${planPath}`, problem('version_conflict', { currentVersion: 4 }));
    const { user } = open();
    await choose(user);
    await user.click(screen.getByRole('button', { name: 'Toevoegen' }));
    expect(await screen.findByText(problem('version_conflict').body.message.nl)).toBeInTheDocument();
    expect(screen.queryByText('Het aanbod staat nu als actie in het plan.')).not.toBeInTheDocument();
  });

  it('says when the household has no plan with goals yet', async () => {
    fakeApi()
      .on('GET /api/households', ok(caseload))
      .on(`GET ${planPath}`, ok({ plan: null, householdId: 'hh-jansen' }));
    const { user } = open();
    await user.click(await screen.findByRole('button', { name: 'Aan plan toevoegen: Taalmaatje' }));
    await user.selectOptions(await screen.findByLabelText('Voor welk huishouden?'), 'Gezin Jansen');
    expect(await screen.findByText(/heeft nog geen plan met doelen/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Toevoegen' })).toBeDisabled();
  });
});
