import { describe, expect, it } from 'vitest';
import { consentEn } from './consent.en.ts';
import { consentNl } from './consent.nl.ts';

function keyPaths(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'object' && value !== null ? keyPaths(value, path) : [path];
  });
}

describe('consent namespace translations', () => {
  it('has the same keys in Dutch and English, none empty', () => {
    expect(keyPaths(consentEn).sort()).toEqual(keyPaths(consentNl).sort());
    for (const tree of [consentNl, consentEn]) {
      for (const path of keyPaths(tree)) {
        const value = path.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], tree);
        expect(String(value).trim(), path).not.toBe('');
      }
    }
  });
});
