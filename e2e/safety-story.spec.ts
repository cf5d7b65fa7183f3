import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './accessibility.ts';
import { demoLoginAs } from './demo-login.ts';
import { openJansenPlan, recordAgreementsGivenInPerson } from './plan-helpers.ts';
import { shots } from './screenshots.ts';

/**
 * Tom's story continues into safety (issue 14): his teacher's worry leads Sanne to open a meldcode
 * track and record its five steps; the afwegingskader says help can be organised. Later an acute
 * incident leads to a report to Veilig Thuis, which triages and hands the family back with
 * conditions. Then Sanne reports a crisis, the crisis service bridges 10 days, Sanne assigns the
 * crisis placement, and the episode is handed over warmly. Every step goes through the screens a person
 * uses (clicks, typing, the keyboard); no fixed waits: every step waits for what the page shows.
 */

const amsterdamDay = (offsetDays = 0) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );

/** A day as the screens write it in Dutch ("29 november 2026"). */
const dutchDate = (day: string) =>
  new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(`${day}T12:00:00Z`));

/** What Sanne writes in the safety plan with the family and the grandmother. */
const STORY = {
  worry: 'Als vader thuiskomt voor het gesprek met Veilig Thuis, kan de ruzie opnieuw beginnen.',
  strength: 'Vader slaapt bij zijn broer; de ochtenden thuis zijn rustig.',
  goal: 'Vader komt alleen thuis als Oma Ria of Sanne erbij is.',
  omaTask: 'Oma Ria is elke ochtend om 7 uur bij Tom en brengt hem naar school.',
  check: 'Oma Ria belt Sanne na het eerste weekend: hoe gingen de ochtenden?',
};

/** A "datetime-local" value some minutes from now, in the browser's (this machine's) time zone. */
function localMinutesFromNow(minutes: number): string {
  const d = new Date(Date.now() + minutes * 60_000);
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
}

async function personPage(browser: import('@playwright/test').Browser, name: string) {
  const page = await (await browser.newContext()).newPage();
  await demoLoginAs(page, name);
  return page;
}

/** Opens a new meldcode track about Tom from the household's meldcode page; returns its id. */
async function openTrackAboutTom(page: Page): Promise<string> {
  await page.goto('/werkruimte/huishoudens/hh-jansen/meldcode');
  await expect(page.getByRole('heading', { level: 1, name: 'Meldcode' })).toBeVisible();
  await page.getByLabel('Over wie gaan de zorgen?').selectOption({ label: 'Tom Jansen' });
  await page.getByRole('button', { name: 'Traject openen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meldcodetraject over Tom' })).toBeVisible();
  return page.url().split('/').pop() ?? '';
}

/** One afwegingskader question: its yes/no group, and the reason field that names the question. */
async function answer(form: Locator, n: number, question: string, yes: boolean, reason: string) {
  await form
    .getByRole('group', { name: question })
    .getByLabel(yes ? 'Ja' : 'Nee', { exact: true })
    .check();
  await form.getByLabel(`Reden bij vraag ${n}`).fill(reason);
}

const Q1 = '1. Is er een vermoeden van huiselijk geweld of kindermishandeling?';
const Q2 = '2. Is er sprake van acute of structurele onveiligheid?';
const Q3 = '3. Kan ik hulp bieden of organiseren die effectief is?';
const Q4 = '4. Aanvaarden de betrokkenen de hulp?';

// A long story of several people on screens; on a busy 2-core machine one part takes minutes.
test.describe.configure({ timeout: 600_000 });

test("Tom's safety: the meldcode's five steps, then an acute report that Veilig Thuis hands back with conditions", async ({
  browser,
}) => {
  // The teacher's worry: Sanne opens a track for Tom from the household's meldcode page.
  const sanne = await personPage(browser, 'Sanne de Vries');
  await expect(sanne).toHaveURL(/\/werkruimte$/);
  const worryId = await openTrackAboutTom(sanne);
  const steps = sanne.getByRole('region', { name: 'Stap vastleggen', exact: true });
  const save = steps.getByRole('button', { name: 'Opslaan', exact: true });
  const timeline = sanne.getByRole('region', { name: 'Stappen', exact: true });

  // Step 1, signals. Saving an empty form says what is missing before anything is sent.
  await steps.getByLabel('Welke stap?').selectOption({ label: '1. Signalen in kaart brengen' });
  await save.click();
  await expect(steps.getByText('Er ontbreken nog 3 dingen. Kijk bij de rode meldingen.')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(sanne);
  await shots(sanne, 'meldcode-step-errors');
  await steps
    .getByLabel('Feiten: wat hebt u gezien of gehoord?')
    .fill('Tom kwam drie keer huilend op school.');
  await steps.getByLabel('Bron (wie zag of hoorde het?)').fill('Marloes Bakker, leerkracht groep 8');
  await steps.getByLabel('Datum van het signaal').fill(amsterdamDay(-2));
  await save.click();
  await expect(timeline.getByText('Tom kwam drie keer huilend op school.')).toBeVisible();

  // Step 2, consultation with the aandachtsfunctionaris.
  await steps.getByLabel('Welke stap?').selectOption({ label: '2. Collegiale consultatie' });
  await steps.getByLabel('Met wie overlegd?').selectOption({ label: 'Aandachtsfunctionaris' });
  await steps.getByLabel('Naam (leeg laten bij anoniem advies)').fill('Esther Mulder');
  await steps.getByLabel('Advies', { exact: true }).fill('Eerst een gesprek met de ouders en Tom.');
  await save.click();
  await expect(timeline.getByText('Eerst een gesprek met de ouders en Tom.')).toBeVisible();

  // Step 3, the conversation with the parents — typed and sent with the keyboard only.
  await steps.getByLabel('Welke stap?').selectOption({ label: '3. Gesprek met de cliënt' });
  await steps.getByLabel('Is het gesprek gevoerd?').selectOption({ label: 'Ja' });
  await steps.getByLabel('Datum van het gesprek').fill(amsterdamDay());
  await steps.getByLabel('Wat is besproken?').focus();
  await sanne.keyboard.type('Ouders willen hulp.');
  await save.focus();
  await sanne.keyboard.press('Enter');
  await expect(timeline.getByText('Ouders willen hulp.')).toBeVisible();

  // Step 4, the weighing with the afwegingskader. A yes without a reason does not count: said so.
  await steps.getByLabel('Welke stap?').selectOption({ label: '4. Weging met het afwegingskader' });
  await steps.getByLabel('Risico', { exact: true }).fill('Spanning thuis.');
  await steps.getByLabel('Aard van de zorgen').fill('Zorgen over ruzies thuis');
  await steps.getByLabel('Ernst', { exact: true }).selectOption({ label: 'Midden' });
  await steps.getByRole('group', { name: Q1 }).getByLabel('Ja', { exact: true }).check();
  await save.click();
  await expect(steps.getByText('Schrijf een reden bij uw antwoord.')).toBeVisible();
  await steps.getByLabel('Reden bij vraag 1').fill('Signalen van school.');
  // Question 2 is answered with the keyboard: focus "Nee" and press space.
  await steps.getByRole('group', { name: Q2 }).getByLabel('Nee', { exact: true }).focus();
  await sanne.keyboard.press('Space');
  await steps.getByLabel('Reden bij vraag 2').fill('Geen acuut gevaar.');
  await answer(steps, 3, Q3, true, 'Opvoedondersteuning en oma.');
  await answer(steps, 4, Q4, true, 'Ouders stemmen in.');
  // The duty is derived live, before saving.
  await expect(steps.getByText('Bied of organiseer de hulp en volg die.')).toBeVisible();
  await save.click();
  await expect(timeline.getByText('Ja — Ouders stemmen in.')).toBeVisible();

  // Step 5, the decision.
  await steps.getByLabel('Welke stap?').selectOption({ label: '5. Beslissing' });
  await steps
    .getByLabel('Toelichting op de beslissing')
    .fill('Hulp organiseren: opvoedondersteuning, oma helpt.');
  await save.click();
  await expect(timeline.getByText('Hulp organiseren: opvoedondersteuning, oma helpt.')).toBeVisible();
  await expect(sanne.getByText('Bied of organiseer de hulp en volg die.')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(sanne);
  await shots(sanne, 'meldcode-track');

  // The aandachtsfunctionaris sees the open track on her organisation's list.
  const esther = await personPage(browser, 'Esther Mulder');
  await expect(esther).toHaveURL(/\/werkruimte$/);
  await esther.goto('/werkruimte/meldcode-organisatie');
  await expect(
    esther.getByRole('heading', { level: 1, name: 'Open meldcodetrajecten van uw organisatie' }),
  ).toBeVisible();
  await expect(esther.locator(`a[href$="/werkruimte/meldcode/${worryId}"]`)).toBeVisible();

  // Months later, an acute incident: a new track whose weighing obliges a report.
  const acuteId = await openTrackAboutTom(sanne);
  await steps.getByLabel('Welke stap?').selectOption({ label: '4. Weging met het afwegingskader' });
  await steps.getByLabel('Risico', { exact: true }).fill('Letsel bij Tom.');
  await steps.getByLabel('Aard van de zorgen').fill('Vermoeden van kindermishandeling');
  await steps.getByLabel('Ernst', { exact: true }).selectOption({ label: 'Acuut' });
  await answer(steps, 1, Q1, true, 'Letsel.');
  await answer(steps, 2, Q2, true, 'Herhaald geweld.');
  await save.click();
  await expect(timeline.getByText('Ja — Herhaald geweld.')).toBeVisible();
  await expect(sanne.getByText('Meldplicht: doe een melding bij Veilig Thuis.').first()).toBeVisible();
  await sanne.getByLabel('Wat meldt u?').fill('Acuut: Tom heeft letsel na een ruzie thuis.');
  await sanne.getByRole('button', { name: 'Melding doen', exact: true }).click();
  await expect(sanne.getByText('Wacht op triage door Veilig Thuis')).toBeVisible();

  // Veilig Thuis triages from its queue and hands the family back with conditions.
  const joost = await personPage(browser, 'Joost de Boer');
  await expect(joost).toHaveURL(/\/werkruimte$/);
  await joost.getByRole('link', { name: 'Meldingen', exact: true }).click();
  await expect(joost.getByRole('heading', { level: 1, name: 'Meldingen bij Veilig Thuis' })).toBeVisible();
  const report = joost
    .locator('article')
    .filter({ has: joost.locator(`a[href$="/werkruimte/meldcode/${acuteId}"]`) });
  await report.getByLabel('Uitkomst').selectOption('hand_over_social_team');
  await report.getByLabel('Toelichting').fill('Terug naar het sociaal team; veiligheid is te borgen.');
  await report
    .getByLabel('Veiligheidsvoorwaarden bij overdracht')
    .fill('Vader slaapt tijdelijk elders; oma is elke ochtend aanwezig.');
  await report.getByRole('button', { name: 'Triage vastleggen', exact: true }).click();
  await expect(report).toHaveCount(0);

  // Sanne sees the conditions with the household's meldcode.
  await sanne.goto('/werkruimte/huishoudens/hh-jansen/meldcode');
  const conditions = sanne.getByRole('region', { name: 'Veiligheidsvoorwaarden van Veilig Thuis' });
  await expect(
    conditions.getByText('Vader slaapt tijdelijk elders; oma is elke ochtend aanwezig.'),
  ).toBeVisible();
});

test("Tom's safety plan: Sanne writes it with the family and Oma Ria, they agree, a missed check raises her task", async ({
  browser,
}) => {
  // After Veilig Thuis handed the family back, Sanne updates the safety section of the family plan
  // with the parents and the grandmother: a worry, what goes well, what must happen, Oma Ria's part
  // and a check. The server's clock cannot be moved from a browser: the check is dated yesterday
  // through the form, and saving runs the same task rule as the half-hourly job.
  const sanne = await (await browser.newContext()).newPage();
  await openJansenPlan(sanne);
  const safety = sanne.getByRole('region', { name: 'Veiligheid', exact: true });
  await safety.getByRole('button', { name: 'Veiligheid bewerken' }).click();
  const form = safety.getByRole('form', { name: 'Veiligheid bewerken' });
  await form.getByRole('button', { name: 'Zorg toevoegen' }).click();
  await form.getByLabel('Soort zorg').last().selectOption({ label: 'Wat kan er gebeuren' });
  await form
    .getByRole('textbox', { name: /^Zorg \d+$/ })
    .last()
    .fill(STORY.worry);
  await form.getByRole('button', { name: 'Iets wat goed gaat toevoegen' }).click();
  await form
    .getByRole('textbox', { name: /^Wat gaat goed \d+$/ })
    .last()
    .fill(STORY.strength);
  await form.getByRole('button', { name: 'Doel toevoegen' }).click();
  await form
    .getByRole('textbox', { name: /^Doel \d+$/ })
    .last()
    .fill(STORY.goal);
  await form.getByRole('button', { name: 'Iemand uit het netwerk toevoegen' }).click();
  await form.getByLabel('Wie uit het netwerk').last().selectOption({ label: 'Oma Ria' });
  await form.getByLabel('Wat doet deze persoon?').last().fill(STORY.omaTask);
  await form.getByRole('button', { name: 'Controle toevoegen' }).click();
  await form.getByLabel('Wat controleren we?').last().fill(STORY.check);
  await form.getByLabel('Uiterlijk op').last().fill(amsterdamDay(-1));
  await form.getByLabel('Wie controleert?').last().selectOption({ label: 'Oma Ria' });
  await expectNoSeriousAccessibilityViolations(sanne);
  await form.getByRole('button', { name: 'Veiligheid opslaan' }).click();
  await expect(form).toHaveCount(0);
  await expect(safety.getByText(`Oma Ria: ${STORY.omaTask}`)).toBeVisible();
  // A new version of the plan: it goes to the family for their agreement.
  await expect(sanne.getByText('Deze versie heeft nog niet van iedereen akkoord.')).toBeVisible();

  // Anouk reads the new safety plan in her own portal and agrees.
  const anouk = await personPage(browser, 'Anouk Jansen');
  await expect(anouk).toHaveURL(/\/mijn-plan$/);
  await anouk.getByRole('link', { name: 'Bekijk ons plan' }).click();
  const hers = anouk.getByRole('region', { name: 'Veiligheid', exact: true });
  await expect(hers.getByText(STORY.worry)).toBeVisible();
  await expect(hers.getByText(`Oma Ria: ${STORY.omaTask}`)).toBeVisible();
  await expect(hers.getByText(STORY.check)).toBeVisible();
  await anouk.getByRole('button', { name: 'Ja, ik ben het eens met dit plan' }).click();
  await expect(anouk.getByText('U heeft akkoord gegeven op deze versie.')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(anouk);

  // Mark, Lisa and Tom agreed at the kitchen table; Sanne records it and agrees herself.
  await sanne.reload();
  await recordAgreementsGivenInPerson(sanne, ['Mark', 'Lisa', 'Tom']);
  await sanne.getByRole('button', { name: /^Akkoord geven op versie \d+$/ }).click();
  await expect(sanne.getByText('Deze versie heeft nog niet van iedereen akkoord.')).toHaveCount(0);
  const version = (
    await sanne
      .getByText(/^Versie \d+/)
      .first()
      .textContent()
  )?.match(/\d+/)?.[0];
  await expect(sanne.getByText(`Afgesproken versie: ${version}`, { exact: false })).toBeVisible();
  // The agreed version is the one with the safety section: its difference names Oma Ria's part.
  const versions = sanne.getByRole('region', { name: 'Versies' });
  await versions.getByRole('button', { name: `Verschil met versie ${Number(version) - 1} tonen` }).click();
  await expect(
    versions.getByText(`Veiligheid, wie helpt: toegevoegd: Oma Ria: ${STORY.omaTask}`),
  ).toBeVisible();
  await expect(versions.getByText(`Veiligheid, controles: toegevoegd: ${STORY.check}`)).toBeVisible();
  await expect(versions.getByRole('listitem').filter({ hasText: `Versie ${version},` })).toContainText(
    'Akkoord: ',
  );
  await shots(sanne, 'safety-plan-agreed');

  // Oma Ria's check passed yesterday without being recorded: Sanne finds the task and opens it.
  await sanne.getByRole('link', { name: 'Mijn taken' }).first().click();
  await expect(sanne.getByRole('heading', { level: 1, name: 'Mijn taken' })).toBeVisible();
  const task = sanne
    .getByRole('listitem')
    .filter({ hasText: 'Veiligheidsplan: controle niet op tijd gedaan' })
    .filter({ hasText: `Uiterlijk ${dutchDate(amsterdamDay(-1))}` });
  await expect(task).toHaveCount(1);
  await shots(sanne, 'tasks-safety-check-missed');
  await task.getByRole('link', { name: 'Veiligheidsplan: controle niet op tijd gedaan' }).click();
  await expect(sanne).toHaveURL(/\/werkruimte\/huishoudens\/hh-jansen\/plan#veiligheidscontrole-/);
  const check = sanne.locator('li.safety-plan__check').filter({ hasText: STORY.check });
  await expect(check).toBeFocused();
  await expect(check).toBeInViewport();
  await expect(check.getByText('Niet op tijd gedaan')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(sanne);
  await shots(sanne, 'safety-plan-missed-check');
});

test("Tom's crisis: Sanne reports it, the crisis service bridges 10 days, a crisis placement, a warm handover", async ({
  browser,
}) => {
  // Sanne reports a crisis about Tom to the crisis service from the household's dossier.
  const sanne = await personPage(browser, 'Sanne de Vries');
  await expect(sanne).toHaveURL(/\/werkruimte$/);
  await sanne.goto('/werkruimte/huishoudens/hh-jansen');
  const crisis = sanne.getByRole('region', { name: 'Crisis', exact: true });
  const reportCrisis = crisis.getByRole('form', { name: 'Crisis melden bij de crisisdienst' });
  await reportCrisis.getByLabel('Over wie gaat de crisis?').selectOption({ label: 'Tom' });
  await reportCrisis.getByRole('button', { name: 'Crisis melden', exact: true }).click();
  await expect(reportCrisis.getByText('De crisisdienst heeft de melding ontvangen.')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(sanne);
  await shots(sanne, 'dossier-crisis-report');
  await reportCrisis.getByRole('link', { name: 'Naar de crisisepisode' }).click();
  await expect(sanne.getByRole('heading', { level: 1, name: 'Crisisepisode' })).toBeVisible();
  const episodePath = new URL(sanne.url()).pathname;

  // The crisis service takes it up from its list: on site, then the key decision (10 days).
  const karin = await personPage(browser, 'Karin Smit');
  await karin.getByRole('link', { name: 'Crisisepisodes', exact: true }).first().click();
  await expect(karin.getByRole('heading', { level: 1, name: 'Crisisepisodes' })).toBeVisible();
  await karin
    .getByRole('row')
    .filter({ hasText: 'Gezin Jansen (Tom)' })
    .filter({ hasText: 'Gemeld' })
    .getByRole('link', { name: 'Openen' })
    .click();
  await expect(karin).toHaveURL(new RegExp(`${episodePath}$`));
  // The call came in just now: arrival is recorded a few minutes later (never before the call).
  await karin.getByLabel('Tijdstip ter plaatse').fill(localMinutesFromNow(2));
  await karin.getByRole('button', { name: 'Aankomst vastleggen', exact: true }).click();
  await karin.getByLabel('Tijdstip van het besluit').fill(localMinutesFromNow(3));
  await karin.getByLabel('Naam gedragswetenschapper').fill('Dr. Ingrid Vos');
  await karin
    .getByLabel('Besluit en afspraken')
    .fill('Tien dagen overbruggingshulp thuis, dagelijks contact.');
  await karin.getByLabel('Overbrugging vanaf').fill(amsterdamDay(0));
  await karin.getByLabel('Overbrugging tot en met').fill(amsterdamDay(9));
  await karin.getByRole('button', { name: 'Besluit vastleggen', exact: true }).click();
  await expect(karin.getByText('Tien dagen overbruggingshulp thuis, dagelijks contact.')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(karin);
  await shots(karin, 'crisis-episode-bridging');

  // Sanne assigns the crisis placement (category 46) for the bridging period from the episode.
  await sanne.reload();
  const placement = sanne.getByRole('region', { name: 'Crisisplaatsing (categorie 46)' });
  await expect(placement.getByLabel('Voor wie')).toHaveValue('p-tom');
  await placement.getByLabel('Crisisproduct (categorie 46)').selectOption({ index: 1 });
  await placement.getByRole('button', { name: 'Controleren', exact: true }).click();
  await expect(placement.getByText(/Crisisplaatsing voor Tom: .*\(10 dagen\)\./)).toBeVisible();
  await expectNoSeriousAccessibilityViolations(sanne);
  await shots(sanne, 'crisis-placement-confirm');
  await placement.getByRole('button', { name: 'Plaatsing toewijzen', exact: true }).click();
  await expect(
    placement.getByText(
      /De crisisplaatsing is toegewezen\.|De crisisplaatsing wacht op akkoord van de teamleider/,
    ),
  ).toBeVisible();

  // The exit plan, the handover proposal to the team, and the crisis service's confirmation.
  await karin
    .getByLabel('Perspectiefplan', { exact: true })
    .fill('Terug naar de regisseur met opvoedondersteuning.');
  await karin.getByRole('button', { name: 'Perspectiefplan vastleggen', exact: true }).click();
  await karin.getByLabel('Overdragen aan').selectOption({ label: 'Het sociaal team (regisseur)' });
  await karin.getByRole('button', { name: 'Overdracht voorstellen', exact: true }).click();
  await karin.getByRole('button', { name: 'Overdracht bevestigen', exact: true }).click();
  await expect(karin.getByRole('button', { name: 'Overdracht bevestigen', exact: true })).toHaveCount(0);

  // The team confirms receiving it: the handover is warm on both sides and the episode closes.
  await sanne.reload();
  await sanne.getByRole('button', { name: 'Overdracht ontvangen: bevestigen', exact: true }).click();
  await expect(
    sanne.getByRole('button', { name: 'Overdracht ontvangen: bevestigen', exact: true }),
  ).toHaveCount(0);
  await expect(sanne.getByText('Afgesloten', { exact: true })).toBeVisible();
});
