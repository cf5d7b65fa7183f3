// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, held, ok, problem } from '../../testing/fake-api.ts';
import { renderPage } from '../../testing/render-page.tsx';
import { RetentionAdminPage } from './RetentionAdminPage.tsx';

const R = '/api/admin/retention';
const terms = {
  terms: [
    { recordType: 'youth_care_dossier', years: 20, isDefault: true },
    { recordType: 'wmo_support_plan', years: 15, isDefault: true },
  ],
};
const vroeg = {
  householdId: 'hh-r-0001',
  parts: [
    { recordType: 'wmo_support_plan', endedOn: '2003-06-30', keepUntil: '2018-06-30' },
    { recordType: 'youth_care_dossier', endedOn: '2004-03-31', keepUntil: '2024-03-31' },
  ],
  keepUntil: '2024-03-31',
  legalHolds: [],
};
const due = { asOf: '2026-11-30', dossiers: [{ ...vroeg, householdName: 'Familie Vroeg' }] };
const dryRun = {
  asOf: '2026-11-30',
  dossiers: [
    {
      ...vroeg,
      whatGoes: [
        { part: 'household', count: 2, records: 5 },
        { part: 'family_plan', count: 3, records: 9 },
        { part: 'meldcode', count: 1, records: 4 },
      ],
      counts: { household: 1, person: 2, household_member: 2, plan: 1, plan_version: 3, plan_goal: 5 },
    },
  ],
};
const laat = {
  householdId: 'hh-r-0002',
  name: 'Familie Laat',
  postcode: '3511 AA',
  houseNumber: '8',
  city: 'Utrecht',
  members: [
    {
      personId: 'p-ria',
      firstName: 'Ria',
      lastName: 'Laat',
      birthDate: '1970-05-01',
      memberRole: 'gezagsdrager',
      isParent: true,
    },
    {
      personId: 'p-tim',
      firstName: 'Tim',
      lastName: 'Laat',
      birthDate: '2020-12-12',
      memberRole: 'kind',
      isParent: false,
    },
  ],
};
const open = () =>
  renderPage(RetentionAdminPage, { path: '/beheer/bewaartermijnen', url: '/beheer/bewaartermijnen' });
const base = (dueList: unknown = due, requests: unknown[] = []) =>
  fakeApi()
    .on(`GET ${R}/terms`, ok(terms))
    .on(`GET ${R}/due`, ok(dueList))
    .on(`GET ${R}/erasure-requests`, ok({ requests }));

describe('dry run (administrator)', () => {
  it('shows the rule that made a dossier due, then what would go in plain words, never a table name', async () => {
    const answer = held();
    base().on(`POST ${R}/dry-run`, answer.answer);
    const { user } = open();
    const table = await screen.findByRole('table', { name: 'Klaar om te vernietigen' });
    expect(
      within(table).getByText(
        'Jeugdhulpdossier (Jeugdwet 7.3.8): hulp geëindigd op 31 maart 2004, 20 jaar bewaren, tot 31 maart 2024',
      ),
    ).toHaveTextContent('(beslist)');
    expect(
      within(table).getByText(/Wmo-ondersteuningsplan: hulp geëindigd op 30 juni 2003, 15 jaar/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Proefdraaien: laat zien wat weg gaat' }));
    expect(await screen.findByText('Bezig met proefdraaien…')).toBeInTheDocument();
    answer.release(ok(dryRun));
    expect(await within(table).findByText('Gezinsplan (3 versies)')).toBeInTheDocument();
    expect(within(table).getByText('Huishouden en gezinsleden (2 personen)')).toBeInTheDocument();
    expect(within(table).getByText('Meldcode-trajecten (1 traject)')).toBeInTheDocument();
    expect(within(table).getByText('In totaal 18 gegevens.')).toBeInTheDocument();
    expect(screen.getByText('Proefdraai klaar. Er is niets veranderd.')).toBeInTheDocument();
    for (const technical of ['plan_goal', 'plan_version', 'household_member', 'person:']) {
      expect(document.body.textContent).not.toContain(technical);
    }
    // On a phone each cell says its column's name (the stacked table).
    expect(within(table).getByText('Gezinsplan (3 versies)').closest('td')).toHaveAttribute(
      'data-label',
      'Wat weg gaat',
    );
  });

  it('says when nothing is due, and offers no dry run', async () => {
    base({ asOf: '2026-11-30', dossiers: [] });
    open();
    expect(
      await screen.findByText('Er zijn geen dossiers waarvan de bewaartermijn voorbij is.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Proefdraaien/ })).not.toBeInTheDocument();
  });

  it('shows the server’s words when the dry run fails, and runs again on retry', async () => {
    const api = base().on(`POST ${R}/dry-run`, problem('forbidden')).on(`POST ${R}/dry-run`, ok(dryRun));
    const { user } = open();
    await user.click(await screen.findByRole('button', { name: 'Proefdraaien: laat zien wat weg gaat' }));
    expect(await screen.findByText(problem('forbidden').body.message.nl)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /opnieuw/i }));
    expect(await screen.findByText('Gezinsplan (3 versies)')).toBeInTheDocument();
    expect(api.requests(`POST ${R}/dry-run`)).toHaveLength(2);
  });
});

describe('erasure request form (administrator)', () => {
  it('finds the household by name with Enter, shows the legal check per member and records the request', async () => {
    const api = base()
      .on(`POST ${R}/erasure-requests/household-search`, ok({ items: [laat], limited: false }))
      .on(`POST ${R}/erasure-requests`, (r) => ({
        status: 201,
        body: {
          id: 'er-1',
          ...(r.body as object),
          decideBy: '2027-02-28',
          status: 'open',
          refusalGrounds: null,
          decidedAt: null,
          traceId: null,
        },
      }));
    const { user } = open();
    await user.type(await screen.findByLabelText('Voornaam of achternaam'), 'laat{Enter}');
    // One household found: it is chosen at once, and its members are offered as requester.
    const ria = await screen.findByRole('radio', {
      name: /Ria Laat, geboren 1 mei 1970 \(Gezagsdrager\) Mag het vragen als ouder\./,
    });
    expect(api.requests(`POST ${R}/erasure-requests/household-search`)[0]?.body).toEqual({
      kind: 'name',
      name: 'laat',
    });
    expect(
      screen.getByRole('radio', { name: /Tim Laat.*Mag het niet vragen: geen ouder en jonger dan 12 jaar/ }),
    ).toBeInTheDocument();
    ria.focus();
    await user.keyboard(' ');
    expect(ria).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Verzoek vastleggen' }));
    expect(await screen.findByText('Het verzoek is vastgelegd.')).toBeInTheDocument();
    expect(api.requests(`POST ${R}/erasure-requests`)[0]?.body).toMatchObject({
      householdId: 'hh-r-0002',
      requesterPersonId: 'p-ria',
      requesterKind: 'parent',
    });
  });

  it('says at each field what is missing or not allowed, and sends nothing', async () => {
    const api = base().on(
      `POST ${R}/erasure-requests/household-search`,
      ok({ items: [laat], limited: false }),
    );
    const { user } = open();
    await user.click(await screen.findByRole('button', { name: 'Verzoek vastleggen' }));
    expect(await screen.findByText('Verbeter 1 veld. Het staat hieronder in rood.')).toBeInTheDocument();
    expect(screen.getAllByText('Kies het huishouden waar het verzoek over gaat.').length).toBeGreaterThan(0);
    // A search needs two letters first.
    await user.type(screen.getByLabelText('Voornaam of achternaam'), 'l{Enter}');
    expect(await screen.findByText('Vul minstens 2 letters in.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Voornaam of achternaam'), 'aat{Enter}');
    await user.click(await screen.findByRole('radio', { name: /Tim Laat/ }));
    await user.click(screen.getByRole('button', { name: 'Verzoek vastleggen' }));
    expect(
      await screen.findByText(
        'Deze persoon mag geen vernietiging vragen. Alleen een ouder, of de jongere vanaf 12 jaar.',
      ),
    ).toBeInTheDocument();
    expect(api.requests(`POST ${R}/erasure-requests`)).toHaveLength(0);
  });

  it('searches by postcode, says when nothing is found, and shows a failed search', async () => {
    const api = base()
      .on(`POST ${R}/erasure-requests/household-search`, ok({ items: [], limited: false }))
      .on(`POST ${R}/erasure-requests/household-search`, problem('forbidden'));
    const { user } = open();
    await user.click(await screen.findByRole('radio', { name: 'Postcode' }));
    await user.type(screen.getByLabelText('Postcode van het huishouden'), '12');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    expect(await screen.findByText('Vul een postcode in als 1234 AB.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Postcode van het huishouden'), '34 AB');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    expect(await screen.findByText(/Geen huishouden gevonden/)).toBeInTheDocument();
    expect(api.requests(`POST ${R}/erasure-requests/household-search`)[0]?.body).toEqual({
      kind: 'postcode',
      postcode: '1234 AB',
    });
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    expect(await screen.findByText(problem('forbidden').body.message.nl)).toBeInTheDocument();
  });
});

const asked = (over: object) => ({
  id: 'er-1',
  householdId: 'hh-r-0002',
  householdName: 'Familie Laat',
  scope: 'person',
  subjectPersonId: 'p-tim',
  subjectFirstName: 'Tim',
  requesterKind: 'parent',
  receivedOn: '2026-11-02',
  decideBy: '2027-02-02',
  status: 'open',
  refusalGrounds: null,
  decidedAt: null,
  traceId: null,
  ...over,
});

describe('erasure of one person (administrator)', () => {
  it('the lists say the family name, never the dossier id', async () => {
    base(due, [
      asked({}),
      asked({ id: 'er-2', scope: 'dossier', subjectPersonId: null, subjectFirstName: null }),
    ]);
    open();
    const dueTable = await screen.findByRole('table', { name: 'Klaar om te vernietigen' });
    expect(within(dueTable).getByText('Familie Vroeg')).toBeInTheDocument();
    const requests = await screen.findByRole('table', { name: 'Verzoeken om vernietiging' });
    expect(within(requests).getByText('Familie Laat — alleen Tim')).toBeInTheDocument();
    expect(within(requests).getByText('Familie Laat')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/hh-r-000/);
  });

  it('a parent asks for a child only: the form offers themself and the child, and sends the person', async () => {
    const api = base()
      .on(`POST ${R}/erasure-requests/household-search`, ok({ items: [laat], limited: false }))
      .on(`POST ${R}/erasure-requests`, (r) => ({ status: 201, body: asked(r.body as object) }));
    const { user } = open();
    await user.type(await screen.findByLabelText('Voornaam of achternaam'), 'laat{Enter}');
    await user.click(await screen.findByRole('radio', { name: /Ria Laat/ }));
    expect(screen.getByRole('radio', { name: 'Het hele dossier van het huishouden' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Alleen de gegevens van Ria Laat (zelf)' })).toBeInTheDocument();
    await user.click(
      screen.getByRole('radio', { name: 'Alleen de gegevens van Tim Laat (kind van de aanvrager)' }),
    );
    await user.click(screen.getByRole('button', { name: 'Verzoek vastleggen' }));
    expect(await screen.findByText('Het verzoek is vastgelegd.')).toBeInTheDocument();
    expect(api.requests(`POST ${R}/erasure-requests`)[0]?.body).toMatchObject({
      requesterPersonId: 'p-ria',
      subjectPersonId: 'p-tim',
    });
  });

  it('shows the server’s words when a request for the same person is already open (409)', async () => {
    base()
      .on(`POST ${R}/erasure-requests/household-search`, ok({ items: [laat], limited: false }))
      .on(`POST ${R}/erasure-requests`, problem('erasure_already_open'));
    const { user } = open();
    await user.type(await screen.findByLabelText('Voornaam of achternaam'), 'laat{Enter}');
    await user.click(await screen.findByRole('radio', { name: /Ria Laat/ }));
    await user.click(screen.getByRole('button', { name: 'Verzoek vastleggen' }));
    expect(await screen.findByText(problem('erasure_already_open').body.message.nl)).toBeInTheDocument();
    expect(screen.queryByText('Het verzoek is vastgelegd.')).not.toBeInTheDocument();
  });

  /** A due list with one request whose dry run answers with these parts of the person. */
  const personDryRun = (personGoes: Array<{ part: string; count: number }>, personStays: string[]) =>
    base(due, [asked({})]).on(
      `POST ${R}/erasure-requests/er-1/dry-run`,
      ok({ requestId: 'er-1', scope: 'person', legalHolds: [], whatGoes: [], personGoes, personStays }),
    );

  it('the dry run of a request says what of the person goes and what stays, in words', async () => {
    personDryRun(
      [
        { part: 'person_details', count: 1 },
        { part: 'self_reliance_scores', count: 2 },
        { part: 'goals_shared', count: 1 },
      ],
      ['other_members', 'household_plan'],
    );
    const { user } = open();
    await user.click(await screen.findByRole('button', { name: 'Wat gaat weg?' }));
    expect(await screen.findByText('2 zelfredzaamheidsscores')).toBeInTheDocument();
    expect(screen.getByText(/Naam, BSN, contactgegevens/)).toBeInTheDocument();
    expect(screen.getByText('1 doel ook over anderen: het noemt deze persoon niet meer')).toBeInTheDocument();
    expect(screen.getByText('De gegevens van de andere gezinsleden')).toBeInTheDocument();
    expect(screen.getByText('Er is geen wettelijke reden om te bewaren.')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('self_reliance');
  });

  it('the dry run names the person in what happens to comments and to their name in the versions', async () => {
    personDryRun(
      [
        { part: 'comments_on_their_goals', count: 3 },
        { part: 'comments_they_wrote', count: 1 },
        { part: 'name_in_texts', count: 4 },
        { part: 'name_in_versions', count: 2 },
      ],
      ['household_plan'],
    );
    const { user } = open();
    await user.click(await screen.findByRole('button', { name: 'Wat gaat weg?' }));
    expect(await screen.findByText(/^3 reacties op doelen van Tim worden verwijderd/)).toBeInTheDocument();
    expect(
      screen.getByText(/^1 reactie die Tim schreef blijft staan, met “Verwijderde persoon”/),
    ).toBeInTheDocument();
    expect(screen.getByText(/^De naam Tim wordt in 4 teksten van het plan vervangen/)).toBeInTheDocument();
    expect(screen.getByText(/^De naam Tim wordt in 2 planversies vervangen/)).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('name_in');
  });
  it('the dry run says in which other modules the name is replaced, and that safety records stay as written', async () => {
    const modules = ['future_plans', 'network', 'intake', 'consents', 'placements', 'rights'];
    personDryRun(
      modules.map((m) => ({ part: `name_in_${m}`, count: 2 })),
      ['safety_records', 'sent_letters'],
    );
    const { user } = open();
    await user.click(await screen.findByRole('button', { name: 'Wat gaat weg?' }));
    for (const words of [
      'toekomstplannen van andere gezinsleden',
      'notities over hulp uit het netwerk',
      'delen van het keukentafelgesprek',
      'toestemmingen en noodtoegangen',
      'reserveringen van een plek',
      'verzoeken, bezwaren en klachten',
    ])
      expect(
        await screen.findByText(new RegExp(`^De naam Tim wordt in 2 ${words} vervangen`)),
      ).toBeInTheDocument();
    expect(screen.getByText(/^Meldcode, Veilig Thuis en de Raad: de teksten blijven/)).toBeInTheDocument();
    expect(screen.getByText(/^Verstuurde brieven/)).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('name_in');
  });
});
