// @vitest-environment jsdom
import { blankSocialOffer, SocialOffer } from '@een-plan/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, ok } from '../../testing/fake-api.ts';
import { sessionAs } from '../../testing/fixtures.ts';
import { renderPage } from '../../testing/render-page.tsx';
import { SocialMapPage } from './SocialMapPage.tsx';

const debtHelp = SocialOffer.parse({
  ...blankSocialOffer,
  id: 'offer-schuldhulp',
  version: 1,
  name: 'Schuldhulp',
  organisationName: 'Gemeente Haarlemmermeer',
  maintainerOrganisationId: null,
  description: 'Hulp bij geldzorgen en schulden.',
  level: 1,
  lifeDomains: ['finances'],
  minAge: 18,
  areaNames: [],
  costs: 'Gratis',
  editable: false,
});

describe('social map', () => {
  it('offers the life domains by name at once and shows offers without internal codes', async () => {
    const api = fakeApi()
      .on('GET /api/auth/session', ok(sessionAs('coordinator')))
      .on('GET /api/public/teams', ok({ items: [] }))
      .on('GET /api/social-map/offers', ok({ items: [debtHelp], page: 1, pageSize: 10, total: 1 }));
    const { user } = renderPage(SocialMapPage, { path: '/sociale-kaart', url: '/sociale-kaart' });
    const domain = await screen.findByRole('combobox', { name: 'Onderwerp (leefgebied)' });
    expect(within(domain).getByRole('option', { name: 'Financiën' })).toBeInTheDocument();
    await user.selectOptions(domain, 'finances');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    const card = (await screen.findByRole('heading', { name: 'Schuldhulp' })).closest('li')!;
    expect(within(card).getByText('Hulp bij geldzorgen en schulden.')).toBeInTheDocument();
    expect(card).not.toHaveTextContent('offer-schuldhulp');
    expect(card).not.toHaveTextContent(/Code voor een plan/);
    expect(api.requests('GET /api/social-map/offers')[0]?.query.get('domain')).toBe('finances');
  });
});
