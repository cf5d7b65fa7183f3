import { describe, expect, it } from 'vitest';
import { RETIRED_ACCOUNT_NAME } from '../src/auth/retention.ts';
import { erasureDecideBy } from '../src/retention/erasure.ts';
import { erasureRequestBody, RETENTION_ADMIN, RETENTION_ROUTES, VROEG } from './helpers/erasure-fixtures.ts';
import { appOfFile } from './helpers/file-app.ts';

/**
 * Issue 16: an erasure request's legal term is a task for the administrator who recorded it, and
 * a destroyed dossier takes its residents' logins with it (retired: no name, no login, no person).
 */
const { app, as } = appOfFile();
const ADMIN = RETENTION_ADMIN;
const R = RETENTION_ROUTES;
const HH = VROEG.household;

async function erasureTask(subjectId: string) {
  const [row] = await app().database.ownerQuery<{
    assignee_user_id: string | null;
    household_id: string | null;
    due_date: string;
    status: string;
    link: string | null;
  }>(
    "select assignee_user_id, household_id, to_char(due_date, 'YYYY-MM-DD') as due_date, status from task where kind = 'erasure_due' and subject_id = $1",
    [subjectId],
  );
  return row;
}

/** A resident login for one of the household's people, and a session for it. */
async function residentOf(householdId: string) {
  const [member] = await app().database.ownerQuery<{ person_id: string }>(
    "select person_id from household_member where household_id = $1 and member_role = 'gezagsdrager' order by person_id limit 1",
    [householdId],
  );
  const personId = member?.person_id as string;
  await app().database.ownerQuery(
    `insert into app_user (tenant_id, id, display_name, role, person_id, email, oidc_subject, demo_description)
     values ('0394', 'u-r-ouder', 'Greet Vroeg', 'resident', $1, 'greet@example.test', 'greet.vroeg', 'Ouder')`,
    [personId],
  );
  return personId;
}

describe('erasure on request: the decision term is a task', () => {
  it('opens for the administrator who recorded it, due on the term’s last day, and closes with the decision', async () => {
    const personId = await residentOf(HH);
    const resident = await as('u-r-ouder');
    expect((await resident.request({ url: '/api/auth/session' })).statusCode).toBe(200);

    const admin = await as(ADMIN);
    const created = await admin.request({
      method: 'POST',
      url: `${R}/erasure-requests`,
      payload: erasureRequestBody(HH, personId),
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    expect(await erasureTask(id)).toMatchObject({
      assignee_user_id: ADMIN,
      household_id: null,
      due_date: erasureDecideBy('2026-11-02'),
      status: 'open',
    });
    const tasks = await admin.request({ url: '/api/tasks' });
    expect(tasks.statusCode).toBe(200);
    const mine = tasks.json().items.find((x: { subjectId: string }) => x.subjectId === id);
    expect(mine).toMatchObject({ kind: 'erasure_due', link: '/beheer/bewaartermijnen' });

    const decided = await admin.request({
      method: 'POST',
      url: `${R}/erasure-requests/${id}/decision`,
      payload: { decision: 'execute', confirmed: true },
    });
    expect(decided.statusCode).toBe(200);
    expect(decided.json().status).toBe('executed');
    expect((await erasureTask(id))?.status).not.toBe('open');

    // The resident's login is retired with the dossier: no name, no e-mail, no login subject, no
    // person; the session ended; the row stays so what names its id still holds.
    const [account] = await app().database.ownerQuery<{
      display_name: string;
      person_id: string | null;
      email: string | null;
      oidc_subject: string | null;
      demo_description: string | null;
    }>('select display_name, person_id, email, oidc_subject, demo_description from app_user where id = $1', [
      'u-r-ouder',
    ]);
    expect(account).toEqual({
      display_name: RETIRED_ACCOUNT_NAME,
      person_id: null,
      email: null,
      oidc_subject: null,
      demo_description: null,
    });
    expect((await resident.request({ url: '/api/auth/session' })).json().user).toBeNull();
    const [sessions] = await app().database.ownerQuery<{ n: number }>(
      "select count(*)::int as n from session where user_id = 'u-r-ouder'",
    );
    expect(sessions?.n).toBe(0);
    const [trace] = await app().database.ownerQuery<{ counts: Record<string, number> }>(
      'select counts from retention_trace where id = $1',
      [decided.json().traceId],
    );
    expect(trace?.counts.resident_account_retired).toBe(1);
    // The demo login no longer offers the retired account.
    const demo = await app().app.inject({ url: '/api/auth/demo-users' });
    expect(JSON.stringify(demo.json())).not.toContain('u-r-ouder');
  });
});
