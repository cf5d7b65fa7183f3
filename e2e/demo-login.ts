import { type Browser, expect, type Page } from '@playwright/test';

/** Logs in through the visible demo login, the way a person would. */
export async function demoLoginAs(page: Page, displayName: string): Promise<void> {
  await page.goto('/');
  await expect(page).toHaveURL(/\/inloggen$/);
  await page.getByRole('button', { name: `Inloggen als ${displayName}` }).click();
  // The session exists once the app leaves the login page for the role's home: a test that goes
  // straight to another address before that is sent back to the login page (seen on a busy machine).
  await expect(page).not.toHaveURL(/\/inloggen$/);
}

/** A page in a browser context of its own (its own session), logged in as the demo person. */
export async function loggedInPage(browser: Browser, displayName: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await demoLoginAs(page, displayName);
  return page;
}

/** Opens a page of the main menu by its link's name. */
export async function openMenu(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name, exact: true }).click();
}
