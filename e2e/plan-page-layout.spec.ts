import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './accessibility.ts';
import { demoLoginAs } from './demo-login.ts';

const PLAN_URL = '/werkruimte/huishoudens/hh-jansen/plan';

async function noSidewaysScroll(page: Page) {
  const [scroll, client] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(scroll, 'the page is not wider than the screen').toBeLessThanOrEqual(client);
}

test('the long plan page has contents: sticky beside the plan on a wide screen, on top on a phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await demoLoginAs(page, 'Sanne de Vries');
  await page.goto(PLAN_URL);
  const toc = page.getByRole('navigation', { name: 'Inhoud van het plan' });
  await expect(toc.getByRole('link', { name: 'Doelen en acties' })).toBeVisible();
  // A person uses the contents once the page has loaded: a section still loading above the target
  // would push it down after the jump (this raced on a fast machine).
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('status').filter({ hasText: 'Bezig met laden' })).toHaveCount(0);
  // Keyboard: a contents link moves the focus to its section, far down the page…
  await toc.getByRole('link', { name: 'Versies' }).focus();
  await page.keyboard.press('Enter');
  const versions = page.getByRole('heading', { level: 2, name: 'Versies' });
  await expect(versions).toBeFocused();
  await expect(versions).toBeInViewport();
  // …and the contents stay in view beside it.
  await expect(toc).toBeInViewport();
  await noSidewaysScroll(page);
  await expectNoSeriousAccessibilityViolations(page);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(PLAN_URL);
  await expect(toc).toBeVisible();
  const tocBox = await toc.boundingBox();
  const goalsBox = await page.getByRole('heading', { level: 2, name: 'Doelen en acties' }).boundingBox();
  expect(tocBox!.y).toBeLessThan(goalsBox!.y);
  await noSidewaysScroll(page);
});

test('the ecogram shows whole names: "Sociaal team Nieuw-Vennep" over two lines, not cut off', async ({
  page,
}) => {
  await demoLoginAs(page, 'Sanne de Vries');
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/werkruimte/huishoudens/hh-jansen');
    const ecogram = page.locator('svg.ecogram');
    await expect(ecogram).toBeVisible();
    const texts = await ecogram.locator('text').allTextContents();
    expect(texts).toContain('Sociaal team');
    expect(texts).toContain('Nieuw-Vennep');
    expect(texts.filter((t) => t.startsWith('Sociaal team') && t.endsWith('…'))).toEqual([]);
    await noSidewaysScroll(page);
  }
});
