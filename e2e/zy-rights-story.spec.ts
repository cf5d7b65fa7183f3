import { mkdirSync, readFileSync } from 'node:fs';
import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './accessibility.ts';
import { demoLoginAs } from './demo-login.ts';

/*
 * Issue 16, the story: Anouk asks for another coordinator, the team lead hands the family over
 * to Lotte with a note; later Anouk objects to a refused request within 6 weeks, the team lead
 * plans a hearing and decides; Anouk sees every step and downloads the letters in "Mijn rechten".
 * Named "zy-" on purpose: it hands the Jansens to another coordinator, so it runs after the specs
 * that expect Sanne there (and before the audit chain check, which must see its writes).
 */
const SHOTS = process.env.SHOTS_DIR;
const CHANGE = 'Het klikt niet met mijn regisseur. Ik wil graag iemand anders.';
const REQUEST = 'Vervoer naar de sportclub van Tom';
const OBJECTION = 'Tom kan niet alleen fietsen. Daarom ben ik het niet eens.';

async function as(browser: Browser, name: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await demoLoginAs(page, name);
  return page;
}

const isoDay = (offsetDays: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );

/** One case on the professionals' household rights page, by its heading. */
const caseCard = (page: Page, heading: string) =>
  page.locator('section.rights-case').filter({ has: page.getByRole('heading', { level: 2, name: heading }) });

/** One case in "Mijn rechten", by its heading. */
const myCase = (page: Page, heading: string) =>
  page.locator('div.rights-case').filter({ has: page.getByRole('heading', { level: 3, name: heading }) });

/** Opens one folded step form of a case and returns it (its fields and its own send button). */
async function openStep(card: Locator, title: string): Promise<Locator> {
  const step = card
    .locator('details')
    .filter({ has: card.page().locator('summary').getByText(title, { exact: true }) });
  await step.locator('summary').click();
  await expect(step.locator('form')).toBeVisible();
  return step;
}

async function openMyRights(page: Page) {
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Mijn rechten', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn rechten' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Hoe staat het met mijn vragen?' })).toBeVisible();
}

async function fileInPortal(page: Page, kind: string, text: string, decision?: string) {
  await page.getByLabel('Wat wilt u doen?').selectOption({ label: kind });
  if (decision) await page.getByLabel('Tegen welk besluit?').selectOption({ label: decision });
  await page.getByLabel('Vertel het in uw eigen woorden').fill(text);
  await page.getByRole('button', { name: 'Versturen', exact: true }).click();
  await expect(page.getByText('Verstuurd. U ziet het hieronder.')).toBeVisible();
}

async function download(page: Page, link: Locator): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return readFileSync(await file.path());
}

async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('Anouk asks for another coordinator and objects; the team lead decides; Anouk downloads the letters', async ({
  browser,
}) => {
  // 1. Anouk asks for another coordinator.
  const anouk = await as(browser, 'Anouk Jansen');
  await openMyRights(anouk);
  await fileInPortal(anouk, 'Een andere regisseur vragen', CHANGE);
  await expect(myCase(anouk, `Andere regisseur: ${CHANGE}`)).toContainText('Ontvangen');

  // 2. The team lead picks Lotte from the team and hands the family over with a note.
  const ahmed = await as(browser, 'Ahmed Yilmaz');
  await ahmed.goto('/werkruimte/huishoudens/hh-jansen/rechten');
  const change = caseCard(ahmed, `Andere regisseur: ${CHANGE}`);
  const decideChange = await openStep(change, 'Besluiten');
  await decideChange.getByLabel('Uitkomst', { exact: true }).selectOption({ label: 'Ja' });
  await decideChange.getByLabel('Motivering').fill('Een nieuwe start helpt het gezin.');
  await decideChange.getByLabel('Nieuwe regisseur (uit het team)').selectOption({ label: 'Lotte Visser' });
  await decideChange.getByLabel('Overdrachtsnotitie').fill('Plan staat klaar; let op de schoolgesprekken.');
  await decideChange.getByRole('button', { name: 'Besluiten', exact: true }).click();
  await expect(change).toContainText('Ja: Een nieuwe start helpt het gezin.');

  // 3. A request is refused (with its decision letter) ...
  await ahmed.getByLabel('Onderwerp').fill(REQUEST);
  await ahmed.getByLabel('Ontvangen op').fill(isoDay(-10));
  await ahmed.getByRole('button', { name: 'Vastleggen', exact: true }).click();
  const request = caseCard(ahmed, `Aanvraag: ${REQUEST}`);
  const decideRequest = await openStep(request, 'Besluiten');
  await decideRequest.getByLabel('Uitkomst', { exact: true }).selectOption({ label: 'Afgewezen' });
  await decideRequest.getByLabel('Motivering').fill('De sportclub ligt binnen fietsafstand.');
  await decideRequest.getByRole('button', { name: 'Besluiten', exact: true }).click();
  await expect(request).toContainText('Afgewezen: De sportclub ligt binnen fietsafstand.');

  // ... and Anouk objects within 6 weeks.
  await anouk.reload();
  await expect(myCase(anouk, `Andere regisseur: ${CHANGE}`)).toContainText('Besloten');
  const refused = myCase(anouk, `Aanvraag: ${REQUEST}`);
  await expect(refused).toContainText('Afgewezen');
  await expect(refused).toContainText('Bezwaar maken kan tot en met');
  const decisionOption = await anouk
    .getByLabel('Tegen welk besluit?')
    .locator('option', { hasText: REQUEST })
    .textContent();
  await fileInPortal(anouk, 'Bezwaar maken tegen een besluit', OBJECTION, decisionOption ?? REQUEST);
  await expect(myCase(anouk, `Bezwaar: ${OBJECTION}`)).toContainText('Wij beslissen uiterlijk op');

  // 4. The team lead plans the hearing, then decides.
  await ahmed.reload();
  const objection = caseCard(ahmed, `Bezwaar: ${OBJECTION}`);
  const hearingObjection = await openStep(objection, 'Hoorzitting');
  await hearingObjection.getByLabel('Datum hoorzitting').fill(isoDay(7));
  await hearingObjection.getByRole('button', { name: 'Hoorzitting', exact: true }).click();
  await expect(objection).toContainText('Gesprek gepland');
  await anouk.reload();
  await expect(myCase(anouk, `Bezwaar: ${OBJECTION}`)).toContainText('Gesprek over uw bezwaar op');

  const decideObjection = await openStep(objection, 'Besluiten');
  await decideObjection.getByLabel('Uitkomst', { exact: true }).selectOption({ label: 'U krijgt gelijk' });
  await decideObjection
    .getByLabel('Motivering')
    .fill('Tom krijgt vervoer; hij kan nog niet veilig alleen fietsen.');
  await decideObjection.getByRole('button', { name: 'Besluiten', exact: true }).click();
  await expect(objection).toContainText('U krijgt gelijk');

  // 5. Anouk sees every step and downloads the letters, in Dutch and in English.
  await anouk.reload();
  const decided = myCase(anouk, `Bezwaar: ${OBJECTION}`);
  await expect(decided).toContainText('Besluit op');
  await expect(decided).toContainText('U krijgt gelijk');
  const dutch = await download(
    anouk,
    decided.getByRole('link', { name: /^Besluit op bezwaar van .* \(Nederlands\)$/ }),
  );
  const english = await download(
    anouk,
    decided.getByRole('link', { name: /^Besluit op bezwaar van .* \(Engels\)$/ }),
  );
  expect(dutch.subarray(0, 5).toString()).toBe('%PDF-');
  expect(english.subarray(0, 5).toString()).toBe('%PDF-');
  const refusal = await download(
    anouk,
    refused.getByRole('link', { name: /^Besluit van .* \(Nederlands\)$/ }),
  );
  expect(refusal.subarray(0, 5).toString()).toBe('%PDF-');
  await expectNoSeriousAccessibilityViolations(anouk);
  await shoot(anouk, 'mijn-rechten');
  await shoot(ahmed, 'household-rights');

  // The new coordinator is hers now.
  await anouk
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Mijn plan', exact: true })
    .click();
  await expect(anouk.getByRole('main')).toContainText('Uw regisseur is Lotte Visser.');
});
