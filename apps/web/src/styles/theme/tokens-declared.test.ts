import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../..', import.meta.url));

function cssFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return cssFiles(path);
    return path.endsWith('.css') ? [path] : [];
  });
}

describe('design tokens in our own CSS', () => {
  // A token nobody declares falls back silently: a tenant's theme then never reaches that rule
  // (as the Utrecht colour names did after the proprietary token package was removed).
  it('uses only custom properties that our theme declares', () => {
    const files = cssFiles(src).map((path) => ({ path, css: readFileSync(path, 'utf8') }));
    const declared = new Set(
      files.flatMap(({ css }) => [...css.matchAll(/(--[a-z0-9-]+)\s*:/g)].map((m) => m[1])),
    );
    const undeclared = files.flatMap(({ path, css }) =>
      [...css.matchAll(/var\(\s*(--[a-z0-9-]+)/g)]
        .map((m) => m[1])
        .filter((name) => !declared.has(name))
        .map((name) => `${relative(src, path)}: ${name}`),
    );
    expect(files.length).toBeGreaterThan(3);
    expect(undeclared).toEqual([]);
  });
});
