import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { nl } from './nl.ts';

function keyPaths(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'object' && value !== null ? keyPaths(value, path) : [path];
  });
}

function interpolations(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();
}

function valueAt(tree: object, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree);
}

describe('translations', () => {
  it('has exactly the same keys in Dutch and English', () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(nl).sort());
  });

  it('has no empty texts', () => {
    for (const tree of [nl, en]) {
      for (const path of keyPaths(tree)) {
        expect(String(valueAt(tree, path)).trim(), path).not.toBe('');
      }
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const path of keyPaths(nl)) {
      const dutch = interpolations(String(valueAt(nl, path)));
      const english = interpolations(String(valueAt(en, path)));
      expect(english, path).toEqual(dutch);
    }
  });
});
