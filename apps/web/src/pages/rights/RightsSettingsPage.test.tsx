// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, held, ok, problem } from '../../testing/fake-api.ts';
import { renderPage } from '../../testing/render-page.tsx';
import { RightsSettingsPage } from './RightsSettingsPage.tsx';

const contact = { name: '', phone: '', email: '', website: '' };
const settings = {
  requestDecisionWeeks: 8,
  wmoInvestigationWeeks: 6,
  wmoDecisionWeeks: 2,
  complaintHandlingWeeks: 6,
  vertrouwenspersoon: { ...contact, name: 'AKJ' },
  clientSupport: contact,
  letterAddress: 'Postbus 250\n2130 AG Hoofddorp',
  letterSignatory: 'J. de Boer',
};
const path = '/api/admin/rights-settings';
const open = () => renderPage(RightsSettingsPage, { path: '/beheer/rechten', url: '/beheer/rechten' });

describe('rights settings (administrator)', () => {
  it('shows the loading state, then the stored settings, and saves a changed term and signatory', async () => {
    const answer = held();
    const api = fakeApi()
      .on(`GET ${path}`, answer.answer)
      .on(`PUT ${path}`, (r) => ok(r.body));
    const { user } = open();
    expect(await screen.findByRole('status')).toHaveTextContent('Bezig met laden…');
    answer.release(ok(settings));
    const weeks = await screen.findByLabelText('Besluit op een aanvraag (weken)');
    expect(weeks).toHaveValue(8);
    await user.clear(weeks);
    await user.type(weeks, '10');
    const signatory = screen.getByLabelText('Ondertekening');
    await user.clear(signatory);
    await user.type(signatory, 'A. Jansen, wethouder');
    await user.click(screen.getByRole('button', { name: 'Instellingen opslaan' }));
    expect(await screen.findByText('De instellingen zijn opgeslagen.')).toBeInTheDocument();
    expect(api.requests(`PUT ${path}`)[0]?.body).toEqual({
      ...settings,
      requestDecisionWeeks: 10,
      letterSignatory: 'A. Jansen, wethouder',
    });
  });

  it('says at the field what is wrong and sends nothing while a term is out of range', async () => {
    const api = fakeApi().on(`GET ${path}`, ok(settings));
    const { user } = open();
    const weeks = await screen.findByLabelText('Wmo: onderzoek (weken)');
    await user.clear(weeks);
    await user.type(weeks, '0');
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Verbeter 1 veld. Het staat hieronder in rood.')).toBeInTheDocument();
    expect(screen.getByText('Vul een aantal weken in van 1 tot en met 26.')).toBeInTheDocument();
    expect(weeks).toHaveAttribute('aria-invalid', 'true');
    expect(api.requests(`PUT ${path}`)).toHaveLength(0);
  });

  it('says in Dutch when the server refuses the change', async () => {
    fakeApi().on(`GET ${path}`, ok(settings)).on(`PUT ${path}`, problem('forbidden'));
    const { user } = open();
    await user.click(await screen.findByRole('button', { name: 'Instellingen opslaan' }));
    expect(await screen.findByText(problem('forbidden').body.message.nl)).toBeInTheDocument();
  });
});
