import { expect, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './accessibility.ts';
import { collectCspViolations } from './content-security-policy.ts';
import { demoLoginAs, loggedInPage } from './demo-login.ts';
import { expectReadableLayout } from './layout.ts';

test('the mother gives consent, sees the age rule at work, withdraws it and sees her access log', async ({
  page,
}) => {
  const cspViolations = collectCspViolations(page);
  await demoLoginAs(page, 'Anouk Jansen');
  await expect(page).toHaveURL(/\/mijn-plan$/);
  await page.getByRole('link', { name: 'Wie mag wat zien' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wie mag wat zien' })).toBeVisible();
  await expect(page.getByText('U heeft nog niemand toestemming gegeven.')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  // The checkbox labels ("Wat mag de organisatie zien?") read as words, at 390 and 1280 px.
  await expectReadableLayout(page);

  // Tom is 12: his mother's consent alone does not open anything yet.
  await page.getByLabel('Over wie gaat het?').selectOption('p-tom');
  await page.getByLabel('Wie?').selectOption({ label: 'Jeugdhulp Kennemerland' });
  await expect(page.getByLabel('Gezinsplan')).toBeChecked();
  await page.getByLabel('Uitleg (mag u leeg laten)').fill('Voor de gesprekken met Tom');
  await page.getByRole('button', { name: 'Toestemming geven' }).click();
  await expect(page.getByText('De toestemming is opgeslagen.')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'Jeugdhulp Kennemerland' });
  await expect(row).toContainText('Wacht op toestemming');
  await expect(row).toContainText('Nog nodig: Tom');
  await expect(row).toContainText('Voor de gesprekken met Tom');
  await expectNoSeriousAccessibilityViolations(page);

  await row.getByRole('button', { name: 'Intrekken' }).click();
  await expect(row).toContainText('Ingetrokken');

  await page.getByRole('link', { name: 'Wie heeft mijn gegevens bekeken?' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Wie heeft mijn gegevens bekeken' }),
  ).toBeVisible();
  // One line per visit, in words (no audit codes), with every row behind "Meer over dit bezoek".
  const log = page.getByRole('list', { name: 'Wie keek wanneer naar uw gegevens' });
  await expect(log).toBeVisible();
  const ownVisit = log.locator(':scope > li').filter({ hasText: 'Anouk Jansen (gezinslid)' }).first();
  await expect(ownVisit).toContainText('trok iets in bij de toestemmingen');
  await ownVisit.getByText(/Meer over dit bezoek/).click();
  await expect(ownVisit.getByRole('listitem').first()).toBeVisible();
  for (const code of ['consent.list', 'consent.revoke', 'household.summary', 'Overig']) {
    await expect(page.getByText(code, { exact: false })).toHaveCount(0);
  }
  // Fits a phone: no sideways scrolling, not even inside the list.
  await expectReadableLayout(page, { noSidewaysScrolling: true });
  await expect(page.getByRole('link', { name: 'Download als tabel voor Excel (CSV)' })).toHaveAttribute(
    'href',
    /format=csv/,
  );
  // The readable PDFs download with the same login.
  for (const name of ['Download als pdf', 'Al mijn gegevens als leesbare pdf']) {
    const href = await page.getByRole('link', { name }).getAttribute('href');
    const pdf = await page.request.get(href!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  }
  await expectNoSeriousAccessibilityViolations(page);
  expect(cspViolations).toEqual([]);
});

test('consent opens the plan (not the intake) for the provider until the mother withdraws it; she sees the accesses', async ({
  browser,
}) => {
  const as = (name: string) => loggedInPage(browser, name);

  // Tom is 12: the coordinator records the consent Tom and his mother gave in a conversation.
  const sanne = await as('Sanne de Vries');
  await sanne.goto('/werkruimte/huishoudens/hh-jansen');
  await sanne.getByRole('link', { name: 'Toestemmingen (wie mag wat zien)' }).click();
  await expect(sanne.getByRole('heading', { level: 1, name: 'Toestemming vastleggen' })).toBeVisible();
  // "Wat mag de organisatie zien?" and "Wie gaf de toestemming?" read as words, not one letter per line.
  await expectReadableLayout(sanne);
  await sanne.getByLabel('Over wie gaat het?').selectOption('p-tom');
  await sanne.getByLabel('Wie?').selectOption({ label: 'Jeugdhulp Kennemerland' });
  // Only Fatima, not everyone at the provider.
  await sanne
    .getByLabel(/Alleen één persoon van deze organisatie/)
    .selectOption({ label: 'Fatima El Amrani' });
  await sanne.getByLabel(/^Anouk/).check();
  await sanne.getByLabel(/^Tom/).check();
  await sanne.getByRole('button', { name: 'Toestemming geven' }).click();
  await expect(sanne.getByText('De toestemming is opgeslagen.')).toBeVisible();
  await expect(sanne.getByRole('row').filter({ hasText: 'In een gesprek' })).toContainText('Geldig');
  await expect(sanne.getByRole('row').filter({ hasText: 'In een gesprek' })).toContainText(
    'Fatima El Amrani',
  );
  await expectNoSeriousAccessibilityViolations(sanne);

  const fatima = await as('Fatima El Amrani');
  await fatima
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Gedeelde dossiers' })
    .click();
  await fatima.getByRole('link', { name: /Jansen/ }).click();
  await expect(fatima.getByText('Gesprekken met Tom over boosheid en angst (8 keer).')).toBeVisible();
  await expect(fatima.getByText('Oma haalt Tom op woensdag en vrijdag uit school.')).toHaveCount(0);
  const intake = fatima.getByRole('region', {
    name: 'Keukentafelgesprek en wat iemand zelf kan (zelfredzaamheid)',
  });
  await expect(intake).toContainText('Geen toegang');
  await expectNoSeriousAccessibilityViolations(fatima);

  const anouk = await as('Anouk Jansen');
  await anouk.getByRole('link', { name: 'Wie mag wat zien' }).click();
  const row = anouk.getByRole('row').filter({ hasText: 'In een gesprek' });
  await expect(row).toContainText('Geldig');
  await row.getByRole('button', { name: 'Intrekken' }).click();
  await expect(row).toContainText('Ingetrokken');

  await fatima.reload();
  await expect(fatima.getByRole('region', { name: 'Gezinsplan' })).toContainText('Geen toegang');

  await anouk.getByRole('link', { name: 'Wie heeft mijn gegevens bekeken?' }).click();
  await anouk.getByLabel('Onderdeel').selectOption('plan');
  await anouk.getByRole('button', { name: 'Filter toepassen' }).click();
  const providerVisits = anouk
    .getByRole('list', { name: 'Wie keek wanneer naar uw gegevens' })
    .locator(':scope > li')
    .filter({ hasText: 'Fatima El Amrani (hulpverlener)' });
  // Both of the provider's plan accesses: the one with consent and the refused one after withdrawal.
  await expect(providerVisits.filter({ hasText: 'bekeek uw gezinsplan' })).not.toHaveCount(0);
  await expect(providerVisits.filter({ hasText: 'kreeg geen toegang tot uw gezinsplan' })).not.toHaveCount(0);
  const allowed = providerVisits.filter({ hasText: 'bekeek uw gezinsplan' }).first();
  await allowed.getByText(/Meer over dit bezoek/).click();
  await expect(
    allowed
      .getByRole('listitem')
      .filter({ hasText: 'Jeugdhulp Kennemerland' })
      .filter({ hasText: 'Met uw toestemming' }),
  ).not.toHaveCount(0);
  await expectNoSeriousAccessibilityViolations(anouk);
  await expectReadableLayout(anouk, { noSidewaysScrolling: true });
});

test('Tom’s agreement completes the consent his mother gave: the coordinator records it on paper', async ({
  browser,
}) => {
  const as = (name: string) => loggedInPage(browser, name);
  // Tom is 12: his mother's consent waits for his.
  const anouk = await as('Anouk Jansen');
  await anouk.getByRole('link', { name: 'Wie mag wat zien' }).click();
  await anouk.getByLabel('Over wie gaat het?').selectOption('p-tom');
  await anouk.getByLabel('Wie?').selectOption({ label: 'Jeugdhulp Kennemerland' });
  await anouk.getByLabel('Gezinsplan').uncheck();
  await anouk.getByLabel('Contactgegevens').check();
  await anouk.getByRole('button', { name: 'Toestemming geven' }).click();
  await expect(anouk.getByText('De toestemming is opgeslagen.')).toBeVisible();
  const waiting = anouk.getByRole('row').filter({ hasText: 'Contactgegevens' });
  await expect(waiting).toContainText('Nog nodig: Tom');

  // Tom signed the form at the team's office: Sanne records it on the SAME consent.
  const sanne = await as('Sanne de Vries');
  await sanne.goto('/werkruimte/huishoudens/hh-jansen');
  await sanne.getByRole('link', { name: 'Toestemmingen (wie mag wat zien)' }).click();
  const pending = sanne.getByRole('region', { name: 'Wacht op toestemming' });
  await expect(pending).toContainText('Nog nodig: Tom.');
  await pending.getByText('Toestemming van Tom vastleggen').click();
  const form = pending.getByRole('form', { name: 'Toestemming van Tom vastleggen' });
  await expect(form.getByLabel('Tom')).toBeChecked();
  await expect(form.getByLabel('Hoe?')).toHaveValue('paper');
  await form.getByLabel(/Het getekende formulier zit in het dossier/).check();
  await expectReadableLayout(sanne);
  await expectNoSeriousAccessibilityViolations(sanne);
  await form.getByRole('button', { name: 'Toestemming vastleggen' }).click();
  const row = sanne.getByRole('row').filter({ hasText: 'Contactgegevens' });
  await expect(row).toContainText('Geldig');
  await expect(row).toContainText('Tom: Op papier');
  await expect(row).toContainText('getekend formulier in het dossier');
  await expect(pending).toHaveCount(0);

  // The family sees the same consent complete.
  await anouk.reload();
  await expect(anouk.getByRole('row').filter({ hasText: 'Contactgegevens' })).toContainText('Geldig');
});
