import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './accessibility.ts';
import { demoLoginAs } from './demo-login.ts';

/**
 * Linda, the policy analyst, opens the outcome dashboard, looks at Nieuw-Vennep's waiting times
 * and outcomes — small cells hidden — and downloads the figures as CSV. Every step waits for what
 * it needs to see (no fixed sleeps), so a busy machine only makes it slower.
 */
test('Linda sees Nieuw-Vennep’s waiting times and outcomes, small cells hidden, and exports CSV', async ({
  page,
}) => {
  await demoLoginAs(page, 'Linda Kramer');
  await expect(page).toHaveURL(/\/werkruimte$/);
  await page.getByRole('link', { name: 'Uitkomsten', exact: true }).click();
  await expect(page).toHaveURL(/\/uitkomsten$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Uitkomsten' })).toBeVisible();

  await page.getByRole('combobox', { name: /^Gebied/ }).selectOption({ label: 'Nieuw-Vennep' });
  await page.getByRole('combobox', { name: /^Periode/ }).selectOption({ label: 'Per kwartaal' });
  await expect(page.getByText(/Hoogste periode: Kwartaal/).first()).toBeVisible();

  // Waiting times: open by default, a chart with its text summary and table alternative.
  const waiting = page.locator('#onderwerp-wachttijden');
  await expect(waiting).toHaveAttribute('open', '');
  await expect(
    waiting.getByRole('heading', { level: 3, name: 'Eerste contact (werkdagen na aanmelding)' }),
  ).toBeVisible();
  await expect(waiting.getByText(/^In \d{4}: gemiddeld/).first()).toBeVisible();
  await expect(waiting.getByTestId('outcome-chart').first().locator('svg')).toBeVisible();
  await expect(waiting.getByText(/Norm eerste contact: \d+ werkdagen/)).toBeVisible();
  // Small cells hidden: the triage levels table says so instead of giving a count.
  await expect(
    waiting
      .getByRole('table', { name: 'Aanmeldingen per triageniveau, heel jaar' })
      .getByText(/verborgen \(minder dan 5 of terug te rekenen\)/)
      .first(),
  ).toBeVisible();

  // Outcomes: folded until opened, with the keyboard.
  const criteria = page.locator('#onderwerp-uitkomstcriteria');
  await expect(criteria).not.toHaveAttribute('open', '');
  await criteria.locator(':scope > summary').focus();
  await page.keyboard.press('Enter');
  await expect(criteria).toHaveAttribute('open', '');
  await expect(criteria.getByRole('heading', { level: 3, name: 'Afgesloten plannen' })).toBeVisible();
  await expect(criteria.getByRole('table', { name: 'Beëindigde hulp (JZ588)' })).toBeVisible();
  await expect(
    criteria.getByRole('table', { name: 'Opnieuw hulp nodig binnen 6 maanden na afsluiten' }),
  ).toBeVisible();
  await expect(
    criteria
      .getByText(/verborgen \(minder dan 5/)
      .filter({ visible: true })
      .first(),
  ).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);

  // The CSV: Nieuw-Vennep's figures, hidden cells marked, never a name.
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download als CSV', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^uitkomsten-\d{4}\.csv$/);
  const csv = readFileSync((await file.path()) as string, 'utf8');
  expect(csv.split('\r\n')[0]).toBe(
    '\uFEFF"jaar";"gebied";"maat";"uitsplitsing";"niveau";"periode";"aantal";"gemiddelde"',
  );
  expect(csv).toMatch(/"Nieuw-Vennep";"first_contact";"all";"all";"y";"\d+";"\d+(,\d)?"/);
  expect(csv).toContain('"verborgen (< 5)"');
  expect(csv).not.toMatch(/Hoofddorp-Oost|Familie|hh-/);
});
