/**
 * The meldcode in the demo story, made through the same service functions as the API (audit,
 * encryption and working-day deadlines included). Tom Jansen has two tracks: the teacher's worry
 * three months ago (help organised, still followed) and an acute incident last week (reported to
 * Veilig Thuis, waiting for triage, hidden from his father). Lisa has a closed track without a
 * suspicion; Sem de Graaf a reported, triaged and closed one with a Raad request and its answer.
 * Deniz and Elif Öztürk add an overdue report and a just-opened track (demo-states.ts);
 * Esther Mulder is the social team's aandachtsfunctionaris. Idempotent: skipped when the tenant
 * has any track.
 */
import type { AfwegingAnswer, EntryContent } from '@een-plan/contracts';
import { eq } from 'drizzle-orm';
import { ensureDemoUsers } from '../auth/demo.ts';
import { demoActorOf } from '../auth/users.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import { loadSafetyDemoStates } from './demo-states.ts';
import { designateAandachtsfunctionaris } from './designations.ts';
import { addEntry, closeTrack, setVisibility } from './entries.ts';
import { answerRaad, requestRaad } from './raad.ts';
import { reportToVeiligThuis, triageReport } from './reports.ts';
import { meldcodeTrack } from './schema.ts';
import { openTrack } from './tracks.ts';

const ORIGIN = { requestId: 'demo-data', clientAddress: '127.0.0.1' };
const daysAgo = (n: number, hour = 10) => {
  const d = new Date(Date.now() - n * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d;
};
const day = (d: Date) => d.toISOString().slice(0, 10);
const yes = (reason: string): AfwegingAnswer => ({ answer: true, reason });
const no = (reason: string): AfwegingAnswer => ({ answer: false, reason });

async function steps(db: Db, actor: Actor, trackId: string, start: number, contents: EntryContent[]) {
  let n = start;
  for (const content of contents) {
    await addEntry(db, actor, ORIGIN, trackId, { content }, daysAgo(n));
    n -= 1;
  }
}

/** The social team's aandachtsfunctionaris: follows the team's open tracks, advises on them. */
async function loadAandachtsfunctionaris(db: Db, tenantId: string): Promise<void> {
  await ensureDemoUsers(db, tenantId, [
    {
      id: 'u-esther',
      displayName: 'Esther Mulder',
      role: 'coordinator',
      organisationId: 'org-sociaal-team',
      teamId: null,
      personId: null,
      email: 'esther@sociaalteam.example',
      oidcSubject: 'esther.mulder',
      demoDescription:
        'Aandachtsfunctionaris huiselijk geweld en kindermishandeling van het sociaal team; ziet de open meldcodetrajecten.',
    },
  ]);
  await designateAandachtsfunctionaris(db, tenantId, 'org-sociaal-team', 'u-esther');
}

export async function loadSafetyDemo(db: Db, tenantId: string): Promise<void> {
  if (tenantId !== '0394') return;
  await loadAandachtsfunctionaris(db, tenantId);
  const [existing] = await db
    .select({ id: meldcodeTrack.id })
    .from(meldcodeTrack)
    .where(eq(meldcodeTrack.tenantId, tenantId))
    .limit(1);
  if (existing) return;
  const [sanne, mohamed, joost] = await Promise.all([
    demoActorOf(db, tenantId, 'u-sanne'),
    demoActorOf(db, tenantId, 'u-mohamed'),
    demoActorOf(db, tenantId, 'u-joost'),
  ]);
  if (!sanne || !mohamed || !joost) return;

  // Tom, three months ago: the teacher's worry; help can be organised and is accepted.
  const worry = await openTrack(db, sanne, ORIGIN, 'hh-jansen', { personId: 'p-tom' }, daysAgo(90));
  await steps(db, sanne, worry.id, 90, [
    {
      step: 'signals',
      observations:
        'De leerkracht zag Tom drie keer in een week huilend op school komen; hij zegt dat het thuis "steeds ruzie" is.',
      interpretations: 'Mogelijk spanningen tussen de ouders waar Tom onder lijdt.',
      source: 'Leerkracht groep 8, De Vlinder',
      observedOn: day(daysAgo(92)),
    },
    {
      step: 'consultation',
      consultedWith: 'aandachtsfunctionaris',
      consultantName: 'Esther Mulder, aandachtsfunctionaris sociaal team',
      anonymous: false,
      advice: 'Eerst een gesprek met beide ouders en Tom; daarna het afwegingskader doorlopen.',
    },
    {
      step: 'conversation',
      held: true,
      heldOn: day(daysAgo(86)),
      summary: 'Ouders herkennen de ruzies en willen hulp; Tom wil dat het thuis rustiger wordt.',
    },
    {
      step: 'weighing',
      risk: 'Spanning thuis; geen aanwijzingen voor lichamelijk geweld.',
      nature: 'Zorgen over huiselijke spanningen',
      severity: 'medium',
      answers: {
        q1Suspicion: yes('Signalen van school en het verhaal van Tom.'),
        q2AcuteOrStructural: no('Geen acuut gevaar; de spanningen zijn recent.'),
        q3CanOfferHelp: yes('Opvoedondersteuning en hulp van oma zijn te organiseren.'),
        q4HelpAccepted: yes('Beide ouders stemmen in met de hulp.'),
      },
    },
    { step: 'decision', explanation: 'Hulp bieden en volgen; over drie maanden bekijken of het werkt.' },
  ]);

  // Tom, last week: an acute incident, reported to Veilig Thuis; triage still due.
  const acute = await openTrack(db, sanne, ORIGIN, 'hh-jansen', { personId: 'p-tom' }, daysAgo(6));
  await steps(db, sanne, acute.id, 6, [
    {
      step: 'signals',
      observations: 'Tom belde zijn oma na een harde ruzie; hij had een blauwe plek op zijn arm.',
      interpretations: 'Mogelijk lichamelijk geweld door een ouder.',
      source: 'Oma (netwerk)',
      observedOn: day(daysAgo(7)),
    },
    {
      step: 'weighing',
      risk: 'Lichamelijk letsel bij Tom.',
      nature: 'Vermoeden van kindermishandeling',
      severity: 'acute',
      answers: {
        q1Suspicion: yes('Letsel en het verhaal van Tom.'),
        q2AcuteOrStructural: yes('Acute onveiligheid: het geweld is herhaald.'),
      },
    },
    { step: 'decision', explanation: 'Melden bij Veilig Thuis.' },
  ]);
  await setVisibility(
    db,
    sanne,
    ORIGIN,
    acute.id,
    {
      hiddenFromPersonIds: ['p-mark'],
      reason: 'De signalen wijzen naar vader; inzage kan Tom in gevaar brengen.',
    },
    daysAgo(5),
  );
  await reportToVeiligThuis(
    db,
    sanne,
    ORIGIN,
    acute.id,
    {
      content: 'Acute zorgen om Tom (12): letsel na ruzie thuis; eerder traject met hulp loopt.',
      anonymousToFamily: true,
    },
    daysAgo(1),
  );

  // Lisa, last year: the worry turned out unfounded; closed without a suspicion.
  const lisa = await openTrack(db, sanne, ORIGIN, 'hh-jansen', { personId: 'p-lisa' }, daysAgo(300));
  await steps(db, sanne, lisa.id, 300, [
    {
      step: 'signals',
      observations: 'Lisa verzuimde vier dagen zonder bericht.',
      source: 'Mentor, Haarlemmermeer Lyceum',
      observedOn: day(daysAgo(301)),
    },
    {
      step: 'conversation',
      held: true,
      heldOn: day(daysAgo(299)),
      summary: 'Lisa had griep; moeder was vergeten de school te bellen.',
    },
    {
      step: 'weighing',
      risk: 'Geen.',
      nature: 'Verzuim',
      severity: 'low',
      answers: { q1Suspicion: no('Verklaard verzuim, bevestigd door de huisarts.') },
    },
  ]);
  await closeTrack(db, sanne, ORIGIN, lisa.id, { note: 'Geen vermoeden; afgesloten.' }, daysAgo(297));

  // Sem de Graaf: help was refused, reported, triaged with conditions, the Raad asked and answered.
  const sem = await openTrack(db, mohamed, ORIGIN, 'hh-de-graaf', { personId: 'p-sem' }, daysAgo(60));
  await steps(db, mohamed, sem.id, 60, [
    {
      step: 'signals',
      observations: 'Sem slaapt sinds weken bij vrienden; hij zegt dat hij thuis niet welkom is.',
      source: 'Jongerenwerker',
      observedOn: day(daysAgo(61)),
    },
    {
      step: 'weighing',
      risk: 'Dakloosheid van een minderjarige.',
      nature: 'Verwaarlozing',
      severity: 'high',
      answers: {
        q1Suspicion: yes('Sem woont feitelijk niet meer thuis.'),
        q2AcuteOrStructural: no('Sem heeft een slaapplek.'),
        q3CanOfferHelp: yes('Gezinscoaching.'),
        q4HelpAccepted: no('Vader weigert elke hulp.'),
      },
    },
  ]);
  const report = await reportToVeiligThuis(
    db,
    mohamed,
    ORIGIN,
    sem.id,
    { content: 'Vader weigert hulp; Sem (17) woont niet meer thuis.', anonymousToFamily: false },
    daysAgo(55),
  );
  await triageReport(
    db,
    joost,
    ORIGIN,
    report.id,
    {
      outcome: 'hand_over_social_team',
      note: 'Terug naar het sociaal team met voorwaarden.',
      conditions: 'Sem heeft elke nacht een vaste slaapplek; wekelijks contact met de regisseur.',
    },
    daysAgo(51),
  );
  const raad = await requestRaad(
    db,
    joost,
    ORIGIN,
    sem.id,
    {
      grounds: {
        voluntaryHelpTried: yes('Hulp is twee keer aangeboden en geweigerd.'),
        unsafety: yes('Sem heeft geen vaste woonplek.'),
        noTrustInUpbringing: yes('Vader houdt zich niet aan afspraken.'),
      },
    },
    daysAgo(40),
  );
  await answerRaad(
    db,
    joost,
    ORIGIN,
    raad.id,
    { answer: 'advice_given', note: 'Advies: eerst een drangtraject via het sociaal team.' },
    daysAgo(30),
  );
  await closeTrack(
    db,
    mohamed,
    ORIGIN,
    sem.id,
    { note: 'Gemeld en overgedragen; verder in het gezinsplan.' },
    daysAgo(29),
  );
  await loadSafetyDemoStates(db, sanne);
}
