/**
 * The analyst's dashboard: a bounded, indexed slice of the published (already protected) figures.
 * Filters only select from the one protected set, so no filter combination reveals a hidden cell.
 */
import { type OutcomeDashboard, OutcomeFigure, OutcomeMeasure, type OutcomeQuery } from '@een-plan/contracts';
import { and, asc, eq, like, or } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import { loadReferralNorms } from '../referrals/settings.ts';
import { listAreaNames } from '../tenancy/areas.ts';
import { organisationNames } from '../tenancy/organisations.ts';
import { loadOutcomeSetting } from './refresh.ts';
import { outcomeFigure } from './schema.ts';

const PERIOD_PATTERN = { month: 'm%', quarter: 'q%', year: 'y' } as const;

export async function getDashboard(
  db: Db,
  actor: Actor,
  query: OutcomeQuery,
  now = new Date(),
): Promise<OutcomeDashboard> {
  const tenantId = actor.tenantId;
  const [years, areas, setting, norms] = await Promise.all([
    db
      .selectDistinct({ year: outcomeFigure.year })
      .from(outcomeFigure)
      .where(eq(outcomeFigure.tenantId, tenantId))
      .orderBy(asc(outcomeFigure.year)),
    listAreaNames(db, tenantId),
    loadOutcomeSetting(db, tenantId),
    loadReferralNorms(db, tenantId),
  ]);
  const year = query.year ?? years.at(-1)?.year ?? now.getUTCFullYear();
  const areaId = query.areaId && areas.some((a) => a.id === query.areaId) ? query.areaId : null;
  const geo = areaId ? `a:${areaId}` : 'all';
  const inYear = and(eq(outcomeFigure.tenantId, tenantId), eq(outcomeFigure.year, year));
  const [rows, byArea] = await Promise.all([
    db
      .select()
      .from(outcomeFigure)
      .where(
        and(
          inYear,
          eq(outcomeFigure.geo, geo),
          or(like(outcomeFigure.period, PERIOD_PATTERN[query.period]), eq(outcomeFigure.period, 'y')),
        ),
      )
      .orderBy(asc(outcomeFigure.measure), asc(outcomeFigure.dimension), asc(outcomeFigure.period))
      .limit(20_000),
    db
      .select({
        geo: outcomeFigure.geo,
        measure: outcomeFigure.measure,
        n: outcomeFigure.n,
        average: outcomeFigure.average,
      })
      .from(outcomeFigure)
      .where(
        and(
          inYear,
          like(outcomeFigure.geo, 'a:%'),
          eq(outcomeFigure.period, 'y'),
          eq(outcomeFigure.level, 'all'),
          eq(outcomeFigure.dimension, 'all'),
        ),
      )
      .limit(20_000),
  ]);
  const providerIds = [
    ...new Set(rows.filter((r) => r.measure === 'assignments_provider').map((r) => r.dimension)),
  ];
  const names = await organisationNames(db, tenantId, providerIds);
  const computedAt = rows.reduce<Date | null>((m, r) => (m && m > r.computedAt ? m : r.computedAt), null);
  return {
    year,
    years: years.map((y) => y.year),
    period: query.period,
    areaId,
    computedAt: computedAt?.toISOString() ?? null,
    minimumCell: setting.minimumCell,
    roundedTo5: setting.roundTo5,
    firstContactNormDays: norms.firstContactNormDays,
    areas,
    figures: rows.map((r) => ({
      measure: OutcomeMeasure.parse(r.measure),
      dimension: r.dimension,
      dimensionLabel: r.measure === 'assignments_provider' ? (names.get(r.dimension) ?? null) : null,
      level: OutcomeFigure.shape.level.parse(r.level),
      period: r.period,
      n: r.n,
      average: r.average,
    })),
    byArea: byArea.map((r) => ({
      areaId: r.geo.slice(2),
      measure: OutcomeMeasure.parse(r.measure),
      n: r.n,
      average: r.average,
    })),
  };
}

/** The dashboard's figures as CSV rows (hidden counts stay empty, marked as hidden). */
export function dashboardCsv(d: OutcomeDashboard, locale: 'nl' | 'en') {
  const hidden = locale === 'nl' ? `verborgen (< ${d.minimumCell})` : `hidden (< ${d.minimumCell})`;
  const header =
    locale === 'nl'
      ? ['jaar', 'gebied', 'maat', 'uitsplitsing', 'niveau', 'periode', 'aantal', 'gemiddelde']
      : ['year', 'area', 'measure', 'breakdown', 'level', 'period', 'count', 'average'];
  const areaName = d.areaId
    ? (d.areas.find((a) => a.id === d.areaId)?.name ?? '')
    : locale === 'nl'
      ? 'alle'
      : 'all';
  const rows = d.figures.map((f) => [
    d.year,
    areaName,
    f.measure,
    f.dimensionLabel ?? f.dimension,
    f.level,
    f.period,
    f.n === null ? hidden : f.n,
    f.average === null ? '' : String(f.average).replace('.', locale === 'nl' ? ',' : '.'),
  ]);
  return { header, rows };
}
