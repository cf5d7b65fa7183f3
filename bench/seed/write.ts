import type pg from 'pg';
import {
  coordinatorCount,
  coordinatorId,
  SOCIAL_TEAM_ORGANISATION,
  TENANT_ID,
  teamOfCoordinator,
} from './plan.ts';
import { RowRandom } from './random.ts';
import type { Batch } from './rows.ts';
import { firstNames, lastNames } from './vocabulary.ts';

// One statement per table and batch: each column travels as one array parameter, so a batch of
// thousands of rows costs a single round trip. Deterministic ids + ON CONFLICT make re-runs safe.

const INSERT_HOUSEHOLDS = `
  insert into household (tenant_id, id, name, postcode, house_number, street, city, area_id, coordinator_id)
  select $1, * from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
  on conflict do nothing`;

const INSERT_PERSONS = `
  insert into person (tenant_id, id, bsn, first_name, last_name, birth_date, sex)
  select $1, * from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::text[])
  on conflict do nothing`;

const INSERT_MEMBERS = `
  insert into household_member (tenant_id, household_id, person_id, member_role, since)
  select $1, * from unnest($2::text[], $3::text[], $4::text[], $5::date[])
  on conflict do nothing`;

const INSERT_USERS = `
  insert into app_user (tenant_id, id, display_name, role, organisation_id, team_id)
  select $1, id, display_name, 'coordinator', $2, team_id from unnest($3::text[], $4::text[], $5::text[]) as u(id, display_name, team_id)
  on conflict do nothing`;

/** Writes one batch in one transaction, so a batch is either wholly there or not at all. */
export async function writeBatch(client: pg.ClientBase, batch: Batch): Promise<void> {
  const { households: h, persons: p, members: m } = batch;
  await client.query('begin');
  try {
    await client.query(INSERT_HOUSEHOLDS, [
      TENANT_ID,
      h.id,
      h.name,
      h.postcode,
      h.houseNumber,
      h.street,
      h.city,
      h.areaId,
      h.coordinatorId,
    ]);
    await client.query(INSERT_PERSONS, [TENANT_ID, p.id, p.bsn, p.firstName, p.lastName, p.birthDate, p.sex]);
    await client.query(INSERT_MEMBERS, [TENANT_ID, m.householdId, m.personId, m.memberRole, m.since]);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}

/** How many of the given household ids exist already (used to skip batches a previous run wrote). */
export async function existingHouseholds(client: pg.ClientBase, ids: string[]): Promise<number> {
  const result = await client.query<{ n: string }>(
    'select count(*) as n from household where tenant_id = $1 and id = any($2::text[])',
    [TENANT_ID, ids],
  );
  return Number(result.rows[0]?.n ?? 0);
}

/** ~households/40 synthetic coordinators, spread round-robin over the three demo teams. */
export async function writeCoordinators(client: Pick<pg.Pool, 'query'>, households: number): Promise<number> {
  const total = coordinatorCount(households);
  const chunk = 10_000;
  for (let from = 0; from < total; from += chunk) {
    const ids: string[] = [];
    const names: string[] = [];
    const teams: string[] = [];
    for (let c = from; c < Math.min(total, from + chunk); c++) {
      const r = new RowRandom(-1 - c);
      ids.push(coordinatorId(c));
      names.push(`${r.pick(firstNames)} ${r.pick(lastNames)}`);
      teams.push(teamOfCoordinator(c));
    }
    await client.query(INSERT_USERS, [TENANT_ID, SOCIAL_TEAM_ORGANISATION, ids, names, teams]);
  }
  return total;
}
