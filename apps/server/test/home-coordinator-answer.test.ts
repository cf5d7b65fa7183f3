// The coordinator's home, field by field, against the rows it is made of, read here with plain SQL:
// however the home gathers them (one statement or several), what the web app gets stays the same.
// And how many statements it sends: the caseload with its figures, then its audit row.
import { EVALUATION_DUE_DAYS } from '@een-plan/contracts';
import { describe, expect, it, vi } from 'vitest';
import { turns18Soon } from '../src/households/service.ts';
import { amsterdamDate } from '../src/referrals/working-days.ts';
import { householdFile } from './helpers/household-file.ts';

const { app, as, auditRows } = householdFile();

interface Row {
  id: string;
  name: string;
  status: string;
  closed_on: string | null;
  area_name: string | null;
  birth_dates: string[];
  safety: boolean;
  state: string | null;
  version: number | null;
  next_evaluation_date: string | null;
  awaiting: boolean | null;
  open_actions: number | null;
}

/** The coordinator's home as the rows say it should read. */
async function expectedHome(userId: string) {
  const q = app().database.ownerQuery;
  const rows = await q<Row>(
    `select h.id, h.name, h.status, h.closed_on::text, a.name as area_name,
       coalesce((select json_agg(p.birth_date::text) from household_member m
         join person p on p.tenant_id = m.tenant_id and p.id = m.person_id
         where m.tenant_id = h.tenant_id and m.household_id = h.id and m.until is null), '[]'::json) as birth_dates,
       exists (select 1 from intake i where i.tenant_id = h.tenant_id and i.household_id = h.id
         and i.safety_flag) as safety,
       pl.state, pl.version, pl.next_evaluation_date::text,
       pl.agreed_version is null or pl.agreed_version < pl.version as awaiting,
       (select count(*)::int from plan_action x where x.tenant_id = pl.tenant_id and x.plan_id = pl.id
         and x.status in ('open', 'in_progress')) as open_actions
     from household h
     left join area a on a.tenant_id = h.tenant_id and a.id = h.area_id
     left join plan pl on pl.tenant_id = h.tenant_id and pl.household_id = h.id and pl.state <> 'closed'
     where h.coordinator_id = $1
     order by h.name, h.id`,
    [userId],
  );
  const [user] = await q<{ team_id: string | null; team_name: string | null }>(
    `select u.team_id, t.name as team_name from app_user u
     left join team t on t.tenant_id = u.tenant_id and t.id = u.team_id where u.id = $1`,
    [userId],
  );
  const [requests] = await q<{ n: number }>(
    `select count(*)::int as n from assignment_request r
     join household h on h.tenant_id = r.tenant_id and h.id = r.household_id
     where r.status = 'open' and (h.coordinator_id = $1
       or h.area_id in (select a.id from area a where a.tenant_id = h.tenant_id and a.team_id = $2))`,
    [userId, user?.team_id ?? null],
  );
  const now = new Date();
  const today = amsterdamDate(now);
  const horizon = amsterdamDate(new Date(now.getTime() + EVALUATION_DUE_DAYS * 86_400_000));
  const withPlan = rows.filter((r) => r.state !== null);
  const awaiting = withPlan
    .filter((r) => r.awaiting)
    .map((r) => ({ householdId: r.id, householdName: r.name, state: r.state, version: r.version }))
    .sort((a, b) => a.householdName.localeCompare(b.householdName, 'nl'));
  const due = withPlan
    .filter((r) => r.next_evaluation_date !== null && r.next_evaluation_date <= horizon)
    .sort((a, b) => (a.next_evaluation_date ?? '').localeCompare(b.next_evaluation_date ?? ''))
    .map((r) => ({
      householdId: r.id,
      householdName: r.name,
      date: r.next_evaluation_date,
      overdue: (r.next_evaluation_date ?? '') < today,
    }));
  return {
    kind: 'coordinator',
    teamName: user?.team_name ?? null,
    caseload: {
      items: rows.slice(0, 8).map((r) => ({
        householdId: r.id,
        name: r.name,
        areaName: r.area_name,
        memberCount: r.birth_dates.length,
        status: r.status,
        closedOn: r.closed_on,
        nextEvaluationDate: r.next_evaluation_date,
        openActionCount: r.state === null ? null : r.open_actions,
        safetyFlag: r.safety,
        comingOfAge: r.birth_dates.some((b) => turns18Soon(b, now)),
      })),
      total: rows.length,
    },
    plansAwaitingAgreement: { items: awaiting.slice(0, 8), total: awaiting.length },
    evaluationsDue: { items: due.slice(0, 8), total: due.length },
    openRequests: requests?.n ?? 0,
  };
}

/** The statements the next home request sends (the session's own lookup left out, decision 0037). */
async function statementsOf(userId: string): Promise<string[]> {
  const client = await as(userId);
  // Warm: the statements are prepared and the session is known.
  expect((await client.request({ url: '/api/home' })).statusCode).toBe(200);
  const db = app().database.db as unknown as { $client: { query: (...args: unknown[]) => unknown } };
  const sent = vi.spyOn(db.$client, 'query');
  try {
    expect((await client.request({ url: '/api/home' })).statusCode).toBe(200);
    return (
      sent.mock.calls
        .map(([q]) => (typeof q === 'string' ? q : (q as { text: string }).text))
        // A seal is the background audit sequencer's (decision 0047), not the request's.
        .filter((t) => !t.includes('from "session"') && !t.includes('audit_seal('))
    );
  } finally {
    sent.mockRestore();
  }
}

describe("the coordinator's home answer", () => {
  // Sanne: households, a plan awaiting agreement, an open request; Lotte: a team but no households;
  // Mohamed: another team; Esther: no team.
  it.each(['u-sanne', 'u-lotte', 'u-mohamed', 'u-esther'])('reads as its rows for %s', async (userId) => {
    const res = await (await as(userId)).request({ url: '/api/home' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(await expectedHome(userId));
  });

  it('shows the demo data it claims to (so the comparison above compares something)', async () => {
    const sanne = await expectedHome('u-sanne');
    expect(sanne.caseload.total).toBeGreaterThan(0);
    expect(sanne.plansAwaitingAgreement.total).toBeGreaterThan(0);
    expect(sanne.openRequests).toBeGreaterThan(0);
    expect(sanne.teamName).not.toBeNull();
    const lotte = await expectedHome('u-lotte');
    expect(lotte.caseload.total).toBe(0);
    expect(lotte.teamName).not.toBeNull();
    expect((await expectedHome('u-esther')).teamName).toBeNull();
  });

  it('names every household it shows in one audit event', async () => {
    const q = app().database.ownerQuery;
    const events = () =>
      q<{ subject_ids: string[] }>(
        `select subject_ids from audit_log where action = 'household.list' and actor_user_id = 'u-sanne'
          order by id desc`,
      );
    const before = (await events()).length;
    const res = await (await as('u-sanne')).request({ url: '/api/home' });
    const after = await events();
    expect(after).toHaveLength(before + 1);
    expect([...(after[0]?.subject_ids ?? [])].sort()).toEqual(
      res
        .json()
        .caseload.items.map((i: { householdId: string }) => i.householdId)
        .sort(),
    );
    // Every one of them a subject row of the family's access log.
    expect((await auditRows('household.list', 'u-sanne')).length).toBeGreaterThanOrEqual(
      after[0]!.subject_ids.length,
    );
  });

  it('takes two statements: the caseload with the figures, then its audit row', async () => {
    const sent = await statementsOf('u-sanne');
    expect(sent).toHaveLength(2);
    expect(sent[0]).toContain('from "household"');
    expect(sent[0]).toContain('"assignment_request"');
    expect(sent[0]).toContain('"team"');
    expect(sent[1]).toContain('audit_append');
  });

  it('takes one statement for an empty caseload, then the figures: nothing to audit', async () => {
    const sent = await statementsOf('u-lotte');
    expect(sent).toHaveLength(2);
    expect(sent[0]).toContain('from "household"');
    expect(sent[1]).toContain('(values (1)) as one');
    expect(sent.some((t) => t.includes('audit_append'))).toBe(false);
  });
});
