// @vitest-environment jsdom
import { Consent } from '@een-plan/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, ok, problem } from '../../testing/fake-api.ts';
import { activeConsent, consentList } from '../../testing/fixtures.ts';
import {
  openCoordinatorConsents as openCoordinator,
  openResidentConsents as openResident,
} from '../../testing/open-pages.ts';

const cosignPath = '/api/households/hh-jansen/consents/consent-1/cosign';
// Anouk gave consent about Tom (12); Tom's own agreement is still needed.
const waitingForTom = Consent.parse({
  ...activeConsent,
  status: 'incomplete',
  stillNeeded: ['p-tom'],
  version: 3,
});

describe('completing a consent that waits for a second party', () => {
  it('the missing party (Tom) sees the consent waiting for him and agrees to the same consent', async () => {
    const api = fakeApi()
      .on('GET /api/my/consents', ok(consentList({ consents: [{ ...waitingForTom, canAgree: true }] })))
      .on(`POST ${cosignPath}`, ok({ ok: true, complete: true, version: 4 }));
    const { user } = openResident();
    const pending = await screen.findByRole('region', { name: 'Wacht op toestemming' });
    expect(pending).toHaveTextContent(
      'Jeugdhulp Kennemerland wil gezinsplan van Tom zien. Anouk gaf al toestemming. Nu is uw toestemming nodig.',
    );
    await user.click(within(pending).getByRole('button', { name: 'Ja, ik geef ook toestemming' }));
    expect(await within(pending).findByText('Dank u. De toestemming is nu compleet.')).toBeInTheDocument();
    expect(api.requests(`POST ${cosignPath}`).map((r) => r.body)).toEqual([{ version: 3 }]);
  });

  it('a resident whose agreement is not needed sees no button (only "Nog nodig" in the list)', async () => {
    fakeApi().on('GET /api/my/consents', ok(consentList({ consents: [waitingForTom] })));
    openResident();
    expect(await screen.findByText('Nog nodig: Tom')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Wacht op toestemming' })).toBeNull();
    expect(screen.queryByRole('button', { name: /ik geef ook toestemming/ })).toBeNull();
  });

  it('the coordinator records Tom’s consent on paper on the same consent; the signed form is required', async () => {
    const api = fakeApi()
      .on('GET /api/households/hh-jansen/consents', ok(consentList({ consents: [waitingForTom] })))
      .on(`POST ${cosignPath}`, problem('consent_signed_form_required'))
      .on(`POST ${cosignPath}`, ok({ ok: true, complete: true, version: 4 }));
    const { user } = openCoordinator();
    const pending = await screen.findByRole('region', { name: 'Wacht op toestemming' });
    expect(pending).toHaveTextContent('Nog nodig: Tom.');
    await user.click(within(pending).getByText('Toestemming van Tom vastleggen'));
    const form = within(pending).getByRole('form', { name: 'Toestemming van Tom vastleggen' });
    expect(within(form).getByLabelText('Tom')).toBeChecked();
    await user.clear(within(form).getByLabelText('Op welke dag?'));
    await user.type(within(form).getByLabelText('Op welke dag?'), '2026-11-02');
    expect(within(form).getByLabelText('Hoe?')).toHaveValue('paper');
    await user.click(within(form).getByRole('button', { name: 'Toestemming vastleggen' }));
    expect(
      await within(form).findByText(/Vink aan dat het getekende formulier in het dossier zit/),
    ).toBeInTheDocument();
    await user.click(within(form).getByLabelText(/Het getekende formulier zit in het dossier/));
    await user.click(within(form).getByRole('button', { name: 'Toestemming vastleggen' }));
    expect(await within(form).findByText('De toestemming is vastgelegd.')).toBeInTheDocument();
    expect(api.requests(`POST ${cosignPath}`).map((r) => r.body)).toEqual([
      {
        version: 3,
        recorded: { givenByPersonIds: ['p-tom'], givenOn: '2026-11-02', via: 'paper', signedForm: false },
      },
      {
        version: 3,
        recorded: { givenByPersonIds: ['p-tom'], givenOn: '2026-11-02', via: 'paper', signedForm: true },
      },
    ]);
  });
});
