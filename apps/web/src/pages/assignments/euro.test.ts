import { describe, expect, it } from 'vitest';
import { parseEuroToCents } from './euro.ts';

describe('parseEuroToCents', () => {
  it('reads Dutch and English amounts', () => {
    expect(parseEuroToCents('95')).toBe(9500);
    expect(parseEuroToCents('95,5')).toBe(9550);
    expect(parseEuroToCents(' 120.05 ')).toBe(12005);
  });
  it('refuses what is not an amount', () => {
    for (const text of ['', 'abc', '-5', '1.234,56', '9,999']) expect(parseEuroToCents(text)).toBeNull();
  });
});
