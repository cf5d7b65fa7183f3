import { expect, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './accessibility.ts';

test.describe('login page', () => {
  test('sends a visitor without a session to the login page', async ({ page }) => {
    await page.goto('/werkruimte');
    await expect(page).toHaveURL(/\/inloggen$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
  });

  test('lists demo users by role and has no serious accessibility problems', async ({ page }) => {
    await page.goto('/inloggen');
    await expect(page.getByRole('heading', { level: 2, name: 'Demo-inloggen' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'Regisseur' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'Inwoner' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Inloggen als Sanne de Vries' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');

    await expectNoSeriousAccessibilityViolations(page);
  });

  test('offers a skip link to the main content', async ({ page }) => {
    await page.goto('/inloggen');
    await expect(page.getByRole('button', { name: 'Inloggen als Sanne de Vries' })).toBeVisible();
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Naar de inhoud' });
    await expect(skipLink).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
  });

  test('shows a not-found page for an unknown address', async ({ page }) => {
    await page.goto('/bestaat-niet');
    await expect(page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeVisible();
  });
});
