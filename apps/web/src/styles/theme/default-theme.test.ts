import { readFileSync } from 'node:fs';
import { contrastFailures, THEME_COLOR_TOKENS, THEME_FONT_TOKEN, ThemeTokens } from '@een-plan/contracts';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./brand-tokens.css', import.meta.url), 'utf8');
const declared = Object.fromEntries(
  [...css.matchAll(/(--een-plan-[a-z-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]]),
);

describe('the open default theme', () => {
  it('declares exactly the tokens a tenant may set, with valid values', () => {
    expect(Object.keys(declared).sort()).toEqual([...THEME_COLOR_TOKENS, THEME_FONT_TOKEN].sort());
    expect(ThemeTokens.safeParse(declared).success).toBe(true);
  });

  it('meets WCAG AA contrast on every checked pair', () => {
    expect(contrastFailures(ThemeTokens.parse(declared))).toEqual([]);
  });
});
