// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi, ok } from '../../testing/fake-api.ts';
import { renderPage } from '../../testing/render-page.tsx';
import { CrisisEpisodesPage } from './CrisisEpisodesPage.tsx';

const found = {
  householdId: 'hh-jansen',
  householdName: 'Gezin Jansen',
  postcode: '2151 AB',
  city: 'Nieuw-Vennep',
  teamName: 'Sociaal Team Haarlemmermeer',
  person: { personId: 'p-tom', firstName: 'Tom' },
};

/** The crisis service's page with its new-report form; the lookup finds the Jansens (Tom). */
async function openForm() {
  const api = fakeApi()
    .on('GET /api/crisis/episodes', ok({ items: [], total: 0, overdue: 0 }))
    .on('POST /api/households/lookup', ok({ items: [found] }))
    .on('POST /api/crisis/episodes', ok({ id: 'ep-1' }));
  const { user } = renderPage(CrisisEpisodesPage, { path: '/crisis', url: '/crisis' });
  const form = within(await screen.findByRole('form', { name: 'Nieuwe crisismelding' }));
  const findAndPick = async () => {
    await user.type(form.getByLabelText('BSN van de jeugdige of een ouder'), '123456782');
    await user.type(form.getByLabelText('Geboortedatum van die persoon'), '2014-05-01');
    await user.click(form.getByRole('button', { name: 'Zoeken' }));
    await user.click(await form.findByRole('button', { name: 'Gezin Jansen, 2151 AB Nieuw-Vennep' }));
  };
  return { api, user, form, findAndPick };
}

describe('a new crisis report: the household and person are picked, not typed as codes', () => {
  it('asks to find the household first, then sends the household and the person found', async () => {
    const { api, user, form, findAndPick } = await openForm();
    expect(form.queryByLabelText(/code/)).toBeNull();
    await user.click(form.getByRole('button', { name: 'Melding vastleggen' }));
    expect(await form.findByRole('alert')).toHaveTextContent('Zoek eerst het huishouden en kies het.');
    expect(api.requests('POST /api/crisis/episodes')).toHaveLength(0);

    await findAndPick();
    expect(form.getByText('Gekozen: Gezin Jansen. Gevonden persoon: Tom.')).toBeInTheDocument();
    expect(form.queryByRole('alert')).toBeNull();
    expect(form.getByLabelText('Over wie gaat de crisis?')).toHaveDisplayValue('Tom');
    await user.click(form.getByRole('button', { name: 'Melding vastleggen' }));
    await vi.waitFor(() => expect(api.requests('POST /api/crisis/episodes')).toHaveLength(1));
    expect(api.requests('POST /api/crisis/episodes')[0]?.body).toMatchObject({
      householdId: 'hh-jansen',
      personId: 'p-tom',
    });
  });

  it('a crisis about the whole household sends no person', async () => {
    const { api, user, form, findAndPick } = await openForm();
    await findAndPick();
    await user.selectOptions(form.getByLabelText('Over wie gaat de crisis?'), 'Het hele huishouden');
    await user.click(form.getByRole('button', { name: 'Melding vastleggen' }));
    await vi.waitFor(() => expect(api.requests('POST /api/crisis/episodes')).toHaveLength(1));
    expect(api.requests('POST /api/crisis/episodes')[0]?.body).not.toHaveProperty('personId');
  });
});
