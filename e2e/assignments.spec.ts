import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './accessibility.ts';
import { collectCspViolations } from './content-security-policy.ts';
import { demoLoginAs } from './demo-login.ts';

const PLAN_URL = '/werkruimte/huishoudens/hh-jansen/plan';

async function logout(page: Page) {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/inloggen$/);
}

test('assignment: coordinator assigns help for Tom, the provider reports the start, the plan shows it', async ({
  page,
}) => {
  const cspViolations = collectCspViolations(page);

  // The coordinator assigns specialised ambulant help from Tom's plan (a level-2 provider action).
  await demoLoginAs(page, 'Sanne de Vries');
  await expect(page).toHaveURL(/\/werkruimte$/);
  await page.goto(PLAN_URL);
  const section = page.getByRole('region', { name: 'Specialistische hulp (toewijzingen)' });
  await expect(section).toBeVisible();
  await section.getByRole('button', { name: /^Toewijzen: Gesprekken met Tom/ }).click();
  // The action is about Tom: he is preselected (issue 13, rough edge 4; it was Lisa).
  await expect(section.getByLabel('Voor wie')).toHaveValue('p-tom');
  await section.getByLabel('Omvang (aantal)').fill('1');
  await section.getByLabel('Begindatum').fill('2026-11-16');
  await section.getByLabel('Einddatum').fill('2027-02-28');
  await expectNoSeriousAccessibilityViolations(page);
  await section.getByRole('button', { name: 'Toewijzen', exact: true }).click();
  await expect(section.getByText('Toegewezen. De aanbieder heeft de toewijzing ontvangen.')).toBeVisible();
  const assignedText = section.getByText(/Toewijzing \d+: Toegewezen/);
  await expect(assignedText).toBeVisible();
  const number = /Toewijzing (\d+)/.exec((await assignedText.textContent()) ?? '')?.[1];
  expect(number).toBeTruthy();
  await logout(page);

  // The provider sees the assignment and reports the start.
  await demoLoginAs(page, 'Fatima El Amrani');
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Toewijzingen', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Toewijzingen' })).toBeVisible();
  await page.getByRole('button', { name: `Start melden voor toewijzing ${number}` }).click();
  await expectNoSeriousAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Versturen' }).click();
  await expect(
    page.getByText('De start is gemeld. De gemeente heeft het bericht goedgekeurd.'),
  ).toBeVisible();
  await logout(page);

  // The plan shows the assignment's life: gestart.
  await demoLoginAs(page, 'Sanne de Vries');
  await page.goto(PLAN_URL);
  const after = page.getByRole('region', { name: 'Specialistische hulp (toewijzingen)' });
  await expect(after.getByText(new RegExp(`Toewijzing ${number}: Gestart, gestart op`))).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  expect(cspViolations).toEqual([]);
});
