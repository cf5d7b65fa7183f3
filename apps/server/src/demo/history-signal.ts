/** The demo's earlier, finished signals (outcomes-demo.ts and its year of closed help). */
import type { referral } from '../referrals/schema.ts';
import type { demoAreas } from './demo-data.ts';

const DAY = 86_400_000;
const FIRST_NAMES = ['Noah', 'Emma', 'Sem', 'Julia', 'Daan', 'Mila', 'Lucas', 'Sara', 'Finn', 'Yara'];

/** A small deterministic generator, so the demo looks the same on every load. */
export function generator(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s % n;
  };
}

/**
 * The same generator, but reading the high bits: the low bits of this generator repeat every few
 * draws, so `s % 4` keeps giving the same answers (every goal "achieved", every level alike).
 */
export function spreadGenerator(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return Math.floor((s / 2_147_483_648) * n);
  };
}

type DemoArea = (typeof demoAreas)[number];

/**
 * An earlier, finished signal (reported by a user whose home lists no own signals, so the story's
 * current lists stay as they are); with `householdId` it is a household's new signal after help.
 */
export function historySignal(
  tenantId: string,
  a: DemoArea,
  pick: (n: number) => number,
  s: { id: string; receivedAt: Date; contactAfterDays: number; householdId?: string },
): typeof referral.$inferInsert {
  return {
    tenantId,
    id: s.id,
    reporterUserId: 'u-joost',
    reporterRole: pick(3) === 0 ? 'safety' : 'source',
    reporterContact: 'demo@voorbeeld.example',
    subjectFirstName: FIRST_NAMES[pick(FIRST_NAMES.length)] as string,
    subjectLastName: 'Voorbeeld',
    subjectBirthDate: '2012-05-01',
    street: 'Voorbeeldstraat',
    houseNumber: String(1 + pick(80)),
    postcode: `${a.postcodes[0]}AB`,
    city: a.name,
    lifeDomains: [],
    worryText: 'Eerdere aanmelding (demo-geschiedenis).',
    urgency: 'normal',
    familyKnows: true,
    familyAgrees: true,
    familyContact: 'telefoon',
    teamId: a.teamId,
    areaId: a.id,
    householdId: s.householdId ?? null,
    status: 'closed',
    level: pick(10) < 3 ? 0 : pick(10) < 7 ? 1 : 2,
    receivedAt: s.receivedAt,
    triagedAt: s.receivedAt,
    firstContactAt: new Date(s.receivedAt.getTime() + s.contactAfterDays * DAY),
  };
}
