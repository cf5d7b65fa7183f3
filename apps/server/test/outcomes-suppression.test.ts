import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FigureGroup, hiddenCells, protectFigures } from '../src/outcomes/suppression.ts';

/**
 * A table like the dashboards publish: areas grouped into teams, months grouped into quarters,
 * with every total (area × quarter, team × month, …, grand total) published too.
 */
function hierarchicalTable(counts: number[][], teamOf: number[], quarterOf: number[]) {
  const values = new Map<string, number>();
  const rowsAt = (level: 'a' | 't' | 'all') =>
    level === 'a'
      ? counts.map((_, i) => `a${i}`)
      : level === 't'
        ? [...new Set(teamOf)].map((t) => `t${t}`)
        : ['all'];
  const colsAt = (level: 'm' | 'q' | 'y') =>
    level === 'm'
      ? (counts[0] ?? []).map((_, j) => `m${j}`)
      : level === 'q'
        ? [...new Set(quarterOf)].map((q) => `q${q}`)
        : ['y'];
  const rowMembers = (r: string): number[] =>
    r === 'all'
      ? counts.map((_, i) => i)
      : r.startsWith('t')
        ? teamOf.flatMap((t, i) => (`t${t}` === r ? [i] : []))
        : [Number(r.slice(1))];
  const colMembers = (c: string): number[] =>
    c === 'y'
      ? quarterOf.map((_, j) => j)
      : c.startsWith('q')
        ? quarterOf.flatMap((q, j) => (`q${q}` === c ? [j] : []))
        : [Number(c.slice(1))];
  for (const rl of ['a', 't', 'all'] as const) {
    for (const cl of ['m', 'q', 'y'] as const) {
      for (const r of rowsAt(rl)) {
        for (const c of colsAt(cl)) {
          let sum = 0;
          for (const i of rowMembers(r)) for (const j of colMembers(c)) sum += counts[i]?.[j] ?? 0;
          values.set(`${r}|${c}`, sum);
        }
      }
    }
  }
  const groups: FigureGroup[] = [];
  const rowParents: Array<[string, string[]]> = [
    ...rowsAt('t').map((t): [string, string[]] => [
      t,
      rowsAt('a').filter((a) => teamOf[Number(a.slice(1))] === Number(t.slice(1))),
    ]),
    ['all', rowsAt('t')],
  ];
  const colParents: Array<[string, string[]]> = [
    ...colsAt('q').map((q): [string, string[]] => [
      q,
      colsAt('m').filter((m) => quarterOf[Number(m.slice(1))] === Number(q.slice(1))),
    ]),
    ['y', colsAt('q')],
  ];
  const allRows = [...rowsAt('a'), ...rowsAt('t'), 'all'];
  const allCols = [...colsAt('m'), ...colsAt('q'), 'y'];
  for (const c of allCols) {
    for (const [parent, kids] of rowParents)
      groups.push({ total: `${parent}|${c}`, members: kids.map((k) => `${k}|${c}`) });
  }
  for (const r of allRows) {
    for (const [parent, kids] of colParents)
      groups.push({ total: `${r}|${parent}`, members: kids.map((k) => `${r}|${k}`) });
  }
  return { values, groups };
}

/**
 * The attacker: solves the published relations with exact fractions (BigInt) and reports every
 * hidden cell whose value is pinned down — by plain differencing or any combination of totals.
 * Written independently of the production check on purpose.
 */
function recoverable(
  values: ReadonlyMap<string, number>,
  groups: readonly FigureGroup[],
  published: ReadonlyMap<string, number | null>,
): Map<string, number> {
  const unknown = [...published].filter(([, v]) => v === null).map(([id]) => id);
  const col = new Map(unknown.map((id, i) => [id, i]));
  type Frac = [bigint, bigint];
  const norm = ([n, d]: Frac): Frac => {
    const g = gcd(n < 0n ? -n : n, d < 0n ? -d : d) || 1n;
    const s = d < 0n ? -1n : 1n;
    return [(s * n) / g, (s * d) / g];
  };
  const sub = (a: Frac, b: Frac): Frac => norm([a[0] * b[1] - b[0] * a[1], a[1] * b[1]]);
  const mul = (a: Frac, b: Frac): Frac => norm([a[0] * b[0], a[1] * b[1]]);
  const div = (a: Frac, b: Frac): Frac => norm([a[0] * b[1], a[1] * b[0]]);
  const rows: Frac[][] = [];
  for (const g of groups) {
    const row: Frac[] = new Array(unknown.length + 1).fill(null).map((): Frac => [0n, 1n]);
    let rhs = 0;
    let touches = false;
    const add = (id: string, sign: number) => {
      const c = col.get(id);
      if (c === undefined) rhs -= sign * (published.get(id) ?? values.get(id) ?? 0);
      else {
        row[c] = norm([row[c]![0] + BigInt(sign) * row[c]![1], row[c]![1]]);
        touches = true;
      }
    };
    add(g.total, 1);
    for (const m of g.members) add(m, -1);
    row[unknown.length] = [BigInt(rhs), 1n];
    if (touches) rows.push(row);
  }
  let r = 0;
  const pivotRow = new Map<number, number>();
  for (let c = 0; c < unknown.length && r < rows.length; c++) {
    const p = rows.findIndex((row, i) => i >= r && row[c]![0] !== 0n);
    if (p < 0) continue;
    [rows[r], rows[p]] = [rows[p]!, rows[r]!];
    const piv = rows[r]![c]!;
    rows[r] = rows[r]!.map((v) => div(v, piv));
    for (let i = 0; i < rows.length; i++) {
      if (i === r || rows[i]![c]![0] === 0n) continue;
      const f = rows[i]![c]!;
      rows[i] = rows[i]!.map((v, j) => sub(v, mul(f, rows[r]![j]!)));
    }
    pivotRow.set(c, r);
    r++;
  }
  const found = new Map<string, number>();
  for (const [c, ri] of pivotRow) {
    const row = rows[ri]!;
    if (row.every((v, j) => j === c || j === unknown.length || v[0] === 0n)) {
      const [n, d] = row[unknown.length]!;
      found.set(unknown[c]!, Number(n) / Number(d));
    }
  }
  return found;
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

const table = fc
  .record({ areas: fc.integer({ min: 2, max: 5 }), months: fc.integer({ min: 2, max: 6 }) })
  .chain(({ areas, months }) =>
    fc.record({
      counts: fc.array(
        fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 40 })), {
          minLength: months,
          maxLength: months,
        }),
        {
          minLength: areas,
          maxLength: areas,
        },
      ),
      teamOf: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: areas, maxLength: areas }),
      quarterOf: fc.constant(Array.from({ length: months }, (_, j) => Math.floor(j / 3))),
    }),
  );

describe('small-cell protection', () => {
  it('hides counts from 1 to k−1 and shows zero and k', () => {
    const values = new Map([
      ['a', 0],
      ['b', 4],
      ['c', 5],
      ['d', 9],
      ['t', 18],
    ]);
    const out = protectFigures(values, [{ total: 't', members: ['a', 'b', 'c', 'd'] }]);
    expect(out.get('a')).toBe(0);
    expect(out.get('b')).toBeNull();
    // The smallest positive shown member is the complement, so 4 cannot be t − a − c − d.
    expect(out.get('c')).toBeNull();
    expect(out.get('d')).toBe(9);
    expect(out.get('t')).toBe(18);
  });

  it('uses the tenant k and can round shown counts to 5', () => {
    const values = new Map([
      ['a', 7],
      ['b', 12],
      ['t', 19],
    ]);
    const out = protectFigures(values, [{ total: 't', members: ['a', 'b'] }], { k: 10, roundTo5: true });
    expect(out.get('a')).toBeNull();
    expect(out.get('b')).toBeNull();
    expect(out.get('t')).toBe(20);
  });

  it('the attacker does recover cells when only primary suppression is applied (the test can fail)', () => {
    const { values, groups } = hierarchicalTable(
      [
        [3, 10],
        [8, 12],
      ],
      [0, 0],
      [0, 0],
    );
    const naive = new Map([...values].map(([id, v]) => [id, v > 0 && v < 5 ? null : v]));
    expect(recoverable(values, groups, naive).get('a0|m0')).toBe(3);
  });

  it('no hidden cell can be recovered by differencing totals, teams or quarters', () => {
    fc.assert(
      fc.property(table, ({ counts, teamOf, quarterOf }) => {
        const { values, groups } = hierarchicalTable(counts, teamOf, quarterOf);
        const published = protectFigures(values, groups);
        for (const [id, v] of values) if (v > 0 && v < 5) expect(published.get(id)).toBeNull();
        expect([...recoverable(values, groups, published).keys()]).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('hides only what protection needs when nothing is small', () => {
    const { values, groups } = hierarchicalTable(
      [
        [5, 10],
        [8, 12],
      ],
      [0, 1],
      [0, 0],
    );
    expect(hiddenCells(values, groups, 5).size).toBe(0);
  });
});
