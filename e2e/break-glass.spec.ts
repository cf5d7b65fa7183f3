import { expect, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './accessibility.ts';
import { collectCspViolations } from './content-security-policy.ts';
import { demoLoginAs } from './demo-login.ts';

test('Veilig Thuis opens a dossier under the meldcode, the team lead reviews it, the family sees it', async ({
  browser,
}) => {
  const joost = await (await browser.newContext()).newPage();
  const cspViolations = collectCspViolations(joost);
  await demoLoginAs(joost, 'Joost de Boer');
  await joost.getByRole('link', { name: 'Noodtoegang', exact: true }).click();
  await expect(joost.getByRole('heading', { level: 1, name: 'Noodtoegang (meldcode)' })).toBeVisible();
  // The demo story: an access to the Öztürk household two days ago, over, not yet reviewed.
  await expect(joost.getByRole('region', { name: 'Mijn noodtoegang' })).toContainText('Gezin Öztürk');
  await expectNoSeriousAccessibilityViolations(joost);

  // Only exact data finds the household; a partial name does not.
  const lookup = joost.getByRole('form', { name: '1. Zoek het huishouden' });
  await lookup.getByLabel('Achternaam, geboortedatum en postcode').check();
  await lookup.getByLabel('Achternaam', { exact: true }).fill('Jans');
  await lookup.getByLabel('Postcode', { exact: true }).fill('2151 AB');
  await lookup.getByLabel('Geboortedatum', { exact: true }).fill('2014-03-15');
  await lookup.getByRole('button', { name: 'Zoeken' }).click();
  await expect(joost.getByText('Geen huishouden gevonden met precies deze gegevens.')).toBeVisible();
  await lookup.getByLabel('Achternaam', { exact: true }).fill('Jansen');
  await lookup.getByRole('button', { name: 'Zoeken' }).click();
  await joost.getByRole('button', { name: 'Kies Gezin Jansen' }).click();

  // The reason is required; a short one is refused before anything is opened.
  const open = joost.getByRole('form', { name: /Waarom opent u het dossier van Gezin Jansen/ });
  await open.getByLabel('Reden').fill('Zorgen');
  await open.getByRole('button', { name: 'Dossier openen' }).click();
  await expect(open.getByText('Schrijf een reden van minstens 20 tekens.')).toBeVisible();
  await open
    .getByLabel('Reden')
    .fill('Melding van de school over letsel bij Tom; we moeten vandaag weten wie er betrokken is.');
  await open.getByRole('button', { name: 'Dossier openen' }).click();
  await expect(joost.getByText(/U heeft toegang tot/)).toBeVisible();
  await expectNoSeriousAccessibilityViolations(joost);

  const mine = joost.getByRole('region', { name: 'Mijn noodtoegang' });
  await mine.getByRole('link', { name: 'Gezin Jansen' }).click();
  await expect(joost.getByRole('heading', { level: 1, name: 'Gezin Jansen' })).toBeVisible();
  await expect(joost.getByText('U kijkt met noodtoegang.', { exact: false }).first()).toBeVisible();
  expect(cspViolations).toEqual([]);

  // The team lead finds it in the review queue and judges it.
  const ahmed = await (await browser.newContext()).newPage();
  await demoLoginAs(ahmed, 'Ahmed Yilmaz');
  await ahmed.getByRole('link', { name: 'Noodtoegang beoordelen', exact: true }).click();
  const item = ahmed
    .getByRole('article', { name: /Joost de Boer opende een dossier/ })
    .filter({ hasText: 'Gezin Jansen' });
  await expect(item).toContainText('Gezin Jansen');
  await expect(item).toContainText('Melding van de school over letsel bij Tom');
  await expectNoSeriousAccessibilityViolations(ahmed);
  // "Niet terecht" needs a note; the team lead writes one and judges it justified after all.
  await item.getByRole('button', { name: 'Niet terecht' }).click();
  await expect(
    item.getByText('Schrijf waarom de toegang niet terecht was (minstens 10 tekens).'),
  ).toBeVisible();
  await item.getByLabel(/^Toelichting/).fill('Letsel is door de school gemeld; openen was nodig.');
  await item.getByRole('button', { name: 'Terecht', exact: true }).click();
  await expect(item).toHaveCount(0);
  // The demo story's Öztürk access still waits for his judgement.
  await expect(
    ahmed
      .getByRole('article', { name: /Joost de Boer opende een dossier/ })
      .filter({ hasText: 'Gezin Öztürk' }),
  ).toBeVisible();

  // Joost sees the judgement on his own access.
  await joost.getByRole('link', { name: 'Noodtoegang', exact: true }).click();
  await expect(
    joost
      .getByRole('region', { name: 'Mijn noodtoegang' })
      .getByText('beoordeeld als terecht: “Letsel is door de school gemeld; openen was nodig.”'),
  ).toBeVisible();

  // The access is in the audit log, and the family sees it (no legal ground withheld it).
  const anouk = await (await browser.newContext()).newPage();
  await demoLoginAs(anouk, 'Anouk Jansen');
  await anouk.getByRole('link', { name: 'Wie heeft mijn gegevens bekeken?' }).click();
  const visit = anouk
    .getByRole('list', { name: 'Wie keek wanneer naar uw gegevens' })
    .locator(':scope > li')
    .filter({ hasText: 'Joost de Boer (Veilig Thuis)' })
    .first();
  await expect(visit).toContainText('opende uw dossier met noodtoegang');
  await expect(visit).toContainText('noodtoegang (veiligheid)');
  await expectNoSeriousAccessibilityViolations(anouk);
});
