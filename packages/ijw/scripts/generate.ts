/**
 * Generates the typed model of iJw 3.2 from the official XSDs in `spec/xsd/`:
 *
 * - `src/generated/schema.ts`: runtime descriptors (element order, cardinality, namespaces, facets) that
 *   drive the builder and the parser;
 * - `src/generated/types.ts`: one TypeScript interface per complex type, literal unions for code lists;
 * - `src/generated/codelijsten.ts`: every enumeration as a typed constant with its official meaning,
 *   plus the CBS municipality list.
 *
 * Run with `npm run generate -w @een-plan/ijw` after changing anything in `spec/`. The output is committed
 * (it is the typed model); `test/generated.test.ts` fails when it is stale.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emitCodelijsten, emitSchema, emitTypes } from './emit.ts';
import { collect, flatten, PACKAGE_DIR } from './xsd-model.ts';

export { PACKAGE_DIR };

export function generate(): Record<string, string> {
  const c = collect();
  flatten(c);
  for (const m of c.messages) {
    const prefix = m.toLowerCase();
    if (!c.complex[`${prefix}:Root`]) throw new Error(`${m}: no Root`);
  }
  return {
    'schema.ts': emitSchema(c),
    'types.ts': emitTypes(c),
    'codelijsten.ts': emitCodelijsten(c),
  };
}

/** Formats the generated files with the repository's Biome configuration. */
export function formatWithBiome(paths: string[]): void {
  const root = resolve(PACKAGE_DIR, '..', '..');
  const biome = join(root, 'node_modules', '.bin', 'biome');
  const r = spawnSync(biome, ['format', '--write', ...paths], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`biome format failed: ${r.stderr || r.stdout}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = join(PACKAGE_DIR, 'src', 'generated');
  const files = generate();
  const paths: string[] = [];
  for (const [name, text] of Object.entries(files)) {
    const p = join(outDir, name);
    writeFileSync(p, text);
    paths.push(p);
  }
  formatWithBiome(paths);
  console.log(`generated ${paths.map((p) => p.slice(PACKAGE_DIR.length + 1)).join(', ')}`);
}
