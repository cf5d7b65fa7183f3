// @vitest-environment jsdom
import type { FuturePlan, FuturePlanTopicOwner, FuturePlanTopicStatus } from '@een-plan/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, ok, problem } from '../../testing/fake-api.ts';
import { renderPage } from '../../testing/render-page.tsx';
import { FuturePlanDossierSection } from './FuturePlanDossierSection.tsx';
import { PortalFuturePlanPage } from './PortalFuturePlanPage.tsx';

const words = (nl: string, en: string) => ({ nl, en });
const topic = (
  key: string,
  title: string,
  status: FuturePlanTopicStatus,
  owner: FuturePlanTopicOwner,
  dueDate: string,
) => ({
  key,
  title: words(title, title),
  explanation: words(`Uitleg ${title}.`, `About ${title}.`),
  status,
  owner,
  dueDate,
  overdue: false,
  custom: false,
  active: true,
});
const plan = (over: Partial<FuturePlan> = {}): FuturePlan =>
  ({
    id: 'fp-1',
    householdId: 'hh-jansen',
    youthPersonId: 'p-lisa',
    youthFirstName: 'Lisa',
    startedOn: '2026-11-10',
    eighteenthBirthday: '2028-05-10',
    daysUntil18: 527,
    helper: { kind: 'jim_mentor', ref: 'nm-yara', name: 'Yara Bos' },
    topics: [
      topic('digid', 'DigiD', 'open', 'youth', '2028-02-10'),
      topic('health_insurance', 'Zorgverzekering', 'done', 'parent', '2028-05-10'),
    ],
    continuity: null,
    may: { chooseHelper: false, updateTopics: true, decideContinuity: false },
    version: 3,
    ...over,
  }) as FuturePlan;
const list = (...plans: FuturePlan[]) => ok({ plans });
const digidPut = 'PUT /api/households/hh-jansen/future-plans/fp-1/topics/digid';

const Dossier = () => <FuturePlanDossierSection householdId="hh-jansen" />;
const dossier = () => renderPage(Dossier, { path: '/dossier', url: '/dossier' });
const portal = () =>
  renderPage(PortalFuturePlanPage, { path: '/mijn-plan/toekomstplan', url: '/mijn-plan/toekomstplan' });

describe('the coordinator sets a topic’s status and owner in the dossier', () => {
  it('offers every status and the chosen helper by name, saves with the keyboard and says so', async () => {
    const saved = plan({
      topics: [topic('digid', 'DigiD', 'in_progress', 'helper', '2028-02-10'), plan().topics[1]!],
      version: 4,
    });
    const api = fakeApi()
      .on('GET /api/households/hh-jansen/future-plans', list(plan()))
      .on('GET /api/households/hh-jansen/future-plans', list(saved))
      .on(digidPut, ok(saved));
    const { user } = dossier();
    const status = await screen.findByRole('combobox', { name: 'Status van DigiD' });
    expect(
      within(status)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Nog doen', 'Bezig', 'Geregeld', 'Niet nodig']);
    const owner = screen.getByRole('combobox', { name: 'Wie regelt DigiD' });
    expect(
      within(owner)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Jongere', 'Helper (Yara Bos)', 'Regisseur', 'Ouder']);
    // A settled topic stays in the table, so it can be opened again.
    expect(screen.getByRole('combobox', { name: 'Status van Zorgverzekering' })).toHaveValue('done');

    await user.selectOptions(status, 'in_progress');
    await user.selectOptions(owner, 'helper');
    const save = screen.getByRole('button', { name: 'DigiD opslaan' });
    save.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('DigiD is opgeslagen: Bezig, Helper (Yara Bos).')).toBeInTheDocument();
    expect(api.requests(digidPut)[0]?.body).toEqual({ status: 'in_progress', owner: 'helper', version: 3 });
    await waitFor(() => expect(api.requests('GET /api/households/hh-jansen/future-plans')).toHaveLength(2));
    expect(screen.getByRole('combobox', { name: 'Status van DigiD' })).toHaveValue('in_progress');
    expect(screen.getByRole('button', { name: 'DigiD opslaan' })).toHaveFocus();
  });

  it('offers no helper before the youth chose one, and shows the server’s words when saving fails', async () => {
    fakeApi()
      .on('GET /api/households/hh-jansen/future-plans', list(plan({ helper: null })))
      .on(digidPut, problem('version_conflict', { currentVersion: 4 }));
    const { user } = dossier();
    const owner = await screen.findByRole('combobox', { name: 'Wie regelt DigiD' });
    expect(
      within(owner)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Jongere', 'Regisseur', 'Ouder']);
    await user.click(screen.getByRole('button', { name: 'DigiD opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^DigiD is niet opgeslagen\. \S/);
  });

  it('shows status and owner as text to a reader who may not change them', async () => {
    const readOnly = plan({ may: { chooseHelper: false, updateTopics: false, decideContinuity: false } });
    fakeApi().on('GET /api/households/hh-jansen/future-plans', list(readOnly));
    dossier();
    expect(await screen.findByRole('rowheader', { name: 'DigiD' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'DigiD opslaan' })).toBeNull();
  });
});

describe('the youth says how far she is with a topic in the portal', () => {
  it('chooses from all four answers with the keyboard and saves', async () => {
    const saved = plan({
      topics: [topic('digid', 'DigiD', 'not_needed', 'youth', '2028-02-10'), plan().topics[1]!],
      version: 4,
    });
    const api = fakeApi()
      .on('GET /api/portal/future-plans', list(plan()))
      .on('GET /api/portal/future-plans', list(saved))
      .on(digidPut, ok(saved));
    const { user } = portal();
    const group = await screen.findByRole('group', { name: 'Hoe ver ben je met DigiD?' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.closest('div')?.textContent),
    ).toEqual(['Nog niet begonnen', 'Ik ben ermee bezig', 'Geregeld', 'Niet nodig voor mij']);
    expect(within(group).getByRole('radio', { name: 'Nog niet begonnen' })).toBeChecked();
    within(group).getByRole('radio', { name: 'Nog niet begonnen' }).focus();
    // Arrow keys move through the answers; the answer is sent only with the button.
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(within(group).getByRole('radio', { name: 'Niet nodig voor mij' })).toBeChecked();
    expect(api.requests(digidPut)).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'DigiD opslaan' }));
    expect(await screen.findByText('Opgeslagen.')).toBeInTheDocument();
    // The youth changes the status only; the owner stays what it was.
    expect(api.requests(digidPut)[0]?.body).toEqual({ status: 'not_needed', version: 3 });
  });

  it('shows the server’s words when saving fails', async () => {
    fakeApi()
      .on('GET /api/portal/future-plans', list(plan()))
      .on(digidPut, problem('future_plan_topic_inactive'));
    const { user } = portal();
    const group = await screen.findByRole('group', { name: 'Hoe ver ben je met DigiD?' });
    await user.click(within(group).getByRole('radio', { name: 'Ik ben ermee bezig' }));
    await user.click(screen.getByRole('button', { name: 'DigiD opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Dit onderwerp wordt niet meer gebruikt.');
  });
});
