import { expect, type Page } from '@playwright/test';

/** Logs in through the visible demo login, the way a person would. */
export async function demoLoginAs(page: Page, displayName: string): Promise<void> {
  await page.goto('/');
  await expect(page).toHaveURL(/\/inloggen$/);
  await page.getByRole('button', { name: `Inloggen als ${displayName}` }).click();
}
