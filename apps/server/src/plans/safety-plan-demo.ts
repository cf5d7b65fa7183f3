/**
 * Tom's safety plan in the demo story: after the teacher's worry the family, Oma Ria and Sanne made
 * a safety plan; Veilig Thuis added a bottom-line condition. One check was done, one is missed (its
 * date passed: the coordinator's task comes from the real rule), and three rounds of the safety
 * scale show it getting better. Idempotent: skipped when the plan has a safety section.
 */
import type { SafetySection } from '@een-plan/contracts';
import { demoActorOf } from '../auth/users.ts';
import type { Db } from '../db/database.ts';
import { addDays, amsterdamDate } from '../referrals/working-days.ts';
import { loadContent, writeVersion } from './content.ts';
import { currentPlan } from './current-plan.ts';
import { loadSafety } from './safety-content.ts';
import { recordCheckDone, recordScore } from './safety-plan-records.ts';

const ORIGIN = { requestId: 'demo-data', clientAddress: '127.0.0.1' };
const HH = 'hh-jansen';
const OMA = 'nm-jansen-oma-ria';

function section(today: string): SafetySection {
  return {
    worries: [
      {
        id: 'sw-jansen-harm',
        kind: 'harm',
        text: 'Tom zag thuis harde ruzies tussen zijn ouders; één keer werd er met spullen gegooid.',
      },
      {
        id: 'sw-jansen-danger',
        kind: 'danger',
        text: 'Als de ruzies doorgaan, is Tom bang en kan hij gewond raken of niet meer naar school gaan.',
      },
    ],
    strengths: [
      { id: 'ss-jansen-oma', text: 'Oma Ria woont dichtbij en Tom voelt zich veilig bij haar.' },
      { id: 'ss-jansen-school', text: 'Tom praat met zijn juf als hij zich zorgen maakt.' },
    ],
    goals: [
      { id: 'sg-jansen-rust', text: 'Anouk en Mark maken geen ruzie waar Tom bij is.', setBy: 'plan' },
      {
        id: 'sg-jansen-vt',
        text: 'Bij geweld in huis belt een van de ouders direct 112 en gaat Tom naar Oma Ria.',
        setBy: 'veilig_thuis',
      },
    ],
    networkRoles: [
      {
        id: 'sn-jansen-oma',
        networkMemberId: OMA,
        label: 'Oma Ria',
        task: 'Tom kan altijd bij Oma Ria terecht; zij belt Sanne als Tom over ruzie vertelt.',
      },
    ],
    checks: [
      {
        id: 'sc-jansen-huisbezoek',
        description: 'Huisbezoek: hoe gaat het thuis, is er ruzie geweest?',
        dueDate: addDays(today, -21),
        checker: { kind: 'professional', ref: 'u-sanne', label: 'Sanne' },
      },
      {
        id: 'sc-jansen-oma',
        description: 'Oma Ria vertelt Sanne hoe de woensdagen met Tom gingen.',
        dueDate: addDays(today, -3),
        checker: { kind: 'network_member', ref: OMA, label: 'Oma Ria' },
      },
    ],
  };
}

export async function loadSafetyPlanDemo(db: Db, tenantId: string, now = new Date()): Promise<void> {
  if (tenantId !== '0394') return;
  const sanne = await demoActorOf(db, tenantId, 'u-sanne');
  const p = await currentPlan(db, tenantId, HH);
  if (!sanne || !p || p.state === 'closed' || (await loadSafety(db, tenantId, p.id))) return;
  const today = amsterdamDate(now);
  const safety = section(today);
  // Written as a new plan version (the plan's own way), so the family agrees to it with the rest.
  await db.transaction(async (tx) => {
    const content = await loadContent(tx, tenantId, p);
    await writeVersion(tx, sanne, p, { ...content, safety }, 'safety');
  });
  await recordCheckDone(
    db,
    sanne,
    HH,
    'sc-jansen-huisbezoek',
    { checkedOn: addDays(today, -20), note: 'Rustig gesprek; geen ruzie gezien. Tom was vrolijk.' },
    ORIGIN,
  );
  const rounds: Array<[number, number, number, number]> = [
    // days ago, Anouk, Oma Ria, Sanne
    [60, 3, 4, 2],
    [30, 5, 5, 4],
    [5, 6, 7, 5],
  ];
  for (const [ago, anouk, oma, pro] of rounds) {
    const scoredOn = addDays(today, -ago);
    await recordScore(
      db,
      sanne,
      HH,
      { participant: { kind: 'household_member', ref: 'p-anouk' }, score: anouk, scoredOn },
      ORIGIN,
    );
    await recordScore(
      db,
      sanne,
      HH,
      { participant: { kind: 'network_member', ref: OMA }, score: oma, scoredOn },
      ORIGIN,
    );
    await recordScore(
      db,
      sanne,
      HH,
      { participant: { kind: 'professional', ref: 'u-sanne' }, score: pro, scoredOn },
      ORIGIN,
    );
  }
}
