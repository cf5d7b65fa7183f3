// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, held, ok, problem } from '../../testing/fake-api.ts';
import { activeConsent, consentList } from '../../testing/fixtures.ts';
import {
  openCoordinatorConsents as openCoordinator,
  openResidentConsents as openResident,
} from '../../testing/open-pages.ts';

const consentsPath = '/api/households/hh-jansen/consents';

describe('consent form (wie mag wat zien)', () => {
  it('shows the loading state, then says no consent was given yet', async () => {
    const answer = held();
    fakeApi().on('GET /api/my/consents', answer.answer);
    openResident();
    expect(await screen.findByRole('status')).toHaveTextContent('Bezig met laden…');
    answer.release(ok(consentList()));
    expect(await screen.findByText('U heeft nog niemand toestemming gegeven.')).toBeInTheDocument();
  });

  it('says in Dutch when the consents may not be read', async () => {
    fakeApi().on('GET /api/my/consents', problem('forbidden'));
    openResident();
    expect(await screen.findByText('U heeft geen toegang tot deze gegevens.')).toBeInTheDocument();
  });

  it('gives consent with the keyboard only: Space ticks a section, Enter sends', async () => {
    const api = fakeApi()
      .on('GET /api/my/consents', ok(consentList()))
      .on(`POST ${consentsPath}`, { status: 201, body: activeConsent });
    const { user } = openResident();
    const form = await screen.findByRole('form', { name: 'Toestemming geven' });
    await user.selectOptions(within(form).getByLabelText('Over wie gaat het?'), 'Tom (12)');
    await user.selectOptions(within(form).getByLabelText('Wie?'), 'Jeugdhulp Kennemerland');
    // Choosing an organisation offers its professionals, with the whole organisation as default.
    expect(within(form).getByLabelText(/Alleen één persoon van deze organisatie/)).toHaveValue('');
    within(form).getByRole('checkbox', { name: 'Gezinsplan' }).focus();
    await user.keyboard(' ');
    within(form)
      .getByRole('checkbox', { name: /Keukentafelgesprek/ })
      .focus();
    await user.keyboard(' ');
    await user.type(within(form).getByLabelText('Tot wanneer?'), '{Enter}');
    expect(await within(form).findByText('De toestemming is opgeslagen.')).toBeInTheDocument();
    expect(api.requests(`POST ${consentsPath}`)[0]?.body).toMatchObject({
      subjectPersonId: 'p-tom',
      grantee: { kind: 'organisation', ref: 'org-jhk' },
      sections: ['intake'],
      purposeCategory: 'care_delivery',
    });
  });

  it('shows the server’s Dutch reason when the person may not give this consent', async () => {
    fakeApi()
      .on('GET /api/my/consents', ok(consentList()))
      .on(`POST ${consentsPath}`, problem('consent_not_entitled'));
    const { user } = openResident();
    const form = await screen.findByRole('form', { name: 'Toestemming geven' });
    await user.selectOptions(within(form).getByLabelText('Wie?'), 'Basisschool De Vlinder');
    await user.click(within(form).getByRole('button', { name: 'Toestemming geven' }));
    expect(await within(form).findByText(/Vanaf 16 jaar beslist een jongere zelf/)).toBeInTheDocument();
    expect(within(form).queryByText('De toestemming is opgeslagen.')).not.toBeInTheDocument();
  });

  it('tells the resident when someone else changed the consent first (409)', async () => {
    const api = fakeApi()
      .on('GET /api/my/consents', ok(consentList({ consents: [activeConsent] })))
      .on(`POST ${consentsPath}/consent-1/revoke`, problem('version_conflict', { currentVersion: 2 }));
    const { user } = openResident();
    const row = (await screen.findByRole('cell', { name: 'Jeugdhulp Kennemerland' })).closest('tr')!;
    await user.click(within(row).getByRole('button', { name: 'Intrekken' }));
    expect(await within(row).findByText(/Iemand anders heeft dit intussen gewijzigd/)).toBeInTheDocument();
    expect(api.requests(`POST ${consentsPath}/consent-1/revoke`)[0]?.body).toEqual({ version: 1 });
  });

  it('lets the coordinator record who gave consent, when and how', async () => {
    const api = fakeApi()
      .on(`GET ${consentsPath}`, ok(consentList()))
      .on(`POST ${consentsPath}`, { status: 201, body: { ...activeConsent, recordedVia: 'paper' } });
    const { user } = openCoordinator();
    const form = await screen.findByRole('form', { name: 'Toestemming geven' });
    await user.selectOptions(within(form).getByLabelText('Wie?'), 'Jeugdhulp Kennemerland');
    const givers = within(form).getByRole('group', { name: 'Wie gaf de toestemming?' });
    await user.click(within(givers).getByRole('checkbox', { name: 'Anouk (41)' }));
    await user.selectOptions(within(form).getByLabelText('Hoe?'), 'paper');
    await user.click(within(form).getByRole('button', { name: 'Toestemming geven' }));
    expect(await within(form).findByText('De toestemming is opgeslagen.')).toBeInTheDocument();
    expect(api.requests(`POST ${consentsPath}`)[0]?.body).toMatchObject({
      recorded: { givenByPersonIds: ['p-anouk'], via: 'paper' },
    });
  });
});
