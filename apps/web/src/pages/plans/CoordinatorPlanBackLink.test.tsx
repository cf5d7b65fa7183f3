// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, ok } from '../../testing/fake-api.ts';
import { renderPage } from '../../testing/render-page.tsx';
import { CoordinatorPlanPage } from './CoordinatorPlanPage.tsx';

describe('the coordinator plan page', () => {
  it('goes back to "Mijn huishoudens", not to the home', async () => {
    fakeApi().on('GET /api/households/hh-jansen/plan', ok({ plan: null, householdId: 'hh-jansen' }));
    renderPage(CoordinatorPlanPage, {
      path: '/werkruimte/huishoudens/$householdId/plan',
      url: '/werkruimte/huishoudens/hh-jansen/plan',
    });
    expect(await screen.findByRole('link', { name: 'Terug naar Mijn huishoudens' })).toHaveAttribute(
      'href',
      '/werkruimte/huishoudens',
    );
  });
});
