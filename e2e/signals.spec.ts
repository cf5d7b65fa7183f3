import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './accessibility.ts';
import { collectCspViolations } from './content-security-policy.ts';
import { demoLoginAs } from './demo-login.ts';
import { expectReadableLayout } from './layout.ts';

async function logout(page: Page) {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/inloggen$/);
}

function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Hoofdmenu' });
}

test('no wrong door: a teacher signals, the team triages, the coordinator makes contact', async ({
  page,
}) => {
  const cspViolations = collectCspViolations(page);

  // The public page needs no login and asks for nothing.
  await page.goto('/waar-kan-ik-terecht');
  await expect(page.getByRole('heading', { level: 1, name: 'Waar kan ik terecht?' })).toBeVisible();
  const nieuwVennep = page.getByRole('listitem').filter({ hasText: 'Sociaal team Nieuw-Vennep' });
  await expect(nieuwVennep.getByRole('link', { name: '023 567 1000' })).toBeVisible();
  await expect(page.locator('main input, main textarea')).toHaveCount(0);
  await expectNoSeriousAccessibilityViolations(page);

  // The teacher files a signal about Tom.
  await demoLoginAs(page, 'Marloes Bakker');
  await nav(page).getByRole('link', { name: 'Aanmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zorgen melden' })).toBeVisible();
  await page.getByLabel('Voornaam').fill('Tom');
  await page.getByLabel('Achternaam').fill('Jansen');
  await page.getByLabel('Geboortedatum').fill('2014-03-15');
  await page.getByLabel('Straat').fill('Kruisweg');
  await page.getByLabel('Huisnummer').fill('12');
  await page.getByLabel('Postcode').fill('2151 ab');
  await page.getByLabel('Woonplaats').fill('Nieuw-Vennep');
  await page.getByLabel('Opvoeding en ontwikkeling van het kind').check();
  await page.getByLabel('Financiën').check();
  await page
    .getByLabel('Vertel in uw eigen woorden wat u ziet')
    .fill('Tom is vaak moe en heeft geen ontbijt gehad.');
  await page.getByLabel('De familie weet van deze melding').check();
  await page.getByLabel('De familie is het eens met deze melding').check();
  await page.getByLabel('Hoe kan het team de familie bereiken?').fill('Moeder Anouk, 06 12345678');
  await page.getByLabel('Hoe kan het team u bereiken?').fill('Marloes Bakker, 0252 111 222');
  // Possible unsafety shows the meldcode guidance.
  await page.getByLabel(/misschien niet veilig/).check();
  await expect(page.getByText(/Veilig Thuis voor advies/)).toBeVisible();
  await page.getByLabel(/misschien niet veilig/).uncheck();
  await expect(page.getByText(/Veilig Thuis voor advies/)).toHaveCount(0);
  await expectNoSeriousAccessibilityViolations(page);
  await expectReadableLayout(page);
  await page.getByRole('button', { name: 'Melding versturen' }).click();
  await expect(page.getByRole('heading', { name: 'Uw melding is ontvangen' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Sociaal team Nieuw-Vennep');
  await page.getByRole('link', { name: 'Naar mijn aanmeldingen' }).click();
  const mine = page.getByRole('table', { name: 'Mijn aanmeldingen' });
  await expect(mine.getByRole('row', { name: /Tom/ })).toContainText('Ontvangen');
  await expectNoSeriousAccessibilityViolations(page);
  await logout(page);

  // The team lead sees it in the Nieuw-Vennep queue as new, and assigns level 2 with Sanne.
  await demoLoginAs(page, 'Ahmed Yilmaz');
  await nav(page).getByRole('link', { name: 'Aanmeldingen', exact: true }).click();
  await expect(
    page.getByText('Nieuwe meldingen voor Sociaal team Nieuw-Vennep', { exact: false }),
  ).toBeVisible();
  const row = page.getByRole('table', { name: 'Aanmeldingen' }).getByRole('row', { name: /Tom Jansen/ });
  await expect(row).toContainText('Ontvangen');
  await expectNoSeriousAccessibilityViolations(page);
  await row.getByRole('link', { name: 'Tom Jansen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelding over Tom Jansen' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('geen ontbijt');
  await page.getByLabel('Niveau 2: specialistisch, met een regisseur').check();
  await page.getByLabel('Regisseur', { exact: true }).selectOption({ label: 'Sanne de Vries' });
  await expectNoSeriousAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
  await expect(page.getByRole('main')).toContainText('Opgepakt: er is een regisseur');
  await expect(page.getByRole('main')).toContainText('Bestaand huishouden (zelfde naam en geboortedatum)');
  await logout(page);

  // The teacher sees that it was picked up, and nothing more.
  await demoLoginAs(page, 'Marloes Bakker');
  await nav(page).getByRole('link', { name: 'Mijn aanmeldingen' }).click();
  await expect(
    page.getByRole('table', { name: 'Mijn aanmeldingen' }).getByRole('row', { name: /Tom/ }),
  ).toContainText('Opgepakt');
  await expect(page.getByRole('main')).not.toContainText('ontbijt');
  await logout(page);

  // Sanne records the first contact; the waiting time shows.
  await demoLoginAs(page, 'Sanne de Vries');
  await nav(page).getByRole('link', { name: 'Aanmeldingen', exact: true }).click();
  await page.getByRole('button', { name: 'Open' }).click();
  await page
    .getByRole('table', { name: 'Aanmeldingen' })
    .getByRole('link', { name: 'Tom Jansen' })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'Wachttijd' })).toBeVisible();
  await page.getByRole('button', { name: 'Eerste contact vastleggen (nu)' }).click();
  await expect(page.getByText('Het eerste contact is vastgelegd.')).toBeVisible();
  await expect(page.getByRole('main')).toContainText(/Tot eerste contact: \d+ werkdag(en)? \(norm: 5\)/);
  await expectNoSeriousAccessibilityViolations(page);

  // The social map finds debt help.
  await nav(page).getByRole('link', { name: 'Sociale kaart' }).click();
  await page.getByLabel('Zoekwoorden').fill('schuldhulp');
  await page.getByLabel('Onderwerp (leefgebied)').selectOption({ label: 'Financiën' });
  await page.getByRole('button', { name: 'Zoeken' }).click();
  const offer = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Schuldhulp Haarlemmermeer' }) });
  await expect(offer).toBeVisible();
  // People see the offer, not its internal code.
  await expect(offer).not.toContainText('offer-schuldhulp');
  await expectNoSeriousAccessibilityViolations(page);
  const offerName = (await offer.getByRole('heading').textContent()) ?? '';

  // …and it becomes an action in Tom's household plan (the plan editor of the family-plan module).
  await page.goto('/werkruimte/huishoudens/hh-jansen/plan');
  await page.getByRole('button', { name: 'Plan bewerken' }).click();
  await page.getByRole('button', { name: 'Actie toevoegen aan doel 1' }).click();
  const action = page.getByRole('group', { name: /^Actie \d+ bij doel 1$/ }).last();
  await action.getByLabel('Wat gebeurt er').fill('Anouk meldt zich bij de schuldhulp.');
  await action.getByLabel('Soort uitvoerder').selectOption({ label: 'Sociale kaart' });
  // The editor offers the social map's offers as owners of the action.
  await action.getByLabel('Uitvoerder', { exact: true }).selectOption({ label: offerName });
  await action
    .getByLabel('Niveau', { exact: true })
    .selectOption({ label: 'Niveau 1: ondersteuning dichtbij' });
  await page.getByRole('button', { name: 'Plan opslaan' }).click();
  await expect(
    page
      .getByRole('list', { name: 'Acties bij doel 1' })
      .getByRole('listitem')
      .filter({ hasText: 'Anouk meldt zich bij de schuldhulp.' }),
  ).toContainText('Schuldhulp Haarlemmermeer (Sociale kaart)');
  expect(cspViolations).toEqual([]);
});

test('an administrator maintains areas and imports postcodes with a validation report', async ({ page }) => {
  await demoLoginAs(page, 'Erik Smit');
  await nav(page).getByRole('link', { name: 'Gebieden', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gebieden en teams' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Nieuw-Vennep/ }).first()).toContainText('2151');
  await page.getByLabel('CSV-bestand').setInputFiles({
    name: 'postcodes.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'postcode4,area,team\n2141,Vijfhuizen,team-hoofddorp-oost\nabc,Vijfhuizen,team-hoofddorp-oost\n',
    ),
  });
  await page.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByText('Het bestand bevat fouten. Er is niets veranderd.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Fouten in het bestand' })).toContainText(
    'geen postcode van vier cijfers',
  );
  await expectNoSeriousAccessibilityViolations(page);
  await page.getByLabel('CSV-bestand').setInputFiles({
    name: 'postcodes.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('postcode4,area,team\n2141,Vijfhuizen,team-hoofddorp-oost\n'),
  });
  await page.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByText(/Klaar: 1 nieuw/)).toBeVisible();
  await expect(page.getByRole('row', { name: /Vijfhuizen/ })).toContainText('Sociaal team Hoofddorp-Oost');

  // The administrator also maintains the social map.
  await nav(page).getByRole('link', { name: 'Sociale kaart' }).click();
  await page.getByLabel('Zoekwoorden').fill('schuldhulp');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.getByRole('button', { name: 'Aanbod wijzigen: Schuldhulp Haarlemmermeer' }).click();
  await page.getByLabel('Open', { exact: true }).fill('Ma–vr 9.00–17.00, do ook 19.00–21.00');
  await expectNoSeriousAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(
    page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Schuldhulp Haarlemmermeer' }) }),
  ).toContainText('do ook 19.00–21.00');
});
