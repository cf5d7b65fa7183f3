import { expect, type Page, test } from '@playwright/test';
import { demoLoginAs } from './demo-login.ts';

/**
 * Tom's story continues into safety (issue 14): his teacher's worry leads Sanne to open a meldcode
 * track; after consultation and a conversation the afwegingskader says help can be organised.
 * Later an acute incident leads to a report to Veilig Thuis, which triages and hands the family
 * back with conditions; a crisis episode bridges 10 days and is handed over warmly.
 * The screens carry the story; repetitive steps go through the same API the screens use.
 * No fixed waits: every step waits for what the page shows.
 */

const amsterdamDay = (offsetDays = 0) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );

async function api(page: Page, method: 'POST' | 'GET', url: string, data?: unknown) {
  const { csrfToken } = await (await page.request.get('/api/auth/csrf')).json();
  const res = await page.request.fetch(url, { method, data, headers: { 'x-csrf-token': csrfToken } });
  const body = await res.text();
  expect(res.ok(), `${method} ${url}: ${res.status()} ${body}`).toBe(true);
  return body ? JSON.parse(body) : null;
}

async function logout(page: Page) {
  await api(page, 'POST', '/api/auth/logout');
  await page.context().clearCookies();
}

const yes = (reason: string) => ({ answer: true, reason });
const no = (reason: string) => ({ answer: false, reason });

test("Tom's safety: meldcode, Veilig Thuis hands back with conditions, crisis bridged and handed over", async ({
  page,
}) => {
  // The teacher's worry: Sanne opens a track for Tom from the household's meldcode page.
  await demoLoginAs(page, 'Sanne de Vries');
  await expect(page).toHaveURL(/\/werkruimte$/);
  await page.goto('/werkruimte/huishoudens/hh-jansen/meldcode');
  await expect(page.getByRole('heading', { level: 1, name: 'Meldcode' })).toBeVisible();
  await page.getByLabel('Over wie gaan de zorgen?').selectOption({ label: 'Tom Jansen' });
  await page.getByRole('button', { name: 'Traject openen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meldcodetraject over Tom' })).toBeVisible();
  const worryId = page.url().split('/').pop() ?? '';

  // Step 1, signals, on the screen.
  await page.getByLabel('Welke stap?').selectOption('signals');
  await page
    .getByLabel('Feiten: wat hebt u gezien of gehoord?')
    .fill('Tom kwam drie keer huilend op school.');
  await page.getByLabel('Bron (wie zag of hoorde het?)').fill('Marloes Bakker, leerkracht groep 8');
  await page.getByLabel('Datum van het signaal').fill(amsterdamDay(-2));
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByText('Tom kwam drie keer huilend op school.')).toBeVisible();

  // Steps 2–4: consultation with the aandachtsfunctionaris, the conversation, the weighing.
  for (const content of [
    {
      step: 'consultation',
      consultedWith: 'aandachtsfunctionaris',
      consultantName: 'Esther Mulder',
      anonymous: false,
      advice: 'Eerst een gesprek met de ouders en Tom.',
    },
    { step: 'conversation', held: true, heldOn: amsterdamDay(), summary: 'Ouders willen hulp.' },
    {
      step: 'weighing',
      risk: 'Spanning thuis.',
      nature: 'Zorgen over ruzies thuis',
      severity: 'medium',
      answers: {
        q1Suspicion: yes('Signalen van school.'),
        q2AcuteOrStructural: no('Geen acuut gevaar.'),
        q3CanOfferHelp: yes('Opvoedondersteuning en oma.'),
        q4HelpAccepted: yes('Ouders stemmen in.'),
      },
    },
  ]) {
    await api(page, 'POST', `/api/safety/tracks/${worryId}/entries`, { content });
  }
  await page.reload();
  await expect(page.getByText('Bied of organiseer de hulp en volg die.')).toBeVisible();

  // The aandachtsfunctionaris sees the open track on her organisation's list.
  await logout(page);
  await demoLoginAs(page, 'Esther Mulder');
  await expect(page).toHaveURL(/\/werkruimte$/);
  await page.goto('/werkruimte/meldcode-organisatie');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Open meldcodetrajecten van uw organisatie' }),
  ).toBeVisible();
  await expect(page.locator(`a[href$="/werkruimte/meldcode/${worryId}"]`)).toBeVisible();

  // Months later, an acute incident: a new track whose weighing obliges a report.
  await logout(page);
  await demoLoginAs(page, 'Sanne de Vries');
  await expect(page).toHaveURL(/\/werkruimte$/);
  const acute = await api(page, 'POST', '/api/households/hh-jansen/safety/tracks', { personId: 'p-tom' });
  await api(page, 'POST', `/api/safety/tracks/${acute.id}/entries`, {
    content: {
      step: 'weighing',
      risk: 'Letsel bij Tom.',
      nature: 'Vermoeden van kindermishandeling',
      severity: 'acute',
      answers: { q1Suspicion: yes('Letsel.'), q2AcuteOrStructural: yes('Herhaald geweld.') },
    },
  });
  await page.goto(`/werkruimte/meldcode/${acute.id}`);
  await expect(page.getByText('Meldplicht: doe een melding bij Veilig Thuis.')).toBeVisible();
  await page.getByLabel('Wat meldt u?').fill('Acuut: Tom heeft letsel na een ruzie thuis.');
  await page.getByRole('button', { name: 'Melding doen', exact: true }).click();
  await expect(page.getByText('Wacht op triage door Veilig Thuis')).toBeVisible();

  // Veilig Thuis triages from its queue and hands the family back with conditions.
  await logout(page);
  await demoLoginAs(page, 'Joost de Boer');
  await expect(page).toHaveURL(/\/werkruimte$/);
  await page.getByRole('link', { name: 'Meldingen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meldingen bij Veilig Thuis' })).toBeVisible();
  const report = page
    .locator('article')
    .filter({ has: page.locator(`a[href$="/werkruimte/meldcode/${acute.id}"]`) });
  await report.getByLabel('Uitkomst').selectOption('hand_over_social_team');
  await report.getByLabel('Toelichting').fill('Terug naar het sociaal team; veiligheid is te borgen.');
  await report
    .getByLabel('Veiligheidsvoorwaarden bij overdracht')
    .fill('Vader slaapt tijdelijk elders; oma is elke ochtend aanwezig.');
  await report.getByRole('button', { name: 'Triage vastleggen', exact: true }).click();
  await expect(report).toHaveCount(0);

  // Sanne sees the conditions with the household's meldcode.
  await logout(page);
  await demoLoginAs(page, 'Sanne de Vries');
  await expect(page).toHaveURL(/\/werkruimte$/);
  await page.goto('/werkruimte/huishoudens/hh-jansen/meldcode');
  const conditions = page.getByRole('region', { name: 'Veiligheidsvoorwaarden van Veilig Thuis' });
  await expect(
    conditions.getByText('Vader slaapt tijdelijk elders; oma is elke ochtend aanwezig.'),
  ).toBeVisible();

  // A crisis episode bridges 10 days and is handed over warmly to the team.
  await logout(page);
  await demoLoginAs(page, 'Karin Smit');
  await expect(page).toHaveURL(/\/werkruimte$/);
  const called = new Date(Date.now() - 3 * 3_600_000);
  const episode = await api(page, 'POST', '/api/crisis/episodes', {
    householdId: 'hh-jansen',
    personId: 'p-tom',
    reportedVia: 'professional',
    reporterName: 'Sanne de Vries',
    calledAt: called.toISOString(),
  });
  const at = (minutes: number) => new Date(called.getTime() + minutes * 60_000).toISOString();
  await api(page, 'POST', `/api/crisis/episodes/${episode.id}/on-site`, { onSiteAt: at(75) });
  await api(page, 'POST', `/api/crisis/episodes/${episode.id}/decision`, {
    decidedAt: at(120),
    behaviouralExpertName: 'Dr. Ingrid Vos',
    summary: 'Tien dagen overbruggingshulp thuis, dagelijks contact.',
    bridgingStart: amsterdamDay(0),
    bridgingEnd: amsterdamDay(9),
  });
  await api(page, 'POST', `/api/crisis/episodes/${episode.id}/exit-plan`, {
    summary: 'Terug naar de regisseur met opvoedondersteuning.',
  });
  await api(page, 'POST', `/api/crisis/episodes/${episode.id}/handover`, { target: 'team' });
  await page.goto(`/crisis/${episode.id}`);
  await page.getByRole('button', { name: 'Overdracht bevestigen', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Overdracht bevestigen', exact: true })).toHaveCount(0);

  // The team confirms receiving it: the handover is warm on both sides.
  await logout(page);
  await demoLoginAs(page, 'Sanne de Vries');
  await expect(page).toHaveURL(/\/werkruimte$/);
  await page.goto(`/crisis/${episode.id}`);
  await page.getByRole('button', { name: 'Overdracht ontvangen: bevestigen', exact: true }).click();
  await expect(
    page.getByRole('button', { name: 'Overdracht ontvangen: bevestigen', exact: true }),
  ).toHaveCount(0);
  const state = await api(page, 'GET', `/api/crisis/episodes/${episode.id}`);
  expect(state.state).toBe('closed');
});
