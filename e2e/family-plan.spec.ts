import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './accessibility.ts';
import { collectCspViolations } from './content-security-policy.ts';
import { demoLoginAs } from './demo-login.ts';
import { logout, openJansenPlan, recordAgreementsGivenInPerson } from './plan-helpers.ts';

test('the family plan: coordinator and family agree, the plan runs, is printed and evaluated', async ({
  page,
}) => {
  const cspViolations = collectCspViolations(page);

  // The coordinator opens Tom's household plan: goals with actions at levels 0, 1 and 2, owned by
  // the grandmother (network), a social-map offer and the provider.
  await openJansenPlan(page);
  const main = page.getByRole('main');
  await expect(main.getByText('Concept', { exact: true })).toBeVisible();
  const goals = main.getByRole('region', { name: 'Doelen en acties' });
  await expect(
    goals.getByRole('heading', { level: 3, name: /Doel 1: Tom gaat weer elke dag/ }),
  ).toBeVisible();
  await expect(
    goals
      .getByRole('list', { name: 'Acties bij doel 1' })
      .getByRole('listitem')
      .filter({ hasText: '(Netwerk): Oma haalt Tom op' }),
  ).toContainText('Niveau 0');
  await expect(
    goals
      .getByRole('list', { name: 'Acties bij doel 2' })
      .getByRole('listitem')
      .filter({ hasText: 'Schuldhulp Haarlemmermeer (Sociale kaart)' }),
  ).toContainText('Niveau 1');
  await expect(
    goals
      .getByRole('list', { name: 'Acties bij doel 1' })
      .getByRole('listitem')
      .filter({ hasText: 'Jeugdhulp Kennemerland (Aanbieder)' }),
  ).toContainText('Niveau 2');
  await expectNoSeriousAccessibilityViolations(page);
  await logout(page);

  // The parent proposes an action and agrees, on a phone-sized screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await demoLoginAs(page, 'Anouk Jansen');
  await expect(page).toHaveURL(/\/mijn-plan$/);
  await page.getByRole('link', { name: 'Bekijk ons plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ons plan' })).toBeVisible();
  await expect(page.getByText('Oma haalt Tom op woensdag en vrijdag uit school.')).toBeVisible();
  await page.getByLabel('Wat wilt u voorstellen?').selectOption({ label: 'Een nieuwe actie' });
  await page
    .getByLabel('Bij welk doel?')
    .selectOption({ label: 'Tom gaat weer elke dag met plezier naar school.' });
  await page.getByLabel('Wat stelt u voor?').fill('Tom gaat op zaterdag naar voetbal.');
  await page.getByRole('button', { name: 'Voorstel versturen' }).click();
  await expect(page.getByText('Uw voorstel is verstuurd. Uw regisseur kijkt ernaar.')).toBeVisible();
  await page.getByRole('button', { name: 'Ja, ik ben het eens met dit plan' }).click();
  await expect(page.getByText('U heeft akkoord gegeven op deze versie.')).toBeVisible();
  const overflows = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
  expect(overflows).toBe(false);
  await expectNoSeriousAccessibilityViolations(page);
  await logout(page);
  await page.setViewportSize({ width: 1280, height: 900 });

  // The coordinator sees the proposal, records the agreements given at the kitchen table, agrees.
  await openJansenPlan(page);
  await expect(
    page.getByText(/Nieuwe actie voorgesteld door Anouk Jansen: Tom gaat op zaterdag naar voetbal\./),
  ).toBeVisible();
  await recordAgreementsGivenInPerson(page, ['Mark', 'Lisa', 'Tom']);
  await page.getByRole('button', { name: 'Akkoord geven op versie 2' }).click();
  await expect(page.getByRole('main').getByText('Afgesproken', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Naar fase: Actief' }).click();
  await expect(page.getByRole('main').getByText('Actief', { exact: true })).toBeVisible();

  // The plan as a PDF for the family.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Plan downloaden als pdf' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const path = await download.path();
  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');

  // Evaluation: results per goal, self-reliance measured again, the trend chart shows it.
  await page.getByRole('button', { name: 'Naar fase: Evaluatie' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Evaluatie' })).toBeVisible();
  await page.getByLabel(/Resultaat van doel 1/).selectOption({ label: 'Deels gehaald' });
  await page.getByLabel(/Resultaat van doel 2/).selectOption({ label: 'Gehaald' });
  await page.getByLabel('Volgende stappen').fill('Gesprekken met Tom gaan door; oma blijft ophalen.');
  await page.getByLabel('Tom: Opvoeding en ontwikkeling van het kind').selectOption('3');
  await page.getByLabel('Anouk: Financiën').selectOption('4');
  await page.getByRole('button', { name: 'Evaluatie opslaan' }).click();
  await expect(page.getByText('Opgeslagen.')).toBeVisible();
  const trend = page.getByRole('region', { name: 'Zelfredzaamheid door de tijd' });
  // The chart (ECharts, hidden from assistive technology) with its summary in words before it.
  await expect(trend.locator('.plan-trend__chart svg')).toBeVisible();
  await expect(trend.getByText(/Laatste meting: .*Tom gemiddeld/)).toBeVisible();
  await expect(
    trend
      .getByRole('table', { name: 'Alle metingen van zelfredzaamheid' })
      .getByRole('row', { name: /Tom.*Opvoeding/ }),
  ).not.toHaveCount(0);
  await expectNoSeriousAccessibilityViolations(page);
  expect(cspViolations).toEqual([]);
});

test('two people editing the plan: the second sees what changed and starts again from the latest', async ({
  page,
}) => {
  await demoLoginAs(page, 'Mohamed Bouzid');
  await expect(page).toHaveURL(/\/werkruimte$/);
  await page.goto('/werkruimte/huishoudens/hh-de-graaf/plan');
  await page.getByRole('button', { name: 'Plan bewerken' }).click();
  const vision = page.getByLabel('Wat het gezin wil, in eigen woorden');
  await vision.fill('Sem woont straks zelfstandig.');

  // Meanwhile a colleague saves a new version (through the API, as another browser tab would).
  const { csrfToken } = await (await page.request.get('/api/auth/csrf')).json();
  const current = (await (await page.request.get('/api/households/hh-de-graaf/plan')).json()).plan;
  const body = {
    version: current.version,
    vision: current.vision,
    goals: current.goals.map((g: Record<string, unknown> & { actions: Array<Record<string, unknown>> }) => ({
      ...g,
      description: g.id === 'goal-de-graaf-18' ? 'Sem is klaar voor zijn 18e verjaardag.' : g.description,
      actions: g.actions.map(({ goalId: _goalId, ...a }) => a),
    })),
  };
  const saved = await page.request.put('/api/households/hh-de-graaf/plan', {
    data: body,
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(saved.status()).toBe(200);

  await page.getByRole('button', { name: 'Plan opslaan' }).click();
  const alert = page.getByRole('alert');
  await expect(
    alert.getByRole('heading', { name: 'Iemand anders heeft het plan intussen gewijzigd' }),
  ).toBeVisible();
  await expect(alert).toContainText('Doel gewijzigd: Sem is klaar voor zijn 18e verjaardag. (omschrijving)');
  await expectNoSeriousAccessibilityViolations(page);
  await alert.getByRole('button', { name: 'Opnieuw beginnen met de nieuwste versie' }).click();
  await expect(page.getByLabel('Omschrijving van het doel')).toHaveValue(
    'Sem is klaar voor zijn 18e verjaardag.',
  );
  await page.getByLabel('Wat het gezin wil, in eigen woorden').fill('Sem woont straks zelfstandig.');
  await page.getByRole('button', { name: 'Plan opslaan' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Wat het gezin wil (in eigen woorden)' }),
  ).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Sem woont straks zelfstandig.');
  await expect(page.getByRole('main')).toContainText('Versie 3');
});
