import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './accessibility.ts';
import { demoLoginAs } from './demo-login.ts';

// A 1×1 PNG, the tenant's logo.
const logoPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const menuBarColour = (page: Page) =>
  page.locator('.utrecht-nav-bar').evaluate((el) => getComputedStyle(el).backgroundColor);

test.describe('tenant theme', () => {
  // One story across two browser pages with two accessibility scans.

  test('the administrator sets a theme in the browser; it applies without a rebuild, for everyone', async ({
    page,
    browser,
  }) => {
    await demoLoginAs(page, 'Erik Smit');
    await page.getByRole('navigation').getByRole('link', { name: 'Huisstijl' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Huisstijl' })).toBeVisible();
    await expect(page.getByText('U gebruikt nu het open standaardthema')).toBeVisible();
    await expectNoSeriousAccessibilityViolations(page);

    await page.getByLabel('Naam in de kop').fill('Gemeente Haarlemmermeer');
    await page.getByLabel('Logo', { exact: true }).setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: logoPng,
    });
    await page.getByLabel('Knoppen (hoofdkleur)', { exact: true }).fill('#00594f');
    await page.getByLabel('Menubalk', { exact: true }).fill('#00594f');
    await page.getByLabel('Actief menu-item', { exact: true }).fill('#003a33');
    await expect(page.getByLabel('Knoppen (hoofdkleur)', { exact: true })).toHaveValue('#00594f');

    // Pale text on the button colour: the editor warns, the server refuses and names the pair.
    await page.getByLabel('Tekst op knoppen', { exact: true }).fill('#7fb0aa');
    await expect(page.getByRole('cell', { name: 'Te weinig contrast' })).toHaveCount(1);
    await page.getByRole('button', { name: 'Huisstijl opslaan' }).click();
    await expect(page.getByRole('alert')).toContainText('Contrast te laag voor knoptekst op de knopkleur');

    await page.getByLabel('Tekst op knoppen', { exact: true }).fill('#ffffff');
    await page.getByRole('button', { name: 'Huisstijl opslaan' }).click();
    await expect(page.getByText('De huisstijl is opgeslagen')).toBeVisible();
    expect(await menuBarColour(page)).toBe('rgb(0, 89, 79)');
    await expect(page.getByRole('img', { name: 'Gemeente Haarlemmermeer' })).toBeVisible();

    // Another visitor, not logged in, gets the tenant's theme from the server at runtime.
    const visitorContext = await browser.newContext();
    const visitor = await visitorContext.newPage();
    await visitor.goto('/inloggen');
    await expect(visitor.getByRole('button', { name: 'Inloggen als Sanne de Vries' })).toBeVisible();
    await expect
      .poll(() =>
        visitor
          .locator('html')
          .evaluate((el) => getComputedStyle(el).getPropertyValue('--een-plan-color-primary')),
      )
      .toBe('#00594f');
    await expect(visitor.getByRole('img', { name: 'Gemeente Haarlemmermeer' })).toBeVisible();
    await expectNoSeriousAccessibilityViolations(visitor);
    await visitorContext.close();

    // Back to the open default for the stories that follow.
    await page.getByRole('button', { name: 'Terug naar het standaardthema' }).click();
    await expect(page.getByText('U gebruikt nu het open standaardthema')).toBeVisible();
    await expect.poll(() => menuBarColour(page)).toBe('rgb(33, 70, 109)');
  });
});
