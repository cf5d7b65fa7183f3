/**
 * Recomputes a tenant's published outcome figures for a year from the owning modules' facts
 * (read through their exported outcome-facts functions, in pages) and stores them protected.
 */
import { and, eq, like, sql } from 'drizzle-orm';
import {
  assignmentFactsPage,
  EARLY_STOP_REASONS,
  PLANNED_STOP_REASONS,
} from '../assignments/outcome-facts.ts';
import { crisisFactsPage } from '../crisis/outcome-facts.ts';
import type { Db } from '../db/database.ts';
import { selfRelianceChanges } from '../intake/outcome-facts.ts';
import { closedPlanFactsPage, firstPlanAgreedAt } from '../plans/outcome-facts.ts';
import { signalFactsPage } from '../referrals/outcome-facts.ts';
import { amsterdamDate } from '../referrals/working-days.ts';
import { listAreaRows } from '../tenancy/areas.ts';
import { type BaseFact, buildYear } from './cube.ts';
import { outcomeFigure, outcomeSetting, recurrenceOutcome, satisfactionAnswer } from './schema.ts';

const PAGE = 2000;

export async function loadOutcomeSetting(db: Db, tenantId: string) {
  const [s] = await db.select().from(outcomeSetting).where(eq(outcomeSetting.tenantId, tenantId));
  return { minimumCell: s?.minimumCell ?? 5, roundTo5: s?.roundTo5 ?? false };
}

/** Month (1..12) of an instant or date in Amsterdam. */
function monthOf(d: Date | string): number {
  const iso = typeof d === 'string' ? d : amsterdamDate(d);
  return Number(iso.slice(5, 7));
}

function yearWindow(year: number) {
  // Amsterdam midnight is at most two hours before UTC midnight; facts are re-checked by month.
  return { from: new Date(Date.UTC(year - 1, 11, 31, 22)), to: new Date(Date.UTC(year, 11, 31, 22)) };
}

async function collectFacts(db: Db, tenantId: string, year: number): Promise<BaseFact[]> {
  const facts: BaseFact[] = [];
  const inYear = (d: Date | string) => (typeof d === 'string' ? d : amsterdamDate(d)).startsWith(`${year}-`);
  const add = (f: Omit<BaseFact, 'sum'> & { sum?: number }) => facts.push({ sum: 0, ...f });
  const window = yearWindow(year);

  for (let after: string | null = null; ; ) {
    const page = await signalFactsPage(db, tenantId, window, after, PAGE, (ids) =>
      firstPlanAgreedAt(db, tenantId, ids),
    );
    for (const s of page) {
      if (!inYear(s.receivedAt)) continue;
      const at = { level: s.level, areaId: s.areaId, month: monthOf(s.receivedAt) };
      add({ ...at, measure: 'signals', dimension: s.source, n: 1 });
      if (s.workingDaysToFirstContact !== null) {
        add({ ...at, measure: 'first_contact', dimension: 'all', n: 1, sum: s.workingDaysToFirstContact });
        if (s.firstContactWithinNorm)
          add({ ...at, measure: 'first_contact_within_norm', dimension: 'all', n: 1 });
      }
      if (s.workingDaysToPlanAgreed !== null) {
        add({ ...at, measure: 'plan_agreed', dimension: 'all', n: 1, sum: s.workingDaysToPlanAgreed });
      }
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1]?.id ?? null;
  }

  for (let after: string | null = null; ; ) {
    const page = await closedPlanFactsPage(db, tenantId, window, after, PAGE);
    const changes = await selfRelianceChanges(db, tenantId, [...new Set(page.map((p) => p.householdId))]);
    for (const p of page) {
      if (!inYear(p.closedAt)) continue;
      const at = { level: p.level, areaId: p.areaId, month: monthOf(p.closedAt) };
      add({ ...at, measure: 'plans_closed', dimension: p.reason, n: 1 });
      for (const result of new Set(p.goalResults)) {
        add({
          ...at,
          measure: 'goals',
          dimension: result,
          n: p.goalResults.filter((r) => r === result).length,
        });
      }
      const c = changes.get(p.householdId);
      if (c && c.pairs > 0) {
        add({ ...at, measure: 'self_reliance', dimension: 'all', n: c.pairs, sum: c.totalChange });
        add({ ...at, measure: 'self_reliance_improved', dimension: 'all', n: c.improved });
      }
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1]?.id ?? null;
  }

  const dates = { from: `${year}-01-01`, to: `${year + 1}-01-01` };
  for (let after: string | null = null; ; ) {
    const page = await assignmentFactsPage(db, tenantId, dates, after, PAGE);
    for (const a of page) {
      if (inYear(a.startDate)) {
        const at = { level: 2, areaId: a.areaId, month: monthOf(a.startDate), n: 1 };
        add({ ...at, measure: 'assignments_category', dimension: a.productCategory });
        add({ ...at, measure: 'assignments_provider', dimension: a.organisationId });
      }
      if (a.stoppedOn && a.stopReason && inYear(a.stoppedOn)) {
        const kind = EARLY_STOP_REASONS.includes(a.stopReason)
          ? 'early'
          : PLANNED_STOP_REASONS.includes(a.stopReason)
            ? 'planned'
            : 'other';
        add({
          level: 2,
          areaId: a.areaId,
          month: monthOf(a.stoppedOn),
          n: 1,
          measure: 'assignments_stopped',
          dimension: kind,
        });
      }
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1]?.id ?? null;
  }

  for (let after: string | null = null; ; ) {
    const page = await crisisFactsPage(db, tenantId, window, after, PAGE);
    for (const c of page) {
      if (!inYear(c.calledAt)) continue;
      const at = { level: null, areaId: c.areaId, month: monthOf(c.calledAt), n: 1 };
      add({ ...at, measure: 'crisis_episodes', dimension: c.reportedVia });
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1]?.id ?? null;
  }

  // Recurrence (criterion 3.2) counts in the month the plan closed: of the plans closed then, how
  // many households needed help again within 6 and 12 months.
  const recurrences = await db
    .select()
    .from(recurrenceOutcome)
    .where(and(eq(recurrenceOutcome.tenantId, tenantId), like(recurrenceOutcome.closedMonth, `${year}-%`)));
  for (const r of recurrences) {
    add({
      measure: r.offsetMonths === 6 ? 'recurrence_6' : 'recurrence_12',
      dimension: r.returned ? 'returned' : 'no_return',
      level: r.level,
      areaId: r.areaId,
      month: Number(r.closedMonth.slice(5, 7)),
      n: 1,
    });
  }

  const answers = await db
    .select()
    .from(satisfactionAnswer)
    .where(and(eq(satisfactionAnswer.tenantId, tenantId)));
  for (const s of answers) {
    if (!s.period.startsWith(`${year}-`)) continue;
    const at = { level: null, areaId: s.areaId, month: Number(s.period.slice(5, 7)), dimension: 'all', n: 1 };
    add({ ...at, measure: 'satisfaction_help', sum: s.helpScore });
    add({ ...at, measure: 'satisfaction_result', sum: s.resultScore });
  }
  return facts;
}

export async function refreshOutcomes(db: Db, tenantId: string, year: number, now = new Date()) {
  const [facts, areas, setting] = await Promise.all([
    collectFacts(db, tenantId, year),
    listAreaRows(db, tenantId),
    loadOutcomeSetting(db, tenantId),
  ]);
  const teamOf = new Map(areas.map((a) => [a.id, a.teamId]));
  const figures = buildYear(facts, (id) => teamOf.get(id), {
    k: setting.minimumCell,
    roundTo5: setting.roundTo5,
  });
  await db.transaction(async (tx) => {
    await tx
      .delete(outcomeFigure)
      .where(and(eq(outcomeFigure.tenantId, tenantId), eq(outcomeFigure.year, year)));
    if (figures.length === 0) return;
    // One statement with one array per column: a year is some 9,000 figures, and as multi-row
    // VALUES (ten parameters a row) building and parsing the statements was a large part of the refresh
    // (most on the embedded database, where the demo story runs it for two years).
    const column = <K extends keyof (typeof figures)[number]>(key: K) =>
      sql.param(figures.map((f) => f[key]));
    await tx.execute(sql`
      insert into ${outcomeFigure}
        (tenant_id, year, measure, dimension, level, geo, period, n, average, computed_at)
      select ${tenantId}, ${year}::integer, f.measure, f.dimension, f.level, f.geo, f.period, f.n, f.average,
             ${now.toISOString()}::timestamptz
        from unnest(${column('measure')}::text[], ${column('dimension')}::text[], ${column('level')}::text[],
                    ${column('geo')}::text[], ${column('period')}::text[], ${column('n')}::integer[],
                    ${column('average')}::real[]) as f(measure, dimension, level, geo, period, n, average)`);
  });
  return { figures: figures.length, hidden: figures.filter((f) => f.n === null).length };
}
