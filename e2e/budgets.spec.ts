import { mkdirSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './accessibility.ts';
import { collectCspViolations } from './content-security-policy.ts';
import { demoLoginAs } from './demo-login.ts';
import { LAYOUT_WIDTHS } from './layout.ts';

// Screenshots for review go to SHOTS_DIR when it is set (not in CI).
const shots = process.env.SHOTS_DIR;

async function shoot(page: Page, name: string) {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  for (const width of LAYOUT_WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('the administrator sets a budget line; the analyst sees the budget per area without people', async ({
  page,
}) => {
  const cspViolations = collectCspViolations(page);
  await demoLoginAs(page, 'Erik Smit');
  await page.getByRole('link', { name: 'Budgetten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Budgetten instellen' })).toBeVisible();
  // The demo year has lines: the population budget of Nieuw-Vennep among them.
  await expect(page.getByRole('rowheader', { name: 'Nieuw-Vennep' }).first()).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);

  const form = page.getByRole('form', { name: 'Budgetregel toevoegen' });
  await form.getByLabel('Productcategorie').fill('4');
  await form.getByLabel('Prijs per eenheid in euro').fill('abc');
  await form.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(
    form.getByText('Vul een productcategorie van twee cijfers in, bijvoorbeeld 45.'),
  ).toBeVisible();
  await expect(form.getByText('Vul een bedrag in euro in, bijvoorbeeld 250000 of 95,50.')).toBeVisible();
  await form.getByLabel('Gebied').selectOption({ label: 'Badhoevedorp' });
  await form.getByLabel('Productcategorie').fill('41');
  await form.getByLabel('Prijs per eenheid in euro').fill('1.250,50');
  await form.getByLabel('Aantal eenheden').fill('10');
  await form.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByText('De budgetregel is opgeslagen.')).toBeVisible();
  await expect(page.getByRole('cell', { name: /10 × € 1\.250,50 = € 12\.505,00/ })).toBeVisible();
  await shoot(page, 'admin-budgetten');

  await page.getByRole('link', { name: 'CBS-levering' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Beleidsinformatie Jeugd voor het CBS' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Controleer volledigheid' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Controle / })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  await shoot(page, 'admin-cbs-levering');
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/inloggen$/);

  await demoLoginAs(page, 'Linda Kramer');
  await page.getByRole('link', { name: 'Budget', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Budget' })).toBeVisible();
  await expect(page.getByText(/is .* begroot\. Verplicht:/)).toBeVisible();
  await page.getByRole('combobox', { name: 'Gebied' }).selectOption({ label: 'Nieuw-Vennep' });
  await expect(page.getByRole('heading', { level: 2, name: 'Per taakveld (Iv3)' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: '6.72 Maatwerkdienstverlening 18-' })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  await shoot(page, 'analist-budget');
  expect(cspViolations).toEqual([]);
});
