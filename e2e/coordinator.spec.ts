import { expect, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './accessibility.ts';
import { collectCspViolations } from './content-security-policy.ts';
import { demoLoginAs } from './demo-login.ts';

test('a coordinator sees the caseload, switches to English and logs out', async ({ page }) => {
  const cspViolations = collectCspViolations(page);
  await demoLoginAs(page, 'Sanne de Vries');

  await expect(page).toHaveURL(/\/werkruimte$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Werkruimte' })).toBeVisible();
  const header = page.getByRole('banner');
  await expect(header).toContainText('Sanne de Vries');
  await expect(header).toContainText('Regisseur');
  await expect(header).toContainText('Gemeente Haarlemmermeer');
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();

  const caseload = page.getByRole('table', { name: 'Mijn huishoudens' });
  await expect(caseload.getByRole('columnheader')).toHaveText([
    'Huishouden',
    'Status',
    'Volgende evaluatie',
    'Let op',
  ]);
  const jansen = caseload.getByRole('row', { name: /Gezin Jansen/ });
  await expect(jansen.getByRole('link', { name: 'Gezin Jansen' })).toHaveAttribute(
    'href',
    '/werkruimte/huishoudens/hh-jansen',
  );
  await expect(jansen).toContainText('18-/18+');

  await expectNoSeriousAccessibilityViolations(page);

  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workspace' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'My households' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Household' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();

  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/inloggen$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();

  // The session is really gone: the workspace is no longer reachable.
  await page.goto('/werkruimte');
  await expect(page).toHaveURL(/\/inloggen$/);
  expect(cspViolations).toEqual([]);
});

test('an expired session leads back to the login page', async ({ page, context }) => {
  await demoLoginAs(page, 'Sanne de Vries');
  await expect(page.getByRole('table', { name: 'Mijn huishoudens' })).toBeVisible();

  await context.clearCookies();
  await page.reload();

  await expect(page).toHaveURL(/\/inloggen$/);
  await expect(page.getByRole('button', { name: 'Inloggen als Sanne de Vries' })).toBeVisible();
});
