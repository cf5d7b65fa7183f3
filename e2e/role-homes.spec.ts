import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './accessibility.ts';
import { demoLoginAs } from './demo-login.ts';

/**
 * The home fits a phone and a desktop (no sideways scrolling of the page; a wide table scrolls in
 * its own box), and screenshots for people to look at when asked for (SHOTS_DIR).
 */
async function checkWidthsAndShoot(page: Page, name: string) {
  const dir = process.env.SHOTS_DIR;
  if (dir) mkdirSync(dir, { recursive: true });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth, `page width at ${width} px`).toBeLessThanOrEqual(width);
    if (dir) await page.screenshot({ path: join(dir, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const homes: Array<{ role: string; user: string; sections: string[]; text: RegExp }> = [
  {
    role: 'coordinator',
    user: 'Sanne de Vries',
    sections: ['Plannen die wachten op akkoord', 'Evaluaties in de komende 21 dagen', 'Mijn huishoudens'],
    text: /Gezin Öztürk/,
  },
  {
    role: 'team_lead',
    user: 'Ahmed Yilmaz',
    sections: [
      'Toewijzingen die wachten op uw akkoord',
      'Wachtlijst: nog geen eerste contact',
      'Werkverdeling in het team',
    ],
    text: /Sanne de Vries/,
  },
  { role: 'source', user: 'Marloes Bakker', sections: ['Mijn aanmeldingen'], text: /Nieuwe aanmelding doen/ },
  {
    role: 'provider',
    user: 'Fatima El Amrani',
    sections: [
      'Nieuwe toewijzingen: start melden',
      'Open verzoeken aan de gemeente',
      'Declaraties die aandacht nodig hebben',
    ],
    text: /Deniz/,
  },
  {
    role: 'safety',
    user: 'Joost de Boer',
    sections: ['Mijn noodtoegang'],
    text: /geen noodtoegang|geopend op/,
  },
  { role: 'crisis_service', user: 'Karin Smit', sections: ['Episodes'], text: /Gezin Öztürk/ },
  {
    role: 'certified_institution',
    user: 'Bram Koster',
    sections: ['Maatregelen'],
    text: /Ondertoezichtstelling \(OTS\)/,
  },
  { role: 'policy_analyst', user: 'Linda Kramer', sections: ['Cijfers per gebied'], text: /minder dan 5/ },
  {
    role: 'admin',
    user: 'Erik Smit',
    sections: ['Gebieden zonder postcodes', 'iJw-berichten', 'Controle van het logboek'],
    text: /Alle gebieden hebben postcodes/,
  },
];

for (const home of homes) {
  test(`${home.role} lands on their own work, and no menu item refuses them`, async ({ page }) => {
    await demoLoginAs(page, home.user);
    await expect(page).toHaveURL(/\/werkruimte$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Werkruimte' })).toBeVisible();
    for (const section of home.sections) {
      await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
    }
    await expect(page.getByRole('main')).toContainText(home.text);
    await expect(page.getByText('U bent nog niet aan een team gekoppeld.')).toHaveCount(0);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(nav.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    await expectNoSeriousAccessibilityViolations(page);
    await checkWidthsAndShoot(page, `home-${home.role}`);

    // Every menu item opens without "no access", and marks itself, not "Home", as current.
    const items = await nav
      .getByRole('link')
      .evaluateAll((links) =>
        links.map((a) => ({ name: a.textContent ?? '', href: a.getAttribute('href') ?? '' })),
      );
    for (const item of items.filter((i) => i.href !== '/werkruimte')) {
      await nav.getByRole('link', { name: item.name, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${item.href}$`));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expect(page.getByText('U heeft geen toegang tot deze gegevens.'), item.href).toHaveCount(0);
      await expect(nav.getByRole('link', { name: item.name, exact: true })).toHaveAttribute(
        'aria-current',
        'page',
      );
      await expect(nav.getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current', 'page');
    }
  });
}

test('a resident keeps the portal home', async ({ page }) => {
  await demoLoginAs(page, 'Anouk Jansen');
  await expect(page).toHaveURL(/\/mijn-plan$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn plan' })).toBeVisible();
  await checkWidthsAndShoot(page, 'home-resident');
});

test('a coordinator adds a social-map offer to a family plan, and finds it there', async ({ page }) => {
  await demoLoginAs(page, 'Sanne de Vries');
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Sociale kaart' })
    .click();
  await page.getByLabel('Zoekwoorden').fill('Taalmaatje');
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await page.getByRole('button', { name: 'Aan plan toevoegen: Taalmaatje', exact: true }).click();
  const form = page.getByRole('form', { name: 'Aan plan toevoegen: Taalmaatje', exact: true });
  await form.getByLabel('Voor welk huishouden?').selectOption({ label: 'Gezin Jansen' });
  const goal = form.getByLabel('Bij welk doel?');
  await expect(goal.locator('option')).not.toHaveCount(1);
  await goal.selectOption({ index: 1 });
  await expectNoSeriousAccessibilityViolations(page);
  await form.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(form.getByText('Het aanbod staat nu als actie in het plan.')).toBeVisible();
  await checkWidthsAndShoot(page, 'social-map-add-to-plan');
  await form.getByRole('link', { name: 'Naar het plan' }).click();
  await expect(page).toHaveURL(/\/werkruimte\/huishoudens\/hh-jansen\/plan$/);
  await expect(page.getByRole('main')).toContainText('Taalmaatje');
  // Back to the list of households, not the home.
  await expect(page.getByRole('link', { name: 'Terug naar Mijn huishoudens' })).toHaveAttribute(
    'href',
    '/werkruimte/huishoudens',
  );
});
