import { expect, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './accessibility.ts';
import { collectCspViolations } from './content-security-policy.ts';
import { demoLoginAs } from './demo-login.ts';
import { expectReadableLayout } from './layout.ts';

test("a coordinator opens Tom's household, sees the family's preparation and records the intake", async ({
  page,
}) => {
  const cspViolations = collectCspViolations(page);
  await demoLoginAs(page, 'Sanne de Vries');
  await expect(page).toHaveURL(/\/werkruimte$/);

  await page.getByRole('link', { name: 'Alle huishoudens en zoeken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn huishoudens' })).toBeVisible();
  const caseload = page.getByRole('table', { name: 'Mijn huishoudens' });
  const jansen = caseload.getByRole('row', { name: /Gezin Jansen/ });
  await expect(jansen).toContainText('18-/18+');

  // Search by postcode + house number finds the same household.
  await page.getByRole('radio', { name: 'Postcode en huisnummer' }).check();
  await page.getByRole('textbox', { name: 'Postcode', exact: true }).fill('2151ab');
  await page.getByRole('textbox', { name: 'Huisnummer' }).fill('12');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  const results = page.getByRole('table', { name: 'Zoekresultaten' });
  await expect(results.getByRole('row', { name: /Gezin Jansen/ })).toContainText('Kruisweg 12');
  await expectNoSeriousAccessibilityViolations(page);

  await jansen.getByRole('link', { name: 'Gezin Jansen' }).click();
  await expect(page).toHaveURL(/\/werkruimte\/huishoudens\/hh-jansen$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Gezin Jansen' })).toBeVisible();
  const members = page.getByRole('table', { name: 'Gezinsleden', exact: true });
  await expect(members.getByRole('row', { name: /Tom Jansen/ })).toContainText('Kind');
  await expect(members.getByRole('row', { name: /Anouk Jansen/ })).toContainText('Gezagsdrager');
  const network = page.getByRole('table', { name: 'Netwerk' });
  await expect(network.getByRole('row', { name: /Oma Ria/ })).toContainText('Grootouder');
  await expect(network.getByRole('row', { name: /JIM van Tom/ })).toContainText('JIM');
  await expect(page.getByRole('img', { name: 'Ecogram van Gezin Jansen als lijst' })).toBeVisible();
  await expect(page.getByRole('list').filter({ hasText: 'Oma Ria – Grootouder' })).toBeVisible();
  await expect(page.getByText('Lisa wordt 18 op 10 mei 2028.')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  await expectReadableLayout(page);

  await page.getByRole('link', { name: 'Keukentafelgesprek' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Keukentafelgesprek – Gezin Jansen' }),
  ).toBeVisible();
  const preparation = page.getByRole('region', { name: 'Voorbereiding van het gezin' });
  await expect(preparation).toContainText('We hebben schulden');
  await expect(preparation).toContainText('Tante Petra');
  await expectNoSeriousAccessibilityViolations(page);

  await page.getByRole('button', { name: 'Tante Petra opnemen in het netwerk' }).click();
  await expect(page.getByText('Tante Petra staat nu in het netwerk.')).toBeVisible();

  await page.locator('summary').filter({ hasText: 'Huisvesting' }).click();
  await page.getByLabel('Zorgen – Huisvesting').fill('De huur is twee maanden achter.');
  await page.getByLabel('Score Tom – Financiën').selectOption('3');
  await page.getByLabel('Score Anouk – Huisvesting').selectOption('2');
  await page
    .getByRole('group', { name: 'Is er sprake van geweld of dreiging in het gezin?' })
    .getByLabel('Nee')
    .check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Het keukentafelgesprek is opgeslagen (versie 2).')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);

  // The dossier now lists Tante Petra in the network.
  await page.getByRole('link', { name: 'Terug naar het huishouden' }).click();
  await expect(
    page.getByRole('table', { name: 'Netwerk' }).getByRole('row', { name: /Tante Petra/ }),
  ).toContainText('In het netwerk');
  expect(cspViolations).toEqual([]);
});

test('a parent prepares the kitchen-table conversation in the portal', async ({ page }) => {
  await demoLoginAs(page, 'Anouk Jansen');
  await expect(page).toHaveURL(/\/mijn-plan$/);
  await page.getByRole('link', { name: 'Het keukentafelgesprek voorbereiden' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Voorbereiding keukentafelgesprek' }),
  ).toBeVisible();
  const wishes = page.getByLabel('Wat wilt u?');
  await expect(wishes).toHaveValue(/Tom weer graag naar school/);
  await wishes.fill('Dat Tom weer graag naar school gaat. Dat wij samen eten.');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Opgeslagen. Uw regisseur kan het nu lezen.')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);

  await page.getByLabel('Naam').fill('Opa Henk');
  await page.getByLabel('Wie is dit voor u?').selectOption('grandparent');
  await page.getByLabel('Waarmee kan deze persoon helpen? (niet verplicht)').fill('Kan koken op dinsdag.');
  await page.getByRole('button', { name: 'Deze persoon noemen' }).click();
  await expect(page.getByText('Opa Henk is doorgegeven aan uw regisseur.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Opa Henk' })).toContainText(
    'Uw regisseur kijkt ernaar',
  );
  await expectNoSeriousAccessibilityViolations(page);
});

test('two people editing the intake: the second sees what changed and redoes the edit', async ({ page }) => {
  await demoLoginAs(page, 'Sanne de Vries');
  await expect(page).toHaveURL(/\/werkruimte$/);
  await page.goto('/werkruimte/huishoudens/hh-ozturk/keukentafelgesprek');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Keukentafelgesprek – Gezin Öztürk' }),
  ).toBeVisible();
  await page.locator('summary').filter({ hasText: 'Financiën' }).click();
  await page.getByLabel('Zorgen – Financiën').fill('Vaste lasten zijn hoger dan het inkomen.');

  // Meanwhile a colleague saves the same intake (same session, through the API).
  const { csrfToken } = await (await page.request.get('/api/auth/csrf')).json();
  const other = await page.request.put('/api/households/hh-ozturk/intake', {
    headers: { 'x-csrf-token': csrfToken },
    data: {
      version: 0,
      status: 'draft',
      conductedOn: null,
      domains: [{ domainCode: 'housing', goesWell: '', worries: 'Vocht in de slaapkamer.', wishes: '' }],
      safety: { unsafeAtHome: null, violence: null, childConcern: null },
      scores: [],
    },
  });
  expect(other.status()).toBe(200);

  await page.getByRole('button', { name: 'Opslaan' }).click();
  const conflict = page.getByRole('status').filter({ hasText: 'Iemand anders heeft dit intussen gewijzigd' });
  await expect(conflict).toBeVisible();
  // Only what the colleague changed is listed; my own edit is kept for the redo.
  await expect(conflict.getByRole('listitem')).toHaveText(['Leefgebied Huisvesting']);
  await expectNoSeriousAccessibilityViolations(page);

  await page.getByRole('button', { name: 'Mijn wijzigingen opnieuw toepassen op versie 1' }).click();
  await expect(page.getByText('Het keukentafelgesprek is opgeslagen (versie 2).')).toBeVisible();
  // Both edits survive: mine (finances) on top of the colleague's (housing).
  await page.reload();
  await expect(page.locator('summary').filter({ hasText: 'Financiën' })).toHaveText('Financiën (ingevuld)');
  await expect(page.locator('summary').filter({ hasText: 'Huisvesting' })).toHaveText(
    'Huisvesting (ingevuld)',
  );
  await expect(page.getByLabel('Zorgen – Huisvesting')).toHaveValue('Vocht in de slaapkamer.');
});

test('a coordinator adds a household member and ends a membership, keeping history', async ({ page }) => {
  await demoLoginAs(page, 'Sanne de Vries');
  await expect(page).toHaveURL(/\/werkruimte$/);
  await page.goto('/werkruimte/huishoudens/hh-ozturk');
  await expect(page.getByRole('heading', { level: 1, name: 'Gezin Öztürk' })).toBeVisible();

  await page.locator('summary').filter({ hasText: 'Gezinslid toevoegen' }).click();
  await page.getByRole('textbox', { name: 'Voornaam' }).fill('Emre');
  await page.getByRole('textbox', { name: 'Achternaam' }).fill('Öztürk');
  await page.getByLabel('Geboortedatum').fill('2026-08-01');
  await page.getByLabel('Lid sinds').fill('2026-08-01');
  await page.getByRole('button', { name: 'Gezinslid toevoegen' }).click();
  await expect(page.getByText('Het gezinslid is toegevoegd.')).toBeVisible();
  const members = page.getByRole('table', { name: 'Gezinsleden', exact: true });
  await expect(members.getByRole('row', { name: /Emre Öztürk/ })).toContainText('Kind');
  await expectNoSeriousAccessibilityViolations(page);

  await page.locator('summary').filter({ hasText: 'Gezinslid wijzigen, uitschrijven of verhuizen' }).click();
  await page.getByLabel('Gezinslid', { exact: true }).selectOption({ label: 'Emre Öztürk' });
  await page.getByRole('radio', { name: 'Woont hier niet meer' }).check();
  await page.getByRole('button', { name: 'Wijziging opslaan' }).click();
  await expect(page.getByText('De wijziging is opgeslagen. De geschiedenis blijft bewaard.')).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Eerdere gezinsleden' }).getByRole('row', { name: /Emre/ }),
  ).toBeVisible();
  await expect(members.getByRole('row', { name: /Emre/ })).toHaveCount(0);
  await expectNoSeriousAccessibilityViolations(page);
});
