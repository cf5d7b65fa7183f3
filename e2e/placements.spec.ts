import { PlaceType } from '@een-plan/contracts';
import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './accessibility.ts';
import { collectCspViolations } from './content-security-policy.ts';
import { demoLoginAs } from './demo-login.ts';
import { expectReadableLayout } from './layout.ts';

/** "Zo thuis mogelijk": the search keeps the order the types are declared in. */
const HOME_LIKE_ORDER: readonly string[] = PlaceType.options;

async function logout(page: Page) {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/inloggen$/);
}

async function openMenu(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name, exact: true }).click();
}

/** Sanne searches near the Öztürks (postcode 2153) for Deniz, who is 7. */
async function searchForDeniz(page: Page) {
  await openMenu(page, 'Plekvrij');
  await expect(page.getByRole('heading', { level: 1, name: 'Plekvrij: vrije plekken' })).toBeVisible();
  await page.getByLabel('Postcode van het gezin (4 cijfers)').fill('2153');
  await page.getByLabel('Leeftijd van de jongere').fill('7');
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  const results = page.getByRole('region', { name: 'Vrije plekken' });
  await expect(results.locator('tr[data-place-type]').first()).toBeVisible();
  return results;
}

/** Reserves the place in `row` for Deniz under the plan's action with Jeugdhulp Kennemerland. */
async function reserveForDeniz(page: Page, row: ReturnType<Page['locator']>) {
  await row.getByRole('button', { name: 'Reserveren', exact: true }).click();
  const form = page.getByRole('region', { name: 'Plek reserveren bij Jeugdhulp Kennemerland' });
  await form.getByLabel('Huishouden').fill('hh-ozturk');
  await expect(form.getByLabel('Voor wie')).toContainText('Deniz (7)');
  await expect(form.getByLabel('Actie in het plan (met deze aanbieder)')).toContainText(
    'Hulp thuis voor Deniz en Elif',
  );
  await form.getByRole('button', { name: 'Reserveren', exact: true }).click();
  await expect(form.getByText(/^Gereserveerd tot .+\. De aanbieder bevestigt of wijst af\.$/)).toBeVisible();
}

test('Plekvrij: Sanne finds network foster care first for Deniz and reserves; the provider confirms; the assignment is sent', async ({
  page,
}) => {
  const cspViolations = collectCspViolations(page);

  await demoLoginAs(page, 'Sanne de Vries');
  const results = await searchForDeniz(page);
  const types = await results
    .locator('tr[data-place-type]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-place-type') ?? ''));
  expect(types[0]).toBe('foster_network');
  const ranks = types.map((t) => HOME_LIKE_ORDER.indexOf(t));
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  expect(types).not.toContain('closed');
  await expectNoSeriousAccessibilityViolations(page);

  const first = results.locator('tr[data-place-type]').first();
  await expect(first.getByRole('cell').first()).toHaveText('Netwerkpleegzorg');
  await reserveForDeniz(page, first);
  const mine = page.getByRole('region', { name: 'Mijn reserveringen' });
  const held = mine.getByRole('listitem').filter({ hasText: 'Deniz' }).filter({ hasText: 'Gereserveerd' });
  await expect(held).toHaveCount(1);
  await logout(page);

  // The provider has a task to answer, which leads to the reservation.
  await demoLoginAs(page, 'Fatima El Amrani');
  await page.getByRole('link', { name: 'Mijn taken' }).first().click();
  await page.getByRole('link', { name: 'Plekvrij: een reservering wacht op uw antwoord' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plekvrij: ons aanbod' })).toBeVisible();
  const toAnswer = page.getByRole('region', { name: 'Reserveringen om te beantwoorden' });
  const deniz = toAnswer.getByRole('listitem').filter({ hasText: 'Deniz' });
  await expect(deniz).toContainText('Netwerkpleegzorg');
  await expectNoSeriousAccessibilityViolations(page);
  await deniz.getByRole('button', { name: 'Bevestigen', exact: true }).click();
  await expect(
    toAnswer.getByText(
      'Bevestigd. De toewijzing voor Deniz is verstuurd (JW301). U vindt die bij Toewijzingen.',
    ),
  ).toBeVisible();
  await expect(deniz).toHaveCount(0);

  // The assignment (JW301) arrived in the provider's assignments; the task is done.
  await openMenu(page, 'Toewijzingen');
  await expect(page.getByRole('heading', { level: 1, name: 'Toewijzingen' })).toBeVisible();
  const assignment = page
    .getByRole('row')
    .filter({ hasText: 'Deniz' })
    .filter({ hasText: 'Pleegzorg (35 35A01)' });
  await expect(assignment).toHaveCount(1);
  await page.getByRole('link', { name: 'Mijn taken' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn taken' })).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Plekvrij: een reservering wacht op uw antwoord' }),
  ).toHaveCount(0);
  await logout(page);

  // Sanne sees it confirmed; a second hold she lets go again, and the place is free at once.
  await demoLoginAs(page, 'Sanne de Vries');
  const again = await searchForDeniz(page);
  const mineAfter = page.getByRole('region', { name: 'Mijn reserveringen' });
  await expect(
    mineAfter
      .getByRole('listitem')
      .filter({ hasText: 'Bevestigd' })
      .filter({ hasText: 'toewijzing verstuurd' }),
  ).toHaveCount(1);
  const next = again.locator('tr[data-place-type]').first();
  const placeId = await next.getAttribute('data-place-id');
  await reserveForDeniz(page, next);
  await expect(again.locator(`tr[data-place-id="${placeId}"]`)).toHaveCount(0);
  await mineAfter.getByRole('button', { name: 'Reservering annuleren voor Deniz' }).click();
  await expect(mineAfter.getByRole('listitem').filter({ hasText: 'Geannuleerd' })).toHaveCount(1);
  await expect(mineAfter.getByRole('button', { name: 'Reservering annuleren voor Deniz' })).toHaveCount(0);
  await expect(again.locator(`tr[data-place-id="${placeId}"]`)).toHaveCount(1);
  await expectNoSeriousAccessibilityViolations(page);
  await expectReadableLayout(page);
  expect(cspViolations).toEqual([]);
});
