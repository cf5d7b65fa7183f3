#!/usr/bin/env node
/**
 * Fails when a runtime dependency (production, transitive) of the server or the web app is not
 * under an OSI-approved licence, or does not support the lowest Node version the project promises
 * (root package.json `engines.node`). Reads what is installed in node_modules, so run it after
 * `npm ci`. Usage: node scripts/check-licences.mjs [repo-root]
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { licenceFromFile } from './licences/licence-file.mjs';
import { lowestVersion, rangeAdmits } from './licences/node-range.mjs';
import { isOsiApproved } from './licences/spdx.mjs';

export const RUNTIME_WORKSPACES = ['apps/server', 'apps/web'];

/**
 * Packages on their way out, each with the issue that removes it. An exception for a package no
 * longer in the tree fails the check too, so the list cannot outlive its reason.
 */
export const TEMPORARY_EXCEPTIONS = {};

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Node's lookup: node_modules/<name> in this folder or any folder above it, up to the root. */
function resolvePackageDir(fromDir, name, root) {
  let dir = fromDir;
  for (;;) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dir === root || dir === dirname(dir)) return undefined;
    dir = dirname(dir);
  }
}

function declaredLicence(manifest) {
  const field = manifest.license ?? manifest.licenses;
  if (typeof field === 'string') return field;
  if (Array.isArray(field)) {
    const ids = field.map((entry) => (typeof entry === 'string' ? entry : entry?.type)).filter(Boolean);
    return ids.length > 0 ? `(${ids.join(' OR ')})` : undefined;
  }
  if (field && typeof field === 'object' && typeof field.type === 'string') return field.type;
  return undefined;
}

function effectiveLicence(manifest, packageDir, projectLicence, isOwnWorkspace) {
  const declared = declaredLicence(manifest);
  if (declared && !/^(SEE LICEN[CS]E IN|UNLICENSED$)/i.test(declared)) return declared;
  const fromFile = licenceFromFile(packageDir);
  if (fromFile) return fromFile;
  // Our own workspace packages carry the project's licence unless they say otherwise.
  if (isOwnWorkspace) return projectLicence;
  return declared ?? 'UNKNOWN';
}

/** Every package reachable through dependencies (and installed peer/optional ones) of the roots. */
export function collectRuntimePackages(root, workspaces = RUNTIME_WORKSPACES) {
  const rootDir = realpathSync(resolve(root));
  const found = new Map();
  const queue = workspaces.map((workspace) => realpathSync(join(rootDir, workspace)));
  const seen = new Set();
  while (queue.length > 0) {
    const dir = queue.shift();
    if (seen.has(dir)) continue;
    seen.add(dir);
    const manifest = readJson(join(dir, 'package.json'));
    const isOwnWorkspace = !relative(rootDir, dir).split(sep).includes('node_modules');
    if (!workspaces.some((w) => join(rootDir, w) === dir)) {
      found.set(dir, { dir, manifest, isOwnWorkspace });
    }
    const names = new Set([
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.optionalDependencies ?? {}),
      ...Object.keys(manifest.peerDependencies ?? {}),
    ]);
    for (const name of names) {
      const child = resolvePackageDir(dir, name, rootDir);
      // Missing optional or peer dependencies are not part of what runs.
      if (child) queue.push(child);
    }
  }
  return [...found.values()];
}

export function checkLicences(root, options = {}) {
  const rootDir = resolve(root);
  const rootManifest = readJson(join(rootDir, 'package.json'));
  const nodeRange = rootManifest.engines?.node;
  if (!nodeRange) throw new Error('the root package.json names no engines.node');
  const lowestNode = lowestVersion(nodeRange);
  const exceptions = options.exceptions ?? TEMPORARY_EXCEPTIONS;
  const packages = collectRuntimePackages(rootDir, options.workspaces);
  const problems = [];
  const excepted = new Set();

  for (const { dir, manifest, isOwnWorkspace } of packages) {
    const name = `${manifest.name}@${manifest.version}`;
    const licence = effectiveLicence(manifest, dir, rootManifest.license, isOwnWorkspace);
    if (!isOsiApproved(licence)) {
      if (exceptions[manifest.name]) excepted.add(manifest.name);
      else
        problems.push({ package: name, kind: 'licence', detail: `licence "${licence}" is not OSI-approved` });
    }
    const engine = manifest.engines?.node;
    if (typeof engine === 'string' && !rangeAdmits(engine, lowestNode)) {
      problems.push({
        package: name,
        kind: 'engine',
        detail: `engines.node "${engine}" excludes Node ${lowestNode} (the project supports ${nodeRange})`,
      });
    }
  }
  for (const stale of Object.keys(exceptions).filter((n) => !excepted.has(n))) {
    problems.push({
      package: stale,
      kind: 'stale-exception',
      detail: 'no longer needs its licence exception: remove it from TEMPORARY_EXCEPTIONS',
    });
  }
  return { checked: packages.length, problems, excepted: [...excepted] };
}

function main() {
  const root = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..');
  const { checked, problems, excepted } = checkLicences(root);
  for (const name of excepted) {
    console.warn(`licence exception: ${name} (${TEMPORARY_EXCEPTIONS[name]})`);
  }
  if (problems.length > 0) {
    for (const p of problems) console.error(`${p.kind}: ${p.package}: ${p.detail}`);
    console.error(`${problems.length} problem(s) in ${checked} runtime packages`);
    process.exit(1);
  }
  console.log(`${checked} runtime packages: OSI-approved licences, Node engines compatible`);
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) main();
