import { expect, type Page } from '@playwright/test';
import { demoLoginAs } from './demo-login.ts';

/** The Jansen family's plan in the coordinator's workspace. */
const JANSEN_PLAN_URL = '/werkruimte/huishoudens/hh-jansen/plan';

export async function logout(page: Page) {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/inloggen$/);
}

/** Sanne logs in and opens Tom's household plan from her caseload, as a coordinator would. */
export async function openJansenPlan(page: Page) {
  await demoLoginAs(page, 'Sanne de Vries');
  await expect(page).toHaveURL(/\/werkruimte$/);
  await page.getByRole('link', { name: 'Alle huishoudens en zoeken' }).click();
  await page
    .getByRole('table', { name: 'Mijn huishoudens' })
    .getByRole('link', { name: 'Gezin Jansen' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gezin Jansen' })).toBeVisible();
  await page.getByRole('link', { name: 'Gezinsplan' }).click();
  await expect(page).toHaveURL(new RegExp(`${JANSEN_PLAN_URL}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Gezinsplan Gezin Jansen' })).toBeVisible();
}

/**
 * The coordinator records the agreements the family gave her in the conversation (at the kitchen
 * table), one button per person, each gone once recorded.
 */
export async function recordAgreementsGivenInPerson(page: Page, names: readonly string[]) {
  for (const name of names) {
    const button = page.getByRole('button', {
      name: `Akkoord van ${name} vastleggen (gegeven in het gesprek)`,
    });
    await button.click();
    await expect(button).toHaveCount(0);
  }
}
