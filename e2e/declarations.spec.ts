import { expect, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './accessibility.ts';
import { collectCspViolations } from './content-security-policy.ts';
import { demoLoginAs, openMenu } from './demo-login.ts';
import { logout } from './plan-helpers.ts';

const PLAN_URL = '/werkruimte/huishoudens/hh-jansen/plan';

/** The demo's earlier trajectory for Tom started 258 days ago; the demo declared its 2nd and 3rd month. */
function fourthMonthOfEarlierTrajectory(): string {
  const started = new Date(Date.now() - 258 * 86_400_000);
  return new Date(Date.UTC(started.getUTCFullYear(), started.getUTCMonth() + 3, 1)).toISOString().slice(0, 7);
}

test('declaration: the provider declares a month of care, the municipality approves, the plan shows the volume used', async ({
  page,
}) => {
  const cspViolations = collectCspViolations(page);

  await demoLoginAs(page, 'Fatima El Amrani');
  await openMenu(page, 'Toewijzingen');
  await expect(page.getByRole('heading', { level: 1, name: 'Toewijzingen' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'Gestopt' }).filter({ hasText: 'Tom' }).first();
  await expect(row.getByText(/^4 van \d+ uur gebruikt$/)).toBeVisible();
  await row.getByRole('button', { name: /^Declareren voor toewijzing \d+$/ }).click();

  const form = page.locator('form[data-declare-form]');
  await form.getByLabel('Maand').fill(fourthMonthOfEarlierTrajectory());
  await form.getByLabel('Geleverd (uur)').fill('2');
  await expectNoSeriousAccessibilityViolations(page);
  await form.getByRole('button', { name: 'Declaratie versturen' }).click();
  await expect(
    form.getByText(/De gemeente heeft de declaratie goedgekeurd\. Toegekend: €\s190,00\./),
  ).toBeVisible();
  await expect(row.getByText(/^6 van \d+ uur gebruikt$/)).toBeVisible();
  // The new declaration heads the list of earlier ones, beside the demo's two months.
  const history = page.locator('[data-declaration-history]');
  const historyRows = history.locator('tr[data-declaration-status]');
  await expect(historyRows).toHaveCount(3);
  await expect(historyRows.first()).toHaveAttribute('data-declaration-status', 'approved');
  await expect(historyRows.first().getByText('Goedgekeurd')).toBeVisible();

  // The same month again: rejected, with the reason in plain Dutch.
  await form.getByRole('button', { name: 'Declaratie versturen' }).click();
  await expect(
    form.getByText('De gemeente heeft de declaratie afgekeurd. Er wordt niets betaald.'),
  ).toBeVisible();
  await expect(form.getByText('Deze maand is voor deze toewijzing al gedeclareerd.')).toBeVisible();
  await expect(historyRows).toHaveCount(4);
  await expect(historyRows.first()).toHaveAttribute('data-declaration-status', 'rejected');
  await expect(
    historyRows.first().getByText('Deze maand is voor deze toewijzing al gedeclareerd.'),
  ).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  await logout(page);

  // The coordinator sees the volume used in the household plan.
  await demoLoginAs(page, 'Sanne de Vries');
  await page.goto(PLAN_URL);
  const section = page.getByRole('region', { name: 'Specialistische hulp (toewijzingen)' });
  await expect(section.getByText(/6 van \d+ uur gebruikt/)).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  expect(cspViolations).toEqual([]);
});
