/**
 * Builds one year's figure set from base facts: every figure at every level of its four
 * hierarchies (area → team → all; month → quarter → year; level → all; breakdown → all), the
 * additive relations between them, and then protects the whole set at once (suppression.ts).
 */
import { type FigureGroup, protectFigures, type SuppressionOptions } from './suppression.ts';

export interface BaseFact {
  measure: string;
  /** A breakdown value (source, product category, reason …) or 'all' when the measure has none. */
  dimension: string;
  level: number | null;
  areaId: string | null;
  /** 1..12 */
  month: number;
  n: number;
  /** Sum of the measure's value (working days, score, change) for an average; 0 when none. */
  sum: number;
}

interface PublishedFigure {
  measure: string;
  dimension: string;
  level: string;
  geo: string;
  period: string;
  n: number | null;
  average: number | null;
}

const SEP = '\u001f';

function geoChain(areaId: string | null, teamOf: (areaId: string) => string | undefined): string[] {
  if (!areaId) return ['a:none', 't:none', 'all'];
  return [`a:${areaId}`, `t:${teamOf(areaId) ?? 'none'}`, 'all'];
}

function periodChain(month: number): string[] {
  return [`m${String(month).padStart(2, '0')}`, `q${Math.ceil(month / 3)}`, 'y'];
}

export function buildYear(
  facts: readonly BaseFact[],
  teamOf: (areaId: string) => string | undefined,
  options: SuppressionOptions,
): PublishedFigure[] {
  const n = new Map<string, number>();
  const sum = new Map<string, number>();
  /** parent key → dimension index → member keys */
  const children = new Map<string, Set<string>>();
  const link = (parent: string, child: string) => {
    const set = children.get(parent) ?? new Set<string>();
    set.add(child);
    children.set(parent, set);
  };
  // One fact per leaf first: a million signals collapse to a few thousand leaves.
  const leaves = new Map<string, BaseFact>();
  for (const f of facts) {
    const key = [f.measure, f.dimension, f.level, f.areaId, f.month].join(SEP);
    const leaf = leaves.get(key);
    if (leaf) {
      leaf.n += f.n;
      leaf.sum += f.sum;
    } else leaves.set(key, { ...f });
  }
  for (const f of leaves.values()) {
    if (f.n === 0) continue;
    const chains = [
      [f.dimension, 'all'].filter((d, i, a) => a.indexOf(d) === i),
      [f.level === null ? 'none' : String(f.level), 'all'],
      geoChain(f.areaId, teamOf),
      periodChain(f.month),
    ];
    // Every combination of ancestors (indices into each chain).
    const walk = (axis: number, coords: number[]) => {
      if (axis === chains.length) {
        const key = [f.measure, ...coords.map((c, a) => (chains[a] as string[])[c])].join(SEP);
        n.set(key, (n.get(key) ?? 0) + f.n);
        sum.set(key, (sum.get(key) ?? 0) + f.sum);
        // Its parent along each axis where it is not yet the top.
        coords.forEach((c, a) => {
          const chain = chains[a] as string[];
          if (c + 1 >= chain.length) return;
          const up = coords.map((x, b) => (b === a ? x + 1 : x));
          const parent = [f.measure, ...up.map((u, b) => (chains[b] as string[])[u])].join(SEP);
          link(`${parent}${SEP}${a}`, key);
        });
        return;
      }
      for (let c = 0; c < (chains[axis] as string[]).length; c++) walk(axis + 1, [...coords, c]);
    };
    walk(0, []);
  }
  const groups: FigureGroup[] = [...children].map(([k, members]) => ({
    total: k.slice(0, k.lastIndexOf(SEP)),
    members: [...members],
  }));
  const published = protectFigures(n, groups, options);
  return [...published].map(([key, value]) => {
    const [measure, dimension, level, geo, period] = key.split(SEP) as [
      string,
      string,
      string,
      string,
      string,
    ];
    const count = n.get(key) ?? 0;
    return {
      measure,
      dimension,
      level,
      geo,
      period,
      n: value,
      average: value === null || count === 0 ? null : Math.round(((sum.get(key) ?? 0) / count) * 10) / 10,
    };
  });
}
