// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, held, ok, problem } from '../../testing/fake-api.ts';
import { renderPage } from '../../testing/render-page.tsx';
import { DesignationsAdminPage } from './DesignationsAdminPage.tsx';

const list = (esther: string | null) => ({
  organisations: [
    {
      id: 'org-sociaal-team',
      name: 'Sociaal team Hoofddorp',
      people: [
        { userId: 'u-esther', displayName: 'Esther Bakker', role: 'coordinator', designatedAt: esther },
        { userId: 'u-sanne', displayName: 'Sanne de Vries', role: 'coordinator', designatedAt: null },
      ],
    },
  ],
});
const path = '/api/admin/meldcode-designations';
const open = () =>
  renderPage(DesignationsAdminPage, {
    path: '/beheer/aandachtsfunctionarissen',
    url: '/beheer/aandachtsfunctionarissen',
  });

describe('aandachtsfunctionarissen (administrator)', () => {
  it('shows the loading state, then each organisation, and designates a person with the keyboard', async () => {
    const answer = held();
    const api = fakeApi()
      .on(`GET ${path}`, answer.answer)
      .on(`PUT ${path}/org-sociaal-team/u-sanne`, ok(list(null)));
    const { user } = open();
    expect(await screen.findByRole('status')).toHaveTextContent('Bezig met laden…');
    answer.release(ok(list('2026-11-01T09:00:00.000Z')));
    const team = await screen.findByRole('region', { name: 'Sociaal team Hoofddorp' });
    expect(within(team).getByText(/sinds 1 november 2026/)).toBeInTheDocument();
    const designate = within(team).getByRole('button', { name: 'Sanne de Vries aanwijzen' });
    designate.focus();
    await user.keyboard('{Enter}');
    expect(
      await screen.findByText('Sanne de Vries is nu aandachtsfunctionaris van Sociaal team Hoofddorp.'),
    ).toBeInTheDocument();
    expect(api.requests(`PUT ${path}/org-sociaal-team/u-sanne`)).toHaveLength(1);
  });

  it('ends a designation and shows that no one is designated any more', async () => {
    const api = fakeApi()
      .on(`GET ${path}`, ok(list('2026-11-01T09:00:00.000Z')))
      .on(`DELETE ${path}/org-sociaal-team/u-esther`, ok(list(null)));
    const { user } = open();
    await user.click(await screen.findByRole('button', { name: 'Aanwijzing van Esther Bakker beëindigen' }));
    expect(await screen.findByText('Nog niemand aangewezen.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Esther Bakker aanwijzen' })).toBeInTheDocument();
    expect(api.requests(`DELETE ${path}/org-sociaal-team/u-esther`)).toHaveLength(1);
  });

  it('shows the empty state and the server refusal in Dutch', async () => {
    fakeApi().on(`GET ${path}`, ok({ organisations: [] }));
    open();
    expect(
      await screen.findByText('Er zijn geen organisaties met medewerkers die u kunt aanwijzen.'),
    ).toBeInTheDocument();
  });

  it('says in Dutch why a designation was refused', async () => {
    fakeApi()
      .on(`GET ${path}`, ok(list(null)))
      .on(`PUT ${path}/org-sociaal-team/u-esther`, problem('designation_not_in_organisation'));
    const { user } = open();
    await user.click(await screen.findByRole('button', { name: 'Esther Bakker aanwijzen' }));
    expect(
      await screen.findByText(problem('designation_not_in_organisation').body.message.nl),
    ).toBeInTheDocument();
  });

  it('offers a retry when the list cannot be loaded', async () => {
    fakeApi().on(`GET ${path}`, problem('forbidden'));
    open();
    expect(await screen.findByRole('button', { name: /opnieuw/i })).toBeInTheDocument();
  });
});
