/**
 * Every role lands on its own work: GET /api/home answers per role with that role's lists from the
 * demo story (real data through the real services), and nothing a home or a navigation item
 * points to is refused for that role.
 */
import type { Role } from '@een-plan/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { navigationItems } from '../../web/src/layout/navigation-items.ts';
import { postTomAmbulant, setApprovalThreshold } from './helpers/assignment-builder.ts';
import { DEMO_USER_BY_ROLE } from './helpers/demo-users.ts';
import { dutchDay } from './helpers/dutch-day.ts';
import { loggedInAs } from './helpers/logged-in.ts';
import { aSignal } from './helpers/signal-builder.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
const as = loggedInAs(() => t);
async function home(role: Role) {
  const res = await (await as(DEMO_USER_BY_ROLE[role])).request({ url: '/api/home' });
  expect(res.statusCode).toBe(200);
  return res.json();
}

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('GET /api/home per role, from the demo story', () => {
  it('gives the coordinator her caseload, the plan waiting for agreement and the open request', async () => {
    const h = await home('coordinator');
    expect(h.kind).toBe('coordinator');
    expect(h.teamName).toBe('Sociaal team Nieuw-Vennep');
    expect(h.caseload.items.map((x: { name: string }) => x.name)).toEqual(['Gezin Jansen', 'Gezin Öztürk']);
    expect(h.caseload.total).toBe(2);
    // Jansen's plan is a concept nobody agreed to yet (version 2 added the safety section); Öztürk's was agreed.
    expect(h.plansAwaitingAgreement).toEqual({
      items: [{ householdId: 'hh-jansen', householdName: 'Gezin Jansen', state: 'concept', version: 2 }],
      total: 1,
    });
    // Lisa's request from Jeugdhulp Kennemerland is open.
    expect(h.openRequests).toBe(1);
  });

  it('lists an overdue evaluation first and leaves out evaluations beyond the due horizon (21 days)', async () => {
    const yesterday = dutchDay(-1);
    await t.database.ownerQuery(
      "update plan set next_evaluation_date = $1 where tenant_id = '0394' and household_id = 'hh-ozturk' and state <> 'closed'",
      [yesterday],
    );
    const h = await home('coordinator');
    expect(h.evaluationsDue).toEqual({
      items: [{ householdId: 'hh-ozturk', householdName: 'Gezin Öztürk', date: yesterday, overdue: true }],
      total: 1,
    });
  });

  it("gives the team lead the waiting list against the norm and the team's workload", async () => {
    const h = await home('team_lead');
    expect(h).toMatchObject({
      kind: 'team_lead',
      teamName: 'Sociaal team Nieuw-Vennep',
      // Lotte has no households yet: she is there to take one over (issue 16).
      workload: [
        { coordinatorId: 'u-sanne', name: 'Sanne de Vries', households: 2 },
        { coordinatorId: 'u-lotte', name: 'Lotte Visser', households: 0 },
      ],
      unassignedHouseholds: 0,
      // Veilig Thuis opened the Öztürk household two days ago; the review is his.
      breakGlassToReview: 1,
    });
    // More help at home for Deniz, above the approval threshold, waits for him.
    expect(h.approvals.total).toBe(1);
    expect(h.approvals.items[0]).toMatchObject({
      assignmentId: 'asg-ozturk-deniz-thuis',
      householdId: 'hh-ozturk',
      householdName: 'Gezin Öztürk',
      productName: 'Specialistische ambulante jeugdhulp',
    });
    expect(h.approvals.items[0].budgetCents).toBeGreaterThan(1_000_000);
    // The school's signal about Noor waits two weeks without first contact (past the norm of 5
    // working days) and comes first; the GP's signals about Noa (six days, near the norm) and
    // Daan (yesterday) follow.
    expect(h.waitingList.total).toBe(3);
    expect(h.waitingList.overdue).toBe(1);
    expect(h.waitingList.items.map((s: { subjectName: string }) => s.subjectName)).toEqual([
      'Noor de Wit',
      'Noa Bos',
      'Daan Kok',
    ]);
    expect(h.waitingList.items[0]).toMatchObject({ referralId: 'ref-demo-noor', normDays: 5, overdue: true });
    expect(h.waitingList.items[1]).toMatchObject({ referralId: 'ref-demo-noa', overdue: false });
    expect(h.waitingList.items[2]).toMatchObject({ referralId: 'ref-demo-daan', overdue: false });
  });

  it('gives the provider the assignment to start, its open request and the rejected declaration', async () => {
    const h = await home('provider');
    expect(h.kind).toBe('provider');
    // Deniz's assignment, granted on the provider's own request, waits for a start report.
    expect(h.newAssignments.items.map((a: { personFirstName: string }) => a.personFirstName)).toEqual([
      'Deniz',
    ]);
    expect(h.startsOverdue).toEqual({ items: [], total: 0 });
    expect(h.openRequests.total).toBe(1);
    expect(h.declarationsNeedingAttention.items[0]).toMatchObject({ status: 'rejected', approvedCents: 0 });
    // First names only: no household names, no BSN.
    expect(JSON.stringify(h)).not.toMatch(/Gezin|Öztürk|bsn/i);
  });

  it('gives the policy analyst figures per area only, small cells suppressed, no names', async () => {
    const h = await home('policy_analyst');
    expect(h.kind).toBe('policy_analyst');
    expect(h.minimumCell).toBe(5);
    expect(h.areas.map((a: { areaName: string }) => a.areaName)).toEqual([
      'Badhoevedorp',
      'Hoofddorp-Oost',
      'Nieuw-Vennep',
    ]);
    const nieuwVennep = h.areas.find((a: { areaId: string }) => a.areaId === 'area-nieuw-vennep');
    // Two households: a small cell, never shown as 2.
    expect(nieuwVennep.households).toBeNull();
    // Two current demo signals plus the finished history of the outcomes demo: shown; an area
    // without any shows 0.
    expect(nieuwVennep.signals).toBeGreaterThanOrEqual(5);
    expect(h.areas.find((a: { areaId: string }) => a.areaId === 'area-badhoevedorp').signals).toBe(0);
    expect(JSON.stringify(h)).not.toMatch(/Gezin|Jansen|Öztürk|Sanne/);
  });

  it("gives the administrator the set-up's health", async () => {
    const h = await home('admin');
    expect(h).toMatchObject({
      kind: 'admin',
      areasWithoutPostcodes: [],
      teamsWithoutArea: [],
      failedDeliveries: 0,
      apiClients: { active: 0, unusedFor90Days: 0 },
    });
    await t.database.ownerQuery(
      "insert into team (tenant_id, id, name, organisation_id) values ('0394', 'team-leeg', 'Sociaal team Zwanenburg', 'org-sociaal-team')",
    );
    await t.database.ownerQuery(
      "insert into area (tenant_id, id, name, team_id) values ('0394', 'area-leeg', 'Zwanenburg', 'team-badhoevedorp')",
    );
    await t.database.ownerQuery(
      "update ijw_message set status = 'failed' where tenant_id = '0394' and id = (select id from ijw_message where tenant_id = '0394' and direction = 'out' order by created_at limit 1)",
    );
    const after = await home('admin');
    expect(after.areasWithoutPostcodes).toEqual([{ id: 'area-leeg', name: 'Zwanenburg' }]);
    expect(after.teamsWithoutArea).toEqual([{ id: 'team-leeg', name: 'Sociaal team Zwanenburg' }]);
    expect(after.failedDeliveries).toBe(1);
  });

  it('keeps the resident portal home', async () => {
    expect(await home('resident')).toMatchObject({ kind: 'portal', householdName: 'Gezin Jansen' });
  });
});

describe('homes follow the events of the day', () => {
  it("shows a school's new signal on its home and on the team lead's waiting list, against the norm", async () => {
    // The demo story: Marloes reported Noor two weeks ago; it is still "received".
    expect((await home('source')).signals).toEqual({
      items: [expect.objectContaining({ id: 'ref-demo-noor', subjectFirstName: 'Noor', status: 'received' })],
      total: 1,
    });
    const filed = await (await as(DEMO_USER_BY_ROLE.source)).request({
      method: 'POST',
      url: '/api/referrals',
      payload: aSignal(
        {
          lifeDomains: ['parenting_development'],
          worry: 'Noor is vaak afwezig.',
          familyContact: 'Vader, 06 00000000',
        },
        { firstName: 'Noor', lastName: 'Visser', birthDate: '2015-04-02' },
        { houseNumber: '40', postcode: '2151 AC' },
      ),
    });
    expect(filed.statusCode).toBe(201);
    const id = filed.json().id;
    const source = await home('source');
    expect(source.signals.total).toBe(2);
    // Newest first.
    expect(source.signals.items[0]).toMatchObject({
      id,
      subjectFirstName: 'Noor',
      status: 'received',
      teamName: 'Sociaal team Nieuw-Vennep',
    });
    // The reporter learns the status, not the last name.
    expect(JSON.stringify(source)).not.toContain('Visser');

    // Received two weeks ago: past the five-working-day norm, holidays or not.
    await t.database.ownerQuery(
      "update referral set received_at = now() - interval '14 days' where tenant_id = '0394' and id = $1",
      [id],
    );
    const lead = await home('team_lead');
    expect(lead.waitingList.total).toBe(4);
    expect(lead.waitingList.overdue).toBe(2);
    const noor = lead.waitingList.items.find((i: { referralId: string }) => i.referralId === id);
    expect(noor).toMatchObject({
      referralId: id,
      subjectName: 'Noor Visser',
      urgency: 'normal',
      normDays: 5,
      overdue: true,
    });
    expect(noor.workingDaysWaiting).toBeGreaterThanOrEqual(5);
    const audited = await t.database.ownerQuery<{ n: number }>(
      // One event names every signal the list showed (decision 0028).
      "select count(*)::int as n from audit_log where actor_user_id = 'u-ahmed' and $1 = any(subject_ids) and purpose = 'waiting_list'",
      [id],
    );
    expect(audited[0]?.n).toBeGreaterThan(0);
  });

  it("shows an assignment above the threshold on the team lead's home until it is approved", async () => {
    await setApprovalThreshold(t.database, 100_000);
    const created = await postTomAmbulant(
      await as(DEMO_USER_BY_ROLE.coordinator),
      dutchDay(7),
      dutchDay(90),
      {
        volume: 2,
      },
    );
    expect(created.json().status).toBe('awaiting_approval');
    const lead = await home('team_lead');
    // Next to the demo story's Öztürk approval.
    expect(lead.approvals.total).toBe(2);
    expect(lead.approvals.items).toContainEqual(
      expect.objectContaining({
        assignmentId: created.json().id,
        householdId: 'hh-jansen',
        householdName: 'Gezin Jansen',
        productName: 'Specialistische ambulante jeugdhulp',
      }),
    );
    // Not yet issued: the provider does not see it.
    const provider = await home('provider');
    expect(JSON.stringify(provider)).not.toContain(created.json().id);
    const approved = await (await as(DEMO_USER_BY_ROLE.team_lead)).request({
      method: 'POST',
      url: `/api/assignments/${created.json().id}/approval`,
      payload: { approve: true, version: 1 },
    });
    expect(approved.statusCode).toBe(200);
    expect(
      (await home('team_lead')).approvals.items.map((a: { assignmentId: string }) => a.assignmentId),
    ).toEqual(['asg-ozturk-deniz-thuis']);
  });

  it('shows Veilig Thuis its break-glass access waiting for review, and the team lead the review to do', async () => {
    // The demo story: the Öztürk access of two days ago, over, not yet reviewed.
    expect(await home('safety')).toMatchObject({
      kind: 'safety',
      accesses: {
        items: [
          expect.objectContaining({ householdName: 'Gezin Öztürk', active: false, reviewOutcome: null }),
        ],
        total: 1,
      },
      active: 0,
      awaitingReview: 1,
    });
    expect((await home('team_lead')).breakGlassToReview).toBe(1);
    const opened = await (await as(DEMO_USER_BY_ROLE.safety)).request({
      method: 'POST',
      url: '/api/households/hh-jansen/break-glass',
      payload: { reason: 'Melding van acute onveiligheid via de school; direct contact nodig.' },
    });
    expect(opened.statusCode).toBe(201);
    const safety = await home('safety');
    // Newest first.
    expect(safety.accesses.items).toEqual([
      expect.objectContaining({ householdName: 'Gezin Jansen', active: true, reviewOutcome: null }),
      expect.objectContaining({ householdName: 'Gezin Öztürk', active: false, reviewOutcome: null }),
    ]);
    expect(safety).toMatchObject({ active: 1, awaitingReview: 2 });
    expect((await home('team_lead')).breakGlassToReview).toBe(2);
  });
});

/**
 * Each page of the web app, by the API it loads first. A navigation item or a home link that
 * answers 403 for the role would show the person an error instead of their work.
 */
const PAGE_API: Record<string, string> = {
  '/werkruimte': '/api/home',
  '/mijn-plan': '/api/home',
  '/werkruimte/huishoudens': '/api/households',
  '/werkruimte/huishoudens/hh-jansen': '/api/households/hh-jansen',
  '/werkruimte/huishoudens/hh-jansen/plan': '/api/households/hh-jansen/plan',
  '/werkruimte/gedeeld': '/api/shared/households',
  '/werkruimte/noodtoegang': '/api/break-glass/mine',
  '/werkruimte/noodtoegang/beoordelen': '/api/break-glass/reviews',
  '/werkruimte/veilig-thuis': '/api/safety/reports',
  '/aanmelden': '/api/referrals/life-domains',
  '/mijn-aanmeldingen': '/api/referrals/mine',
  '/aanmeldingen': '/api/referrals/queue?filter=open',
  '/wachttijden': '/api/referrals/waiting-times',
  '/sociale-kaart': '/api/social-map/offers',
  '/beheer/gebieden': '/api/admin/areas',
  '/beheer/huisstijl': '/api/theme',
  '/beheer/bewaartermijnen': '/api/admin/retention/terms',
  '/toewijzingen': '/api/provider/assignments?limit=100',
  '/beheer/berichten': '/api/admin/ijw-messages?limit=100',
  '/beheer/contracten': '/api/admin/providers',
  '/verzoeken': '/api/assignment-requests?status=open',
  '/taken': '/api/tasks',
  '/crisis': '/api/crisis/episodes',
  '/maatregelen': '/api/protection/measures',
  '/crisis/crisis-ozturk-handover': '/api/crisis/episodes/crisis-ozturk-handover',
  '/maatregelen/measure-deniz-ots': '/api/protection/measures/measure-deniz-ots',
  '/plekvrij': '/api/placements/reservations',
  '/plekvrij/aanbod': '/api/provider/places',
  '/plekvrij/regio': '/api/placements/regional',
  '/werkruimte/rechten': '/api/rights/worklist',
  '/mijn-rechten': '/api/my/rights',
  '/uitkomsten': '/api/outcomes/dashboard',
  '/budget': '/api/budgets',
  '/beheer/budgetten': '/api/budgets',
  '/beheer/cbs-levering': '/api/budgets/cbs/deliveries',
  '/beheer/toekomstplan': '/api/admin/future-plan-settings',
  '/beheer/rechten': '/api/admin/rights-settings',
  '/beheer/aandachtsfunctionarissen': '/api/admin/meldcode-designations',
};
/** Pages that show each role its own view, and so load another API for that role. */
const PAGE_API_FOR_ROLE: Partial<Record<Role, Record<string, string>>> = {
  policy_analyst: { '/wachttijden': '/api/outcomes/dashboard' },
};

/** The pages each role's home links to (apps/web/src/pages/home/), besides its navigation. */
const HOME_LINKS: Record<Role, string[]> = {
  coordinator: [
    '/werkruimte/huishoudens',
    '/werkruimte/huishoudens/hh-jansen',
    '/werkruimte/huishoudens/hh-jansen/plan',
    '/verzoeken',
  ],
  team_lead: [
    '/werkruimte/huishoudens/hh-jansen/plan',
    '/aanmeldingen',
    '/wachttijden',
    '/werkruimte/noodtoegang/beoordelen',
  ],
  source: ['/mijn-aanmeldingen', '/aanmelden'],
  provider: ['/toewijzingen'],
  safety: ['/werkruimte/noodtoegang'],
  policy_analyst: [],
  admin: ['/beheer/gebieden', '/beheer/berichten'],
  resident: [],
  crisis_service: ['/crisis', '/crisis/crisis-ozturk-handover'],
  certified_institution: ['/maatregelen', '/maatregelen/measure-deniz-ots'],
};

describe('GET /api/home for the crisis service and the certified institution', () => {
  it('gives the crisis service its episodes in every state, open ones first', async () => {
    const h = await home('crisis_service');
    expect(h.kind).toBe('crisis_service');
    expect(h.episodes.total).toBe(5);
    expect(h.episodes.items.at(-1).state).toBe('closed');
    expect(h.overdue).toBe(0);
  });

  it('gives the GI its measures, nearest deadline first', async () => {
    const h = await home('certified_institution');
    expect(h.kind).toBe('certified_institution');
    expect(h.measures.items.map((m: { id: string }) => m.id).sort()).toEqual([
      'measure-deniz-ots',
      'measure-jayden-uhp',
    ]);
    expect(h.deadlinesWithin30Days).toBe(2);
  });
});

describe('no page a role is offered answers 403', () => {
  for (const role of Object.keys(DEMO_USER_BY_ROLE) as Role[]) {
    it(`${role}: every navigation item and home link loads`, async () => {
      const pages = [...navigationItems(role).map((i) => i.to), ...HOME_LINKS[role]];
      const c = await as(DEMO_USER_BY_ROLE[role]);
      const refused: string[] = [];
      for (const page of pages) {
        const api = PAGE_API_FOR_ROLE[role]?.[page] ?? PAGE_API[page];
        expect(api, `no API known for ${page}`).toBeDefined();
        const res = await c.request({ url: api as string });
        if (res.statusCode === 403 || res.statusCode === 401)
          refused.push(`${page} → ${api}: ${res.statusCode}`);
      }
      expect(refused).toEqual([]);
    });
  }
});
