import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './accessibility.ts';
import { collectCspViolations } from './content-security-policy.ts';
import { demoLoginAs } from './demo-login.ts';
import { expectReadableLayout } from './layout.ts';

async function logout(page: Page) {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/inloggen$/);
}

test('Lisa (16½) picks her JIM mentor and says DigiD is arranged; Sanne gives a topic to the helper', async ({
  page,
}) => {
  const cspViolations = collectCspViolations(page);
  await demoLoginAs(page, 'Lisa Jansen');
  await page.getByRole('link', { name: 'Mijn toekomstplan (18 jaar)' }).click();
  await expect(page).toHaveURL(/\/mijn-plan\/toekomstplan$/);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 2, name: 'Mijn toekomstplan' })).toBeVisible();
  await expect(main).toContainText(/Nog \d+ dagen tot je 18e verjaardag\./);

  // With the keyboard: choose the helper, then save.
  const helper = main.getByLabel('Kies wie je helpt');
  await helper.focus();
  await helper.selectOption({ label: 'Yara Bos (JIM van Lisa) – je JIM (iemand die je vertrouwt)' });
  await main.getByRole('button', { name: 'Deze persoon kiezen' }).press('Enter');
  await expect(main).toContainText('Yara Bos (JIM van Lisa) helpt je.');

  // With the keyboard: how far she is with DigiD, then save.
  const digid = main.getByRole('group', { name: 'Hoe ver ben je met DigiD?' });
  await digid.getByRole('radio', { name: 'Nog niet begonnen' }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(digid.getByRole('radio', { name: 'Geregeld' })).toBeChecked();
  await main.getByRole('button', { name: 'DigiD opslaan' }).press('Enter');
  await expect(main.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible();

  await expectNoSeriousAccessibilityViolations(page);
  await expectReadableLayout(page);
  await logout(page);

  await demoLoginAs(page, 'Sanne de Vries');
  await page.goto('/werkruimte/huishoudens/hh-jansen');
  const section = page.locator('#toekomstplan');
  await expect(section.getByRole('heading', { level: 2, name: 'Toekomstplan 18-/18+' })).toBeVisible();
  await expect(section).toContainText('Helper: Yara Bos (JIM van Lisa)');
  // Lisa's answer is there; Sanne hands health insurance to the helper, with the keyboard.
  await expect(section.getByLabel('Status van DigiD')).toHaveValue('done');
  const owner = section.getByLabel('Wie regelt Zorgverzekering');
  await owner.focus();
  await owner.selectOption({ label: 'Helper (Yara Bos (JIM van Lisa))' });
  await section.getByRole('button', { name: 'Zorgverzekering opslaan' }).press('Enter');
  await expect(section).toContainText(
    'Zorgverzekering is opgeslagen: Nog doen, Helper (Yara Bos (JIM van Lisa)).',
  );
  await expectNoSeriousAccessibilityViolations(page);
  expect(cspViolations).toEqual([]);
});
