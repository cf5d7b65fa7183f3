/**
 * The rest of the meldcode's states in the demo: a track just opened (only the signals, the
 * afwegingskader not yet answered) and a report whose triage is overdue. Called by
 * demo.ts once, with the same service functions (audit, encryption, working days).
 */
import type { Db } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import { amsterdamDate } from '../referrals/working-days.ts';
import { addEntry } from './entries.ts';
import { reportToVeiligThuis } from './reports.ts';
import { openTrack } from './tracks.ts';

const ORIGIN = { requestId: 'demo-data', clientAddress: '127.0.0.1' };
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

export async function loadSafetyDemoStates(db: Db, sanne: Actor): Promise<void> {
  // Deniz Öztürk: reported twelve days ago, Veilig Thuis has not triaged it: overdue in the queue.
  const deniz = await openTrack(db, sanne, ORIGIN, 'hh-ozturk', { personId: 'p-deniz' }, daysAgo(14));
  await addEntry(
    db,
    sanne,
    ORIGIN,
    deniz.id,
    {
      content: {
        step: 'weighing',
        risk: 'Deniz (7) is vaak alleen thuis tot laat in de avond.',
        nature: 'Vermoeden van verwaarlozing',
        severity: 'high',
        answers: {
          q1Suspicion: { answer: true, reason: 'Buren en school melden het herhaald.' },
          q2AcuteOrStructural: { answer: true, reason: 'Structureel: al maanden.' },
        },
      },
    },
    daysAgo(13),
  );
  await reportToVeiligThuis(
    db,
    sanne,
    ORIGIN,
    deniz.id,
    { content: 'Deniz (7) is structureel lang alleen thuis.', anonymousToFamily: false },
    daysAgo(12),
  );

  // Elif Öztürk: opened two days ago after a neighbour's call; only the signals so far.
  const elif = await openTrack(db, sanne, ORIGIN, 'hh-ozturk', { personId: 'p-elif' }, daysAgo(2));
  await addEntry(
    db,
    sanne,
    ORIGIN,
    elif.id,
    {
      content: {
        step: 'signals',
        observations: 'Een buurvrouw hoorde geschreeuw en zag Elif met een gezwollen oog.',
        source: 'Buurvrouw (telefonisch)',
        observedOn: amsterdamDate(daysAgo(3)),
      },
    },
    daysAgo(2),
  );
}
