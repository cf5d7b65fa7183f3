/**
 * Rows in the modules merged after retention (crisis, protection, safety, future plan, rights,
 * placements) for one household, written as the schema owner: what destruction must remove.
 * `open` leaves the measure in force and the meldcode track and Veilig Thuis report open (legal holds).
 */
import type { Database } from '../../src/db/database.ts';

const T = '0394';
const U = 'u-sanne';
const ORG = 'org-sociaal-team';

export async function giveModuleDossierRows(
  database: Database,
  householdId: string,
  [parentId, childId]: [string, string],
  { open }: { open: boolean },
) {
  const q = (sql: string, params: unknown[] = []) => database.ownerQuery(sql, params);
  const k = `${householdId}-${open ? 'open' : 'closed'}`;
  // The place's id must not name the household: the place stays after destruction.
  const placeId = `pl-retention-${open ? 'open' : 'closed'}`;
  await q(
    `insert into crisis_episode (tenant_id, id, household_id, person_id, reported_via, reporter_name, called_at, created_by)
     values ($1, $2, $3, $4, 'phone', 'Buur', now(), $5)`,
    [T, `ce-${k}`, householdId, childId, U],
  );
  await q(
    `insert into protection_measure (tenant_id, id, household_id, person_id, kind, organisation_id, caseworker_id,
       start_date, end_date, court_reference, ended_on, end_reason)
     values ($1, $2, $3, $4, 'ots', $5, $6, '2003-01-01', $7, 'C/16/1', $8, $9)`,
    [
      T,
      `pm-${k}`,
      householdId,
      childId,
      ORG,
      U,
      open ? '2099-01-01' : '2004-01-01',
      open ? null : '2004-01-01',
      open ? null : 'court_ended',
    ],
  );
  await q(
    `insert into protection_measure_extension (tenant_id, measure_id, previous_end_date, new_end_date, court_reference, recorded_by)
     values ($1, $2, '2003-12-31', '2004-01-01', 'C/16/2', $3)`,
    [T, `pm-${k}`, U],
  );
  await q(
    `insert into meldcode_track (tenant_id, id, household_id, person_id, organisation_id, opened_by) values ($1, $2, $3, $4, $5, $6)`,
    [T, `mt-${k}`, householdId, childId, ORG, U],
  );
  const entry = (id: string, seq: number, step: string, corrects: string | null) =>
    q(
      `insert into meldcode_entry (tenant_id, id, track_id, seq, step, content_enc, hidden_from_person_ids, corrects_entry_id, recorded_by)
       values ($1, $2, $3, $4, $5, 'x', $6::jsonb, $7, $8)`,
      [T, id, `mt-${k}`, seq, step, JSON.stringify([parentId]), corrects, U],
    );
  await entry(`me-${k}-1`, 1, 'signals', null);
  await entry(`me-${k}-2`, 2, 'signals', `me-${k}-1`);
  if (!open) await entry(`me-${k}-3`, 3, 'closure', null);
  await q(
    `insert into veilig_thuis_report (tenant_id, id, track_id, household_id, person_id, reported_by, content_enc, triage_due_on)
     values ($1, $2, $3, $4, $5, $6, 'x', '2004-01-08')`,
    [T, `vr-${k}`, `mt-${k}`, householdId, childId, U],
  );
  if (!open)
    await q(
      `insert into veilig_thuis_triage (tenant_id, report_id, outcome, note_enc, triaged_by) values ($1, $2, 'hand_over_social_team', 'x', $3)`,
      [T, `vr-${k}`, U],
    );
  await q(
    `insert into raad_request (tenant_id, id, track_id, requested_by, grounds_enc) values ($1, $2, $3, $4, 'x')`,
    [T, `rr-${k}`, `mt-${k}`, U],
  );
  await q(
    `insert into raad_answer (tenant_id, request_id, answer, note_enc, recorded_by) values ($1, $2, 'accepted', 'x', $3)`,
    [T, `rr-${k}`, U],
  );
  await q(
    `insert into future_plan (tenant_id, id, household_id, person_id, started_on) values ($1, $2, $3, $4, '2006-01-01')`,
    [T, `fp-${k}`, householdId, childId],
  );
  await q(
    `insert into future_plan_topic (tenant_id, plan_id, topic_key, status, owner, updated_by) values ($1, $2, 'housing', 'open', 'youth', $3)`,
    [T, `fp-${k}`, U],
  );
  await q(
    `insert into rights_case (tenant_id, id, household_id, kind, status, subject_enc, received_on, created_by)
     values ($1, $2, $3, 'request', 'decided', 'x', '2003-01-01', $4)`,
    [T, `rc-${k}`, householdId, U],
  );
  await q(
    `insert into rights_case (tenant_id, id, household_id, kind, status, subject_enc, received_on, related_case_id, created_by)
     values ($1, $2, $3, 'objection', 'decided', 'x', '2003-02-01', $4, $5)`,
    [T, `rc-${k}-obj`, householdId, `rc-${k}`, U],
  );
  // A place of the provider's, with one place held by this household's reservation.
  await q(
    `insert into placement_place (tenant_id, id, organisation_id, place_type, type_rank, product_category, min_age, max_age,
       postcode, region, lat, lon, available_from, places_total, places_reserved, created_by)
     values ($1, $2, $3, 'foster_family', 1, '40', 0, 18, '3511', 'Utrecht', 52.09, 5.12, '2003-01-01', 2, 1, $4)`,
    [T, placeId, ORG, U],
  );
  await q(
    `insert into placement_reservation (tenant_id, id, place_id, household_id, person_id, plan_action_id, start_date, end_date,
       status, reserved_by, reserved_at, expires_at)
     values ($1, $2, $3, $4, $5, 'pa-x', '2003-01-01', '2003-06-01', 'held', $6, now(), now() + interval '1 day')`,
    [T, `rs-${k}`, placeId, householdId, childId, U],
  );
  return { placeId };
}
