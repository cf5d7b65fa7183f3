// @vitest-environment jsdom
import type { HouseholdDossier, HouseholdMember } from '@een-plan/contracts';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, ok, problem } from '../../testing/fake-api.ts';
import { renderPage } from '../../testing/render-page.tsx';
import { ChangeMemberForm } from './MemberForms.tsx';

const member = (over: Partial<HouseholdMember>): HouseholdMember => ({
  personId: 'p-x',
  firstName: 'X',
  lastName: 'Jansen',
  birthDate: '2012-03-04',
  age: 14,
  role: 'kind',
  phone: null,
  email: null,
  sex: null,
  since: '2020-01-01',
  until: null,
  ...over,
});

const dossier: HouseholdDossier = {
  id: 'hh-jansen',
  name: 'Familie Jansen',
  status: 'active',
  street: 'Dorpsstraat',
  houseNumber: '1',
  postcode: '2151AB',
  city: 'Nieuw-Vennep',
  areaName: 'Nieuw-Vennep',
  members: [
    member({ personId: 'p-lisa', firstName: 'Lisa', sex: 'female', role: 'gezagsdrager' }),
    member({ personId: 'p-tom', firstName: 'Tom' }),
  ],
  formerMembers: [],
  network: [],
  professionals: [],
  flags: { safety: false, comingOfAge: [] },
  canEdit: true,
};

const show = () =>
  renderPage(() => <ChangeMemberForm dossier={dossier} />, { path: '/huishoudens', url: '/huishoudens' });

describe("changing a member's sex in the dossier", () => {
  it("shows the member's recorded sex and saves the corrected one", async () => {
    const api = fakeApi().on('PATCH /api/households/hh-jansen/members/p-lisa', ok({ ok: true }));
    const { user } = show();
    await user.click(await screen.findByText('Gezinslid wijzigen, uitschrijven of verhuizen'));
    await user.click(screen.getByRole('radio', { name: 'Geslacht aanpassen' }));
    // No date for a correction: it is not a change in who lives here.
    expect(screen.queryByLabelText('Datum')).toBeNull();
    const select = screen.getByLabelText('Geslacht');
    expect(select).toHaveValue('female');
    await user.selectOptions(select, 'male');
    await user.click(screen.getByRole('button', { name: 'Wijziging opslaan' }));
    expect(await screen.findByText(/De wijziging is opgeslagen/)).toBeInTheDocument();
    expect(api.requests('PATCH /api/households/hh-jansen/members/p-lisa').map((r) => r.body)).toEqual([
      { sex: 'male' },
    ]);
  });

  it('sends null for "Niet bekend", and shows the problem when the server refuses', async () => {
    const api = fakeApi().on('PATCH /api/households/hh-jansen/members/p-tom', problem('not_found'));
    const { user } = show();
    await user.click(await screen.findByText('Gezinslid wijzigen, uitschrijven of verhuizen'));
    await user.selectOptions(screen.getByLabelText('Gezinslid'), 'p-tom');
    await user.click(screen.getByRole('radio', { name: 'Geslacht aanpassen' }));
    expect(screen.getByLabelText('Geslacht')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Wijziging opslaan' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(api.requests('PATCH /api/households/hh-jansen/members/p-tom').map((r) => r.body)).toEqual([
      { sex: null },
    ]);
  });
});
