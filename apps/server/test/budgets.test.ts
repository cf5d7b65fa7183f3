import type { BudgetOverview } from '@een-plan/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { euros } from '../src/budgets/csv-export.ts';
import { getBudgetOverview } from '../src/budgets/overview.ts';
import { auditRows } from './helpers/audit-rows.ts';
import { BY_TENANT, HO, loadBudgetYear, NV } from './helpers/budget-year.ts';
import { DEMO_USER_BY_ROLE } from './helpers/demo-users.ts';
import { loggedInAs } from './helpers/logged-in.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
const as = loggedInAs(() => t);
const ADMIN = DEMO_USER_BY_ROLE.admin;

async function addLine(payload: Record<string, unknown>) {
  const erik = await as(ADMIN);
  const res = await erik.request({
    method: 'POST',
    url: '/api/budgets/lines',
    payload: { year: 2019, ...payload },
  });
  expect(res.statusCode).toBe(201);
  return res.json();
}

beforeAll(async () => {
  t = await createTestApp();
  await loadBudgetYear(t.database.db);
  await addLine({
    level: '2',
    areaId: NV,
    productCategory: '45',
    executionVariant: 'inspanningsgericht',
    priceCents: 10_000,
    quantity: 50,
  });
  await addLine({
    level: '2',
    areaId: null,
    productCategory: '43',
    executionVariant: 'outputgericht',
    priceCents: 20_000,
    quantity: 30,
  });
  await addLine({ level: '1', areaId: NV, amountCents: 1_000_000 });
  await addLine({ level: '0', areaId: null, amountCents: 250_000, label: 'Subsidie jongerenwerk' });
});
afterAll(async () => t?.close());

/** The overview as on 15 April 2019: January to March have passed (the trend's base). */
const april = () =>
  getBudgetOverview(t.database.db, BY_TENANT, { year: 2019 }, new Date('2019-04-15T10:00:00Z'));
const row = (o: BudgetOverview, areaId: string | null, level: string, category: string | null) =>
  o.rows.find((r) => r.areaId === areaId && r.level === level && r.productCategory === category);

describe('budget figures on a known year', () => {
  it('committed, spent and forecast per area, level and category, by hand', async () => {
    const o = await april();
    expect(o.monthsElapsed).toBe(3);
    // NV/45: A1 all of its € 3.650 + A4's January half of € 730 (31 of 62 days) = € 4.015; A3 stopped.
    // Spent: 300 + (280 − 50) + 200 = € 730 (the rejected 310 and the unanswered 100 do not count).
    // Forecast: 730 spent in 3 months → 730 × 12 / 3 = € 2.920.
    expect(row(o, NV, '2', '45')).toEqual({
      areaId: NV,
      level: '2',
      productCategory: '45',
      budgetCents: 500_000,
      committedCents: 401_500,
      spentCents: 73_000,
      forecastCents: 292_000,
    });
    // HO/43 has no line of its own: its money counts against the municipality-wide 43 line.
    // A2 has no budget: 2 × 6 months × € 200 = € 2.400. Its July spending is after the base months,
    // so the forecast is what was spent.
    expect(row(o, null, '2', '43')).toMatchObject({
      budgetCents: 600_000,
      committedCents: 240_000,
      spentCents: 40_000,
      forecastCents: 40_000,
    });
    expect(row(o, NV, '1', null)).toMatchObject({ budgetCents: 1_000_000, committedCents: 0, spentCents: 0 });
    expect(row(o, null, '0', null)?.budgetCents).toBe(250_000);
    expect(o.total).toEqual({
      budgetCents: 2_350_000,
      committedCents: 641_500,
      spentCents: 113_000,
      forecastCents: 292_000,
    });
  });

  it('per month, provider, execution variant and Iv3 task field', async () => {
    const o = await april();
    // January: A1 31 days × € 10 + A4 € 365; July: A1 € 310 + A2's July (floor(240 000·31/184)).
    expect(o.byMonth[0]).toEqual({ month: 1, committedCents: 67_500, spentCents: 30_000 });
    expect(o.byMonth[1]).toEqual({ month: 2, committedCents: 28_000, spentCents: 23_000 });
    expect(o.byMonth[6]).toEqual({ month: 7, committedCents: 71_434, spentCents: 40_000 });
    expect(o.byMonth.reduce((s, m) => s + m.committedCents, 0)).toBe(641_500);
    expect(o.byProvider).toEqual([
      {
        organisationId: 'org-jeugdhulp',
        name: expect.any(String),
        committedCents: 641_500,
        spentCents: 113_000,
      },
    ]);
    expect(o.byVariant).toEqual(
      expect.arrayContaining([
        { executionVariant: 'inspanningsgericht', committedCents: 401_500, spentCents: 73_000 },
        { executionVariant: 'outputgericht', committedCents: 240_000, spentCents: 40_000 },
      ]),
    );
    const field = (f: string) => o.taskFields.find((x) => x.taskField === f);
    expect(field('6.72')).toEqual({
      taskField: '6.72',
      budgetCents: 500_000,
      committedCents: 401_500,
      spentCents: 73_000,
      forecastCents: 292_000,
    });
    expect(field('6.74')).toMatchObject({
      budgetCents: 600_000,
      committedCents: 240_000,
      spentCents: 40_000,
    });
    expect(field('6.82')).toMatchObject({ budgetCents: 0, committedCents: 0, spentCents: 0 });
  });

  it('one area: only its own lines and money', async () => {
    const linda = await as(DEMO_USER_BY_ROLE.policy_analyst);
    const res = await linda.request({ url: `/api/budgets?year=2019&areaId=${HO}` });
    expect(res.statusCode).toBe(200);
    const o: BudgetOverview = res.json();
    expect(o.rows).toEqual([
      // 2019 is over: the forecast is what was spent.
      {
        areaId: HO,
        level: '2',
        productCategory: '43',
        budgetCents: 0,
        committedCents: 240_000,
        spentCents: 40_000,
        forecastCents: 40_000,
      },
    ]);
    expect(o.total.budgetCents).toBe(0);
    expect(JSON.stringify(o)).not.toMatch(/p-b1|hh-b1|a-b1|9101/);
  });

  it('exports the overview as CSV: exact euros from the cents, audited, same readers', async () => {
    const linda = await as(DEMO_USER_BY_ROLE.policy_analyst);
    // The download link carries the reader's language; it wins over the browser's header.
    const res = await linda.request({
      url: `/api/budgets/export?year=2019&areaId=${HO}&lang=nl`,
      headers: { 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toBe('attachment; filename="budget-2019.csv"');
    const lines = res.body.replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).toBe(
      '"jaar";"gebied";"overzicht";"niveau";"onderdeel";"budget";"verplicht";"besteed";"prognose"',
    );
    // The same figures as the JSON above, by hand: € 2.400 committed, € 400 spent, no budget line.
    expect(lines[1]).toBe(
      '"2019";"Hoofddorp-Oost";"gebied en niveau";"2";"43";"0,00";"2400,00";"400,00";"400,00"',
    );
    expect(lines).toContain('"2019";"Hoofddorp-Oost";"totaal";"";"";"0,00";"2400,00";"400,00";"400,00"');
    expect(lines).toContain(
      '"2019";"Hoofddorp-Oost";"taakveld";"";"6.74";"0,00";"2400,00";"400,00";"400,00"',
    );
    expect(res.body).not.toMatch(/p-b1|hh-b1|a-b1|9101/);
    const rows = await auditRows(t.database, 'budgets.exported');
    expect(rows.at(-1)?.details).toMatchObject({ year: 2019, areaId: HO, rows: lines.length - 2 });

    const en = await linda.request({
      url: '/api/budgets/export?year=2019',
      headers: { 'accept-language': 'en' },
    });
    expect(en.body).toContain('"2019";"all";"total";"";"";"23500.00";"6415.00";"1130.00";"1130.00"');
    const sanne = await as(DEMO_USER_BY_ROLE.coordinator);
    expect((await sanne.request({ url: '/api/budgets/export?year=2019' })).statusCode).toBe(403);
    expect((await linda.request({ url: '/api/budgets/export?year=1900' })).statusCode).toBe(400);
  });

  it('euros are exact from cents, also negative (credit) and below one euro', () => {
    expect(euros(0, 'nl')).toBe('0,00');
    expect(euros(5, 'nl')).toBe('0,05');
    expect(euros(-12_345, 'en')).toBe('-123.45');
    expect(euros(100_000_000_001, 'nl')).toBe('1000000000,01');
  });

  it('a tenant moves a category to another task field; the default stays for the rest', async () => {
    const erik = await as(ADMIN);
    const put = await erik.request({
      method: 'PUT',
      url: '/api/budgets/iv3-mapping',
      payload: {
        entries: [
          { productCategory: '43', taskField: '6.72' },
          { productCategory: '45', taskField: '6.72' },
        ],
      },
    });
    expect(put.statusCode).toBe(200);
    const mapping = put.json().entries as Array<{
      productCategory: string;
      taskField: string;
      isDefault: boolean;
    }>;
    expect(mapping.find((e) => e.productCategory === '43')).toEqual({
      productCategory: '43',
      taskField: '6.72',
      isDefault: false,
    });
    expect(mapping.find((e) => e.productCategory === '48')?.taskField).toBe('6.82');
    const o = await april();
    expect(o.taskFields.find((x) => x.taskField === '6.72')).toMatchObject({
      budgetCents: 1_100_000,
      committedCents: 641_500,
    });
    expect((await auditRows(t.database, 'iv3_mapping.save'))[0]?.details).toMatchObject({ ownEntries: 1 });
    await erik.request({ method: 'PUT', url: '/api/budgets/iv3-mapping', payload: { entries: [] } });
  });
});

describe('budget lines', () => {
  it('level 2 is price × quantity; audited; replaced and removed', async () => {
    const line = await addLine({
      level: '2',
      areaId: HO,
      productCategory: '35',
      executionVariant: 'taakgericht',
      priceCents: 123_456,
      quantity: 7,
    });
    expect(line).toMatchObject({ fundingForm: 'price_quantity', amountCents: 864_192 });
    const erik = await as(ADMIN);
    const put = await erik.request({
      method: 'PUT',
      url: `/api/budgets/lines/${line.id}`,
      payload: { year: 2019, level: '1', areaId: HO, amountCents: 5 },
    });
    expect(put.json()).toMatchObject({
      level: '1',
      fundingForm: 'population',
      amountCents: 5,
      productCategory: null,
    });
    expect((await erik.request({ method: 'DELETE', url: `/api/budgets/lines/${line.id}` })).statusCode).toBe(
      204,
    );
    expect((await erik.request({ method: 'DELETE', url: `/api/budgets/lines/${line.id}` })).statusCode).toBe(
      404,
    );
    expect(
      (await auditRows(t.database, 'budget.save', { subjectId: line.id })).map((r) => r.details?.created),
    ).toEqual([true, false]);
    expect(await auditRows(t.database, 'budget.delete', { subjectId: line.id })).toHaveLength(1);
  });

  it('refuses bad input with a problem in Dutch and English, never a 500', async () => {
    const erik = await as(ADMIN);
    const post = (payload: unknown) =>
      erik.request({ method: 'POST', url: '/api/budgets/lines', payload: payload as object });
    const unknownArea = await post({ year: 2019, level: '1', areaId: 'area-elders', amountCents: 1 });
    expect(unknownArea.statusCode).toBe(422);
    expect(unknownArea.json()).toMatchObject({
      code: 'budget_area_unknown',
      message: { nl: expect.any(String), en: expect.any(String) },
    });
    expect(
      (
        await post({
          year: 2019,
          level: '2',
          areaId: null,
          productCategory: '45',
          executionVariant: 'x',
          priceCents: 1,
          quantity: 1,
        })
      ).statusCode,
    ).toBe(400);
    expect((await post({ year: 2019, level: '1', areaId: null, amountCents: -5 })).statusCode).toBe(400);
    expect((await post({ year: 2019, level: '1', areaId: null, amountCents: 1.5 })).statusCode).toBe(400);
    const huge = await post({
      year: 2019,
      level: '2',
      areaId: null,
      productCategory: '45',
      executionVariant: 'taakgericht',
      priceCents: 100_000_000,
      quantity: 10_000_000,
    });
    expect(huge.json().code).toBe('budget_amount_too_large');
  });

  it('the analyst and team lead read; only the administrator writes (refusals audited)', async () => {
    for (const role of ['policy_analyst', 'team_lead'] as const) {
      const c = await as(DEMO_USER_BY_ROLE[role]);
      expect((await c.request({ url: '/api/budgets?year=2019' })).statusCode).toBe(200);
      const write = await c.request({
        method: 'POST',
        url: '/api/budgets/lines',
        payload: { year: 2019, level: '0', areaId: null, amountCents: 1 },
      });
      expect(write.statusCode).toBe(403);
    }
    const sanne = await as(DEMO_USER_BY_ROLE.coordinator);
    expect((await sanne.request({ url: '/api/budgets?year=2019' })).statusCode).toBe(403);
  });
});
