import { expect, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './accessibility.ts';
import { collectCspViolations } from './content-security-policy.ts';
import { demoLoginAs } from './demo-login.ts';

test('an administrator records a provider and its contract', async ({ page }) => {
  const cspViolations = collectCspViolations(page);
  await demoLoginAs(page, 'Erik Smit');
  await page.getByRole('link', { name: 'Contracten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aanbieders en contracten' })).toBeVisible();
  // The demo provider and its contract are there from the start.
  const providers = page.getByRole('region', { name: 'Aanbieders' });
  await expect(providers.getByRole('rowheader', { name: 'Jeugdhulp Kennemerland' })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);

  // A wrong AGB code is refused with a clear message; nothing is stored.
  const addProvider = page.getByRole('form', { name: 'Aanbieder vastleggen' });
  await addProvider.getByLabel('Naam', { exact: true }).fill('Gezinshuis De Linde');
  await addProvider.getByLabel('AGB-code').fill('1234');
  await addProvider.getByRole('button', { name: 'Aanbieder vastleggen' }).click();
  await expect(addProvider.getByRole('alert')).toBeVisible();
  await expect(providers.getByRole('rowheader', { name: 'Gezinshuis De Linde' })).toHaveCount(0);

  await addProvider.getByLabel('AGB-code').fill('98001234');
  await addProvider.getByRole('button', { name: 'Aanbieder vastleggen' }).click();
  await expect(addProvider.getByText('De aanbieder is vastgelegd.')).toBeVisible();
  await expect(providers.getByRole('rowheader', { name: 'Gezinshuis De Linde' })).toBeVisible();

  const contracts = page.getByRole('region', { name: 'Contracten' });
  const form = page.getByRole('form', { name: 'Contract vastleggen' });
  await form.getByLabel('Aanbieder').selectOption({ label: 'Gezinshuis De Linde (98001234)' });
  await form.getByLabel('Geldig vanaf').fill('2027-01-01');
  await form.getByLabel('Naam van het product').fill('Gezinshuis');
  await form.getByLabel('Productcategorie (JZ020)').fill('41');
  await form.getByLabel('Productcode').fill('41a01');
  await form.getByLabel('Eenheid', { exact: true }).selectOption('14');
  await form.getByLabel('Tarief in euro per eenheid').fill('150,00');
  await form.getByRole('button', { name: 'Contract vastleggen' }).click();
  await expect(form.getByText('Het contract is vastgelegd.')).toBeVisible();
  await expect(contracts.getByRole('rowheader', { name: 'Gezinshuis De Linde (98001234)' })).toBeVisible();
  await expect(contracts.getByText(/41\/41A01 Gezinshuis/)).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  expect(cspViolations).toEqual([]);
});

test('an administrator connects a provider system and sets when a missing start is flagged', async ({
  page,
}) => {
  await demoLoginAs(page, 'Erik Smit');
  await page.getByRole('link', { name: 'Contracten' }).click();
  const connections = page.getByRole('region', { name: 'Koppelingen met systemen van aanbieders' });
  await connections.getByLabel('Aanbieder').selectOption({ label: 'Jeugdhulp Kennemerland (98765432)' });
  await connections.getByLabel(/Naam van de koppeling/).fill('Zorgdossier Kennemerland');
  await connections.getByRole('button', { name: 'Sleutel aanmaken' }).click();
  // The key is shown once, for copying; the list shows the connection without it.
  const token = connections.locator('[data-api-token]');
  await expect(token).toHaveText(/^ep_0394_/);
  await expect(connections.getByText(/Zorgdossier Kennemerland · aangemaakt op/)).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  await connections.getByRole('button', { name: 'Intrekken: Zorgdossier Kennemerland' }).click();
  await expect(connections.getByText(/Zorgdossier Kennemerland · aangemaakt op/)).toHaveCount(0);

  const settings = page.getByRole('region', { name: 'Instellingen voor toewijzingen' });
  const days = settings.getByLabel('Waarschuwen als de start na zoveel dagen niet gemeld is');
  await days.fill('0');
  await settings.getByRole('button', { name: 'Instellingen opslaan' }).click();
  await expect(settings.getByText('Vul een aantal dagen in van 1 tot en met 365.')).toBeVisible();
  await days.fill('15');
  await settings.getByRole('button', { name: 'Instellingen opslaan' }).click();
  await expect(settings.getByText('De instellingen zijn opgeslagen.')).toBeVisible();
  await page.reload();
  await expect(
    page
      .getByRole('region', { name: 'Instellingen voor toewijzingen' })
      .getByLabel('Waarschuwen als de start na zoveel dagen niet gemeld is'),
  ).toHaveValue('15');
});
