import { demoAreas, demoTeams } from '../../apps/server/src/demo/demo-data.ts';
import { hash32 } from './random.ts';

export const TENANT_ID = '0394';
/**
 * The data key of bench databases (synthetic people only): the seed encrypts the demo story's
 * encrypted fields with it and the benchmark's server decrypts them (DATA_ENCRYPTION_KEY).
 */
export const BENCH_DATA_KEY = Buffer.alloc(32, 'een-plan-bench').toString('base64');
export const SOCIAL_TEAM_ORGANISATION = 'org-sociaal-team';

/** Households are dealt out in blocks: block c belongs to coordinator c. */
const BLOCK = 40;
const MIN_CASELOAD = 30;
const MAX_CASELOAD = 40;

export const householdId = (i: number) => `bench-hh-${i}`;
export const personId = (i: number, j: number) => `bench-p-${i}-${j}`;
export const coordinatorId = (c: number) => `bench-co-${c}`;

type Area = (typeof demoAreas)[number];

export const coordinatorCount = (households: number) => Math.ceil(households / BLOCK);

export function teamOfCoordinator(c: number): string {
  return demoTeams[c % demoTeams.length]!.id;
}

/** 30–40 households, fixed per coordinator; the rest of the block waits unassigned. */
function caseloadSize(c: number): number {
  return MIN_CASELOAD + (hash32(c, 0xca5e) % (MAX_CASELOAD - MIN_CASELOAD + 1));
}

/**
 * Who coordinates household i, and in which area it lies. An assigned household lies in its
 * coordinator's team area, so its postcode routes to that team like a real registration would.
 */
export function placement(i: number, areaRoll: number): { coordinatorId: string | null; area: Area } {
  const c = Math.floor(i / BLOCK);
  if (i % BLOCK < caseloadSize(c)) {
    const teamId = teamOfCoordinator(c);
    const area = demoAreas.find((a) => a.teamId === teamId)!;
    return { coordinatorId: coordinatorId(c), area };
  }
  return { coordinatorId: null, area: demoAreas[areaRoll % demoAreas.length]! };
}

/** The demo areas' municipality part ("Hoofddorp-Oost" lies in Hoofddorp). */
export function cityOf(area: Area): string {
  return area.name.replace(/-Oost$/, '');
}
