/**
 * Compiles the official rules stylesheet (XSLT 1.0) to a SaxonJS SEF file, once. The SEF is generated
 * output: it is cached under `packages/ijw/.cache/` (gitignored), keyed by a hash of the stylesheet and the
 * SaxonJS version, and rebuilt automatically when either changes.
 *
 * The compiler is the `xslt3` package's command line (SaxonJS's own XSLT compiler, run by the current
 * Node.js binary — no Java, no external program).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { DEFAULT_CACHE_DIR, RULES_XSL } from '../spec-files.ts';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

export interface RulesSefOptions {
  /** Directory for the compiled stylesheet (default `packages/ijw/.cache`, or `$IJW_CACHE_DIR`). */
  cacheDir?: string;
}

function saxonVersion(): string {
  const pkg = JSON.parse(readFileSync(require.resolve('saxon-js/package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** The path the SEF for the current stylesheet and SaxonJS version lives at (it may not exist yet). */
export function rulesSefPath(options: RulesSefOptions = {}): string {
  const dir = options.cacheDir ?? process.env.IJW_CACHE_DIR ?? DEFAULT_CACHE_DIR;
  const hash = createHash('sha256')
    .update(readFileSync(RULES_XSL))
    .update(`saxon-js@${saxonVersion()}`)
    .digest('hex');
  return join(dir, `TR-CD-CS-regels-JW-3.2.${hash.slice(0, 16)}.sef.json`);
}

/** Returns the path of the compiled rules stylesheet, compiling it first when needed (takes ~10 s). */
export async function ensureRulesSef(options: RulesSefOptions = {}): Promise<string> {
  let target = rulesSefPath(options);
  if (existsSync(target)) return target;
  try {
    mkdirSync(dirname(target), { recursive: true });
    accessSync(dirname(target), constants.W_OK);
  } catch {
    // A read-only installation: fall back to the OS temp directory.
    target = rulesSefPath({ cacheDir: join(tmpdir(), 'een-plan-ijw') });
    if (existsSync(target)) return target;
    mkdirSync(dirname(target), { recursive: true });
  }
  // One compiler at a time across processes (parallel test workers): the others wait for its result.
  const lock = `${target}.lock`;
  const deadline = Date.now() + 600_000;
  for (;;) {
    if (existsSync(target)) return target;
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const age = Date.now() - (statSafe(lock) ?? Date.now());
      if (age > 300_000) rmSync(lock, { force: true }); // a compiler that died
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    if (!existsSync(target)) await compile(target);
  } finally {
    rmSync(lock, { force: true });
  }
  return target;
}

function statSafe(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

async function compile(target: string): Promise<void> {
  const partial = `${target}.${process.pid}.${Date.now()}.tmp`;
  const xslt3 = require.resolve('xslt3/xslt3.js');
  try {
    await run(process.execPath, [xslt3, `-xsl:${RULES_XSL}`, `-export:${partial}`, '-nogo', '-relocate:on'], {
      timeout: 300_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    if (!existsSync(partial)) throw new Error('xslt3 produced no output');
    // Atomic: a reader never sees a half-written file.
    renameSync(partial, target);
  } catch (e) {
    rmSync(partial, { force: true });
    const err = e as Error & { stderr?: string };
    throw new Error(`compiling ${RULES_XSL} with xslt3 failed: ${err.stderr || err.message}`);
  }
}
