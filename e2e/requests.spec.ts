import { passesElevenTest } from '@een-plan/contracts';
import { expect, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './accessibility.ts';
import { collectCspViolations } from './content-security-policy.ts';
import { demoLoginAs, openMenu } from './demo-login.ts';
import { logout } from './plan-helpers.ts';

/** The demo's n-th synthetic BSN (the demo loader numbers its people the same way): Elif Öztürk is 4. */
function demoBsn(n: number): string {
  let found = -1;
  for (let candidate = 999_990_000; ; candidate++) {
    if (passesElevenTest(String(candidate)) && ++found === n) return String(candidate);
  }
}

test('request: the provider asks for help after a GP referral, the team lead grants, the provider sees the assignment', async ({
  page,
}) => {
  const cspViolations = collectCspViolations(page);

  // The provider requests an assignment for Elif (JW315) after her GP referred her.
  await demoLoginAs(page, 'Fatima El Amrani');
  await openMenu(page, 'Toewijzingen');
  const section = page.getByRole('region', { name: 'Verzoeken aan de gemeente' });
  await section.getByRole('button', { name: 'Toewijzing aanvragen' }).click();
  await section.getByLabel('BSN van de cliënt').fill(demoBsn(4));
  await section.getByLabel('Geboortedatum van de cliënt').fill('1990-11-30');
  await section.getByLabel('Achternaam van de cliënt').fill('Öztürk');
  await section.getByLabel(/^Omvang \(aantal\)/).fill('1');
  await section.getByLabel('Verwezen door').selectOption({ label: 'Huisarts' });
  await section.getByLabel(/AGB-code van de verwijzer/).fill('01234567');
  await expectNoSeriousAccessibilityViolations(page);
  await section.getByRole('button', { name: 'Verzoek versturen' }).click();
  await expect(
    section.getByText('Het verzoek is ontvangen door de gemeente.', { exact: false }),
  ).toBeVisible();
  const row = section.getByRole('row').filter({ hasText: 'Elif' });
  await expect(row.getByText('Open', { exact: true })).toBeVisible();
  await logout(page);

  // The team lead of Elif's team sees it under "Verzoeken" and grants it.
  await demoLoginAs(page, 'Ahmed Yilmaz');
  await page.getByRole('link', { name: 'Verzoeken', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verzoeken van aanbieders' })).toBeVisible();
  const request = page.getByRole('row').filter({ hasText: 'Elif (Gezin Öztürk)' });
  await request.getByRole('button', { name: /^Bekijk verzoek/ }).click();
  await expect(page.getByRole('region', { name: /^Verzoek VOT/ })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Toekennen' }).click();
  await expect(page.getByText('Het verzoek is toegekend.', { exact: false })).toBeVisible();
  await logout(page);

  // The provider sees the new assignment and the answer to its request.
  await demoLoginAs(page, 'Fatima El Amrani');
  await openMenu(page, 'Toewijzingen');
  const assignmentRow = page.getByRole('row').filter({ hasText: 'Elif' }).filter({ hasText: 'Toegewezen' });
  await expect(assignmentRow.first()).toBeVisible();
  const answers = page.getByRole('region', { name: 'Verzoeken aan de gemeente' });
  await expect(
    answers
      .getByRole('row')
      .filter({ hasText: 'Elif' })
      .getByText(/^Toegekend: toewijzing \d+\.$/),
  ).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  expect(cspViolations).toEqual([]);
});
