/**
 * Small-cell protection for published figures (issue 17).
 *
 * A figure set is a collection of cells (counts) and additive relations between them ("groups": a
 * total equals the sum of its members — an area row adds up to its team, months add up to a
 * quarter, levels add up to "all levels"). Counts from 1 to k−1 are hidden (primary suppression).
 * Then cells are hidden until no hidden cell can be recovered from what is published:
 *  1. no group may have exactly one hidden cell (that cell would be its total minus the others);
 *  2. no hidden cell may be determined by any linear combination of the groups (e.g. differencing
 *     a team with its areas and a quarter with its months at once) — checked exactly, per
 *     connected set of hidden cells, by row reduction over a prime field.
 * Complementary cells are the smallest positive shown members, so little is lost. Zero cells are
 * shown (a zero says nothing about a person) and are never complements.
 *
 * Filters never recompute: the whole tenant's figure set is protected once, and every view reads
 * from that one protected set, so a neighbouring filter cannot reveal a different pattern.
 */

export interface FigureGroup {
  total: string;
  members: readonly string[];
}

export interface SuppressionOptions {
  /** Smallest count that may be shown (default 5). */
  k?: number;
  /** Show counts rounded to the nearest multiple of 5, as CBS publishes them. */
  roundTo5?: boolean;
}

const DEFAULT_MINIMUM_CELL = 5;

/** The published value of each cell: a (possibly rounded) count, or null when hidden. */
export function protectFigures(
  values: ReadonlyMap<string, number>,
  groups: readonly FigureGroup[],
  options: SuppressionOptions = {},
): Map<string, number | null> {
  const hidden = hiddenCells(values, groups, options.k ?? DEFAULT_MINIMUM_CELL);
  const out = new Map<string, number | null>();
  for (const [id, v] of values) {
    out.set(id, hidden.has(id) ? null : options.roundTo5 ? roundTo5(v) : v);
  }
  return out;
}

function roundTo5(n: number): number {
  return Math.round(n / 5) * 5;
}

/** Which cells to hide: primary (1..k−1) plus the secondary cells that protect them. */
export function hiddenCells(
  values: ReadonlyMap<string, number>,
  groups: readonly FigureGroup[],
  k: number,
): Set<string> {
  const value = (id: string) => values.get(id) ?? 0;
  const hidden = new Set<string>();
  for (const [id, v] of values) if (v > 0 && v < k) hidden.add(id);
  const groupsOf = new Map<string, number[]>();
  // Connected sets of hidden cells already found undetermined: each measure's figures form their
  // own sets, so a complement in one need not reduce all the others again.
  const settled = new Set<string>();
  groups.forEach((g, i) => {
    for (const id of [g.total, ...g.members]) {
      const list = groupsOf.get(id) ?? [];
      list.push(i);
      groupsOf.set(id, list);
    }
  });

  /** Hides one more shown cell of a group: the smallest positive member, else the total. */
  const complement = (g: FigureGroup): boolean => {
    const candidates = g.members.filter((m) => !hidden.has(m) && value(m) > 0);
    candidates.sort((a, b) => value(a) - value(b) || a.localeCompare(b));
    const pick = candidates[0] ?? (hidden.has(g.total) ? undefined : g.total);
    if (pick === undefined) return false;
    hidden.add(pick);
    return true;
  };

  for (;;) {
    let changed = false;
    for (const g of groups) {
      const cells = [g.total, ...g.members];
      if (cells.filter((c) => hidden.has(c)).length === 1 && complement(g)) changed = true;
    }
    if (changed) continue;
    const determined = firstDeterminedCell(groups, hidden, groupsOf, settled);
    if (determined === undefined) return hidden;
    const progress = (groupsOf.get(determined) ?? []).some((i) => complement(groups[i] as FigureGroup));
    if (!progress && !widen()) return hidden;
  }

  /**
   * Every group around the determined cell is already hidden except zeros: hide the smallest shown
   * cell (positive first, then zero) of any group that touches a hidden cell.
   */
  function widen(): boolean {
    let best: string | undefined;
    const rank = (id: string) => (value(id) > 0 ? value(id) : Number.MAX_SAFE_INTEGER);
    for (const g of groups) {
      const cells = [g.total, ...g.members];
      if (!cells.some((c) => hidden.has(c))) continue;
      for (const c of cells) {
        if (hidden.has(c)) continue;
        if (best === undefined || rank(c) < rank(best) || (rank(c) === rank(best) && c < best)) best = c;
      }
    }
    if (best === undefined) return false;
    hidden.add(best);
    return true;
  }
}

const PRIME = 1_000_003;
const mod = (a: number) => ((a % PRIME) + PRIME) % PRIME;

function inverse(a: number): number {
  // Fermat: a^(p−2) mod p, with products below 2^53.
  let result = 1;
  let base = mod(a);
  let e = PRIME - 2;
  while (e > 0) {
    if (e & 1) result = (result * base) % PRIME;
    base = (base * base) % PRIME;
    e = Math.floor(e / 2);
  }
  return result;
}

/**
 * A hidden cell whose value follows from the published cells and the groups, or undefined.
 * Unknowns are the hidden cells; each group touching them is one equation. A cell is determined
 * exactly when its unit vector lies in the row space of the equations: after reduction it is a
 * pivot column whose row has no other entry.
 * `settled` (optional) remembers connected sets found undetermined: the equations of a set depend
 * only on its cells (every hidden cell of a group touching it belongs to it), so an unchanged set
 * keeps its answer.
 */
function firstDeterminedCell(
  groups: readonly FigureGroup[],
  hidden: ReadonlySet<string>,
  groupsOf?: ReadonlyMap<string, number[]>,
  settled?: Set<string>,
): string | undefined {
  const index = groupsOf ?? indexGroups(groups);
  const seen = new Set<string>();
  for (const start of [...hidden].sort()) {
    if (seen.has(start)) continue;
    // The connected set of hidden cells linked through groups.
    const component: string[] = [];
    const equations = new Set<number>();
    const stack = [start];
    seen.add(start);
    while (stack.length > 0) {
      const id = stack.pop() as string;
      component.push(id);
      for (const gi of index.get(id) ?? []) {
        if (equations.has(gi)) continue;
        equations.add(gi);
        const g = groups[gi] as FigureGroup;
        for (const c of [g.total, ...g.members]) {
          if (hidden.has(c) && !seen.has(c)) {
            seen.add(c);
            stack.push(c);
          }
        }
      }
    }
    const key = settled ? [...component].sort().join('\u001e') : '';
    if (settled?.has(key)) continue;
    const column = new Map(component.map((id, i) => [id, i]));
    const rows: number[][] = [...equations].map((gi) => {
      const g = groups[gi] as FigureGroup;
      const row = new Array<number>(component.length).fill(0);
      const t = column.get(g.total);
      if (t !== undefined) row[t] = 1;
      for (const m of g.members) {
        const c = column.get(m);
        if (c !== undefined) row[c] = mod((row[c] as number) - 1);
      }
      return row;
    });
    const pivots = reduce(rows, component.length);
    for (const [col, r] of pivots) {
      const row = rows[r] as number[];
      if (row.every((v, c) => c === col || v === 0)) return component[col];
    }
    settled?.add(key);
  }
  return undefined;
}

function indexGroups(groups: readonly FigureGroup[]) {
  const index = new Map<string, number[]>();
  groups.forEach((g, i) => {
    for (const id of [g.total, ...g.members]) index.set(id, [...(index.get(id) ?? []), i]);
  });
  return index;
}

/** Reduced row echelon form in place; returns pivot column → row. */
function reduce(rows: number[][], width: number): Map<number, number> {
  const pivots = new Map<number, number>();
  let r = 0;
  for (let c = 0; c < width && r < rows.length; c++) {
    const p = rows.findIndex((row, i) => i >= r && row[c] !== 0);
    if (p < 0) continue;
    [rows[r], rows[p]] = [rows[p] as number[], rows[r] as number[]];
    const pivotRow = rows[r] as number[];
    const inv = inverse(pivotRow[c] as number);
    // The equations are sparse (a group touches a few cells): only the pivot row's non-zero
    // columns change another row, so the elimination walks those alone. Columns before c are zero
    // in the pivot row already.
    const nonZero: number[] = [];
    for (let j = c; j < width; j++) {
      if (pivotRow[j] === 0) continue;
      pivotRow[j] = ((pivotRow[j] as number) * inv) % PRIME;
      nonZero.push(j);
    }
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as number[];
      const f = row[c] as number;
      if (i === r || f === 0) continue;
      for (const j of nonZero) row[j] = mod((row[j] as number) - f * (pivotRow[j] as number));
    }
    pivots.set(c, r);
    r++;
  }
  return pivots;
}
