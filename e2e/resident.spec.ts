import { expect, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './accessibility.ts';
import { collectCspViolations } from './content-security-policy.ts';
import { demoLoginAs } from './demo-login.ts';
import { expectReadableLayout } from './layout.ts';

test('a parent sees the own household in "Mijn plan" and logs out', async ({ page }) => {
  const cspViolations = collectCspViolations(page);
  await demoLoginAs(page, 'Anouk Jansen');

  await expect(page).toHaveURL(/\/mijn-plan$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn plan' })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main).toContainText('Gezin Jansen');
  await expect(main).toContainText('Uw regisseur is Sanne de Vries.');
  await expect(main.getByRole('listitem').filter({ hasText: /^Tom, \d+ jaar$/ })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link')).toHaveText([
    'Mijn plan',
    'Mijn rechten',
  ]);

  await expectNoSeriousAccessibilityViolations(page);
  await expectReadableLayout(page);

  // A resident who opens the workspace address lands back in the own portal.
  await page.goto('/werkruimte');
  await expect(page).toHaveURL(/\/mijn-plan$/);

  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/inloggen$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
  expect(cspViolations).toEqual([]);
});

test('the portal works on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await demoLoginAs(page, 'Anouk Jansen');
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn plan' })).toBeVisible();
  const overflows = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
  expect(overflows).toBe(false);
  await expectNoSeriousAccessibilityViolations(page);
});
