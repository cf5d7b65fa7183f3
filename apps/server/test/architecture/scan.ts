/**
 * Reads the server's source as text and finds what the architecture rules forbid: access decisions
 * outside the policy module, another module's tables, and import circles. Pure functions over
 * `{ path, text }` so a test can show each rule failing on a sample.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { Role } from '@een-plan/contracts';

export interface SourceFile {
  /** Path relative to `apps/server/src`, with `/`. */
  path: string;
  text: string;
}

export interface Finding {
  rule: 'role_comparison' | 'forbidden_problem' | 'foreign_table' | 'import_circle' | 'row_cast';
  path: string;
  detail: string;
}

export function readSources(root: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        out.push({ path: relative(root, full).split('\\').join('/'), text: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(root);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

const moduleOf = (path: string) => (path.includes('/') ? path.slice(0, path.indexOf('/')) : '');

/** Code without comments, so prose about a rule is not taken for the rule. */
function codeOf(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** Types a row field may be narrowed to without a contract: the language's own. */
const PLAIN_TYPES = new Set(['Array', 'Buffer', 'Date', 'Partial', 'Promise', 'ReadonlyArray', 'Record']);

/**
 * Rule 4: a row's value is typed where it is stored — the column's `$type` from the contracts, or
 * parsed through a contract schema — not asserted where it is read: neither `as Contract['field']`
 * nor a field cast to a named type or a union of strings (`row.status as RightsStatus`,
 * `m.direction as 'in' | 'out'`). A type parameter (one letter) and the plain types above pass.
 */
export function rowCastFindings(files: readonly SourceFile[]): Finding[] {
  const findings: Finding[] = [];
  for (const f of files) {
    const code = codeOf(f.text);
    const at = new Set<number>();
    const found = (index: number, detail: string) => {
      if (at.has(index)) return;
      at.add(index);
      findings.push({ rule: 'row_cast', path: f.path, detail });
    };
    for (const m of code.matchAll(/ as [A-Z][A-Za-z]*\['/g)) found(m.index, m[0].trim());
    for (const m of code.matchAll(/\b\w+(?:\??\.\w+)*\??\.\w+ as ('[^']*'|[A-Z]\w+)/g)) {
      const type = m[1] as string;
      if (PLAIN_TYPES.has(type)) continue;
      found(m.index + m[0].indexOf(' as '), m[0]);
    }
  }
  return findings.sort((a, b) => a.path.localeCompare(b.path));
}

const roleNames = Role.options.join('|');
const ROLE_COMPARISON = new RegExp(
  `\\.role\\s*[!=]==?\\s*'(${roleNames})'|'(${roleNames})'\\s*[!=]==?\\s*[\\w.?!]+\\.role\\b`,
  'g',
);

/** Rule 2: what a role may do is decided in `policy/` only. */
export function policyFindings(files: readonly SourceFile[]): Finding[] {
  const findings: Finding[] = [];
  for (const f of files) {
    if (moduleOf(f.path) === 'policy') continue;
    const code = codeOf(f.text);
    for (const m of code.matchAll(ROLE_COMPARISON)) {
      findings.push({ rule: 'role_comparison', path: f.path, detail: m[0] });
    }
    for (const m of code.matchAll(/ProblemError\(\s*'forbidden'/g)) {
      findings.push({ rule: 'forbidden_problem', path: f.path, detail: m[0] });
    }
  }
  return findings;
}

/** Import specifiers of a file, resolved to paths relative to the source root. */
function importsOf(file: SourceFile): string[] {
  const specs = [...file.text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/g)].map(
    (m) => m[1] as string,
  );
  return specs.map((s) => posix.normalize(posix.join(posix.dirname(file.path), s)));
}

/**
 * Only the database wiring loads every module's tables (its `db/schema.ts` re-exports them all,
 * so importing it elsewhere counts). Tenancy and demo loaders have no exemption: reference data is
 * read through tenancy's functions, and a demo loader writes through the owning module's.
 */
const MAY_LOAD_ALL_TABLES = new Set(['db']);
/** A module's table files: `schema.ts` and named ones such as `requests-schema.ts`. */
const TABLE_FILE = /^([^/]+)\/([\w-]+-)?schema\.ts$/;
const isSchemaFile = (path: string) => TABLE_FILE.test(path);
/** A table's foreign key names the table it points to. */
const mayNameForeignTables = (path: string) => isSchemaFile(path);

/** Each table's name (as in SQL) and the module whose table file declares it. */
function tableOwners(files: readonly SourceFile[]): Map<string, string> {
  const owners = new Map<string, string>();
  for (const f of files) {
    const m = TABLE_FILE.exec(f.path);
    if (!m || MAY_LOAD_ALL_TABLES.has(m[1] as string)) continue;
    for (const t of f.text.matchAll(/pgTable\(\s*'(\w+)'/g)) owners.set(t[1] as string, m[1] as string);
  }
  return owners;
}

/** Table names a file's raw SQL (`sql\`…\``) reads or writes: after from, join, into or update. */
function rawSqlTables(code: string): string[] {
  const names: string[] = [];
  for (const tpl of code.matchAll(/\bsql(?:\.raw\()?`([^`]*)`/g)) {
    for (const t of (tpl[1] as string).matchAll(/\b(?:from|join|into|update)\s+"?(\w+)"?/gi)) {
      names.push((t[1] as string).toLowerCase());
    }
  }
  return names;
}

/**
 * Rule 3: a module's tables (its table files) are read and written by that module only: no
 * import of another module's table file, and no raw SQL naming another module's table.
 */
export function foreignTableFindings(files: readonly SourceFile[]): Finding[] {
  const owners = tableOwners(files);
  const findings: Finding[] = [];
  for (const f of files) {
    const own = moduleOf(f.path);
    if (MAY_LOAD_ALL_TABLES.has(own) || mayNameForeignTables(f.path)) continue;
    for (const target of importsOf(f)) {
      const m = TABLE_FILE.exec(target);
      if (!m || m[1] === own) continue;
      if (isTypeOnlyImport(f.text, target, f.path)) continue;
      findings.push({ rule: 'foreign_table', path: f.path, detail: target });
    }
    for (const table of new Set(rawSqlTables(codeOf(f.text)))) {
      const owner = owners.get(table);
      if (!owner || owner === own) continue;
      findings.push({ rule: 'foreign_table', path: f.path, detail: `${owner}.${table} (raw SQL)` });
    }
  }
  return findings;
}

function isTypeOnlyImport(text: string, target: string, from: string): boolean {
  const rel = posix.relative(posix.dirname(from), target);
  const spec = rel.startsWith('.') ? rel : `./${rel}`;
  return new RegExp(`import\\s+type\\s[^;]*from\\s+'${spec.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}'`).test(
    text,
  );
}

/**
 * Rule 3: no import circles between files (type-only imports count too: they tie the files'
 * meaning together all the same).
 */
export function circleFindings(files: readonly SourceFile[]): Finding[] {
  const known = new Set(files.map((f) => f.path));
  const graph = new Map(files.map((f) => [f.path, importsOf(f).filter((t) => known.has(t))]));
  return cycles(graph).map((c) => ({ rule: 'import_circle', path: c[0] as string, detail: c.join(' ↔ ') }));
}

/** Strongly connected components with more than one node (Tarjan), each sorted. */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v) as number, idx.get(w) as number));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop() as string;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out.sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
}

export const SERVER_SRC = join(dirname(new URL(import.meta.url).pathname), '../../src');
