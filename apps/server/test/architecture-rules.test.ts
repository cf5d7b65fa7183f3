/**
 * The architecture rules, checked on the server's source in every `npm test` run:
 * access decisions live in `policy/`, a module's tables are its own, and no files import in a circle.
 *
 * Code older than a rule is listed below with its count. A count may only go down: a new
 * violation fails, and so does a fixed one still listed (lower the number or remove the line),
 * so the list shrinks to nothing and never grows.
 */
import { describe, expect, it } from 'vitest';
import {
  circleFindings,
  type Finding,
  foreignTableFindings,
  policyFindings,
  readSources,
  rowCastFindings,
  SERVER_SRC,
  type SourceFile,
} from './architecture/scan.ts';

const KNOWN: Record<Finding['rule'], Record<string, number>> = {
  role_comparison: {},
  forbidden_problem: {},
  foreign_table: {},
  import_circle: {},
  row_cast: {
    // A generic read of any tenant-setting table: drizzle cannot carry the row type of a table that
    // is only known as a type parameter, so the one row is asserted to be that table's row.
    'db/tenant-setting.ts': 1,
    // Not rows. A parsed iJw message narrowed by the type it was just checked to have.
    'assignments/start-stop-incoming.ts': 2,
    // The refusal reason the decision's schema requires once `decision` is 'refuse'.
    'assignments/requests.ts': 1,
    // A node of the generated OpenAPI document, and a request body the route's schema validated.
    'http/openapi/ijw-exchange.ts': 1,
    'network/routes.ts': 1,
    // A household decision's basis, after the check that it is not the resident's own household.
    'policy/decide-safety.ts': 2,
  },
};

function countsOf(findings: readonly Finding[], rule: Finding['rule']): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) {
    if (f.rule !== rule) continue;
    const key = rule === 'import_circle' ? f.detail : f.path;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** Differences from the known list: new or grown violations, and listed ones that were fixed. */
function ratchet(findings: readonly Finding[], rule: Finding['rule'], known = KNOWN[rule]) {
  const actual = countsOf(findings, rule);
  const grown = Object.entries(actual)
    .filter(([k, n]) => n > (known[k] ?? 0))
    .map(
      ([k, n]) =>
        `${k}: ${n} (known ${known[k] ?? 0}) — ${findings
          .filter((f) => f.rule === rule && (f.path === k || f.detail === k))
          .map((f) => f.detail)
          .join(', ')}`,
    );
  const fixed = Object.entries(known)
    .filter(([k, n]) => (actual[k] ?? 0) < n)
    .map(([k, n]) => `${k}: now ${actual[k] ?? 0}, listed ${n} — lower the known count`);
  return { grown, fixed };
}

const sources = readSources(SERVER_SRC);

describe('architecture rules on apps/server/src', () => {
  it('decides what a role may do, and answers "forbidden", only in policy/', () => {
    const findings = policyFindings(sources);
    expect(ratchet(findings, 'role_comparison')).toEqual({ grown: [], fixed: [] });
    expect(ratchet(findings, 'forbidden_problem')).toEqual({ grown: [], fixed: [] });
  });

  it('reads and writes a module’s tables only inside that module', () => {
    expect(ratchet(foreignTableFindings(sources), 'foreign_table')).toEqual({ grown: [], fixed: [] });
  });

  it('types rows at the schema or parses them, never with a cast of a field where it is read', () => {
    expect(ratchet(rowCastFindings(sources), 'row_cast')).toEqual({ grown: [], fixed: [] });
  });

  it('has no import circles between files', () => {
    expect(ratchet(circleFindings(sources), 'import_circle')).toEqual({ grown: [], fixed: [] });
  });
});

describe('the checks themselves fail on a violation', () => {
  const sample = (path: string, text: string): SourceFile => ({ path, text });

  it('finds a role comparison and a forbidden problem outside policy/, not inside it or in comments', () => {
    const files = [
      sample('referrals/service.ts', "if (actor.role === 'team_lead') throw new ProblemError('forbidden');"),
      sample('policy/decide.ts', "if (actor.role === 'team_lead') throw new ProblemError('forbidden');"),
      sample(
        'plans/service.ts',
        "// a resident (role === 'resident') never sees this\nconst x = m.role === 'kind';",
      ),
    ];
    const findings = policyFindings(files);
    expect(findings.map((f) => [f.rule, f.path])).toEqual([
      ['role_comparison', 'referrals/service.ts'],
      ['forbidden_problem', 'referrals/service.ts'],
    ]);
    expect(ratchet(findings, 'role_comparison', {}).grown).toHaveLength(1);
  });

  it('finds another module’s table imported, also tenancy’s and in demo loaders, but not its service or a type', () => {
    const files = [
      sample('consent/service.ts', "import { plan } from '../plans/schema.ts';"),
      sample('consent/routes.ts', "import { getPlan } from '../plans/service.ts';"),
      sample('consent/types.ts', "import type { plan } from '../plans/schema.ts';"),
      sample(
        'plans/service.ts',
        "import { plan } from './schema.ts';\nimport { area } from '../tenancy/schema.ts';",
      ),
      sample('demo/outcomes-demo.ts', "import { referral } from '../referrals/schema.ts';"),
      sample('plans/demo.ts', "import { household } from '../households/schema.ts';"),
    ];
    expect(foreignTableFindings(files)).toEqual([
      { rule: 'foreign_table', path: 'consent/service.ts', detail: 'plans/schema.ts' },
      { rule: 'foreign_table', path: 'plans/service.ts', detail: 'tenancy/schema.ts' },
      { rule: 'foreign_table', path: 'demo/outcomes-demo.ts', detail: 'referrals/schema.ts' },
      { rule: 'foreign_table', path: 'plans/demo.ts', detail: 'households/schema.ts' },
    ]);
  });

  it('finds a named table file, the all-tables re-export and raw SQL on another module’s table', () => {
    const files = [
      sample('auth/login-lock-schema.ts', "export const loginFailure = pgTable('login_failure', {});"),
      sample('households/schema.ts', "export const person = pgTable(\n  'person',\n  {});"),
      sample('consent/lock.ts', "import { loginFailure } from '../auth/login-lock-schema.ts';"),
      sample('consent/all.ts', "import { person } from '../db/schema.ts';"),
      sample(
        'consent/raw.ts',
        'await db.execute(sql`select p.id from person p where p.tenant_id = $1`);\n// join person in prose',
      ),
      sample('households/raw.ts', 'await db.execute(sql`select id from person`);'),
      sample('assignments/requests-schema.ts', "import { person } from '../households/schema.ts';"),
      sample('db/open.ts', "import * as schema from './schema.ts';"),
    ];
    expect(foreignTableFindings(files).map((f) => [f.path, f.detail])).toEqual([
      ['consent/lock.ts', 'auth/login-lock-schema.ts'],
      ['consent/all.ts', 'db/schema.ts'],
      ['consent/raw.ts', 'households.person (raw SQL)'],
    ]);
  });

  it('finds a cast of a row field to a contract type, a field of one or a union of strings', () => {
    const files = [
      sample('network/service.ts', "return { status: r.status as NetworkMember['status'] };"),
      sample(
        'rights/cases.ts',
        "const kind = row.kind as RightsCaseKind;\nconst d = m.direction as 'in' | 'out';\nconst o = f.row?.outcome as RightsOutcome | null;",
      ),
      sample(
        'plans/read.ts',
        "// was: p.state as PlanState\nconst at = r.closedAt as Date;\nconst rows = result.rows as T[];\nconst s = 'x' as const;",
      ),
    ];
    const findings = rowCastFindings(files);
    expect(findings).toEqual([
      { rule: 'row_cast', path: 'network/service.ts', detail: "as NetworkMember['" },
      { rule: 'row_cast', path: 'rights/cases.ts', detail: 'row.kind as RightsCaseKind' },
      { rule: 'row_cast', path: 'rights/cases.ts', detail: "m.direction as 'in'" },
      { rule: 'row_cast', path: 'rights/cases.ts', detail: 'f.row?.outcome as RightsOutcome' },
    ]);
    expect(ratchet(findings, 'row_cast', {}).grown).toHaveLength(2);
  });

  it('finds an import circle, also through a third file', () => {
    const files = [
      sample('intake/service.ts', "import { a } from '../network/service.ts';"),
      sample('network/service.ts', "import { b } from './helpers.ts';"),
      sample('network/helpers.ts', "import { c } from '../intake/service.ts';"),
      sample('plans/service.ts', "import { d } from '../intake/service.ts';"),
    ];
    expect(circleFindings(files).map((f) => f.detail)).toEqual([
      'intake/service.ts ↔ network/helpers.ts ↔ network/service.ts',
    ]);
  });
});
