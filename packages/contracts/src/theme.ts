import { z } from 'zod';
import type { LocalizedText } from './problem.ts';

/**
 * A tenant's theme: NL Design System's model, where each organisation brings its own design
 * tokens as CSS custom properties. Only the tokens below may be set; every other token of the
 * web app derives from them (apps/web/src/styles/theme).
 */
export const THEME_COLOR_TOKENS = [
  '--een-plan-color-background',
  '--een-plan-color-text',
  '--een-plan-color-text-subtle',
  '--een-plan-color-primary',
  '--een-plan-color-primary-text',
  '--een-plan-color-link',
  '--een-plan-color-nav-background',
  '--een-plan-color-nav-text',
  '--een-plan-color-nav-current-background',
  '--een-plan-color-footer-background',
  '--een-plan-color-footer-text',
] as const;
export type ThemeColorToken = (typeof THEME_COLOR_TOKENS)[number];
export const THEME_FONT_TOKEN = '--een-plan-font-family' as const;

/** Six-digit hex only: what a colour input gives, and enough to compute contrast exactly. */
export const ThemeColor = z.string().regex(/^#[0-9a-fA-F]{6}$/);
/** Family names and generic families; no url(), no functions, nothing that could load a resource. */
export const ThemeFontFamily = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9 ,"'-]+$/);

export const ThemeTokens = z
  .object({
    ...(Object.fromEntries(THEME_COLOR_TOKENS.map((token) => [token, ThemeColor])) as Record<
      ThemeColorToken,
      typeof ThemeColor
    >),
    [THEME_FONT_TOKEN]: ThemeFontFamily,
  })
  .strict();
export type ThemeTokens = z.infer<typeof ThemeTokens>;

export const THEME_LOGO_MAX_BYTES = 100 * 1024;
export const THEME_LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml'] as const;
/** An uploaded image as a data URI (the CSP allows `img-src 'self' data:`, so no outside URLs). */
export const ThemeLogo = z
  .string()
  .max(Math.ceil((THEME_LOGO_MAX_BYTES * 4) / 3) + 40)
  .regex(/^data:image\/(png|jpeg|webp|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$/);

export const SaveThemeRequest = z
  .object({
    name: z.string().trim().min(1).max(100),
    logo: ThemeLogo.nullable(),
    tokens: ThemeTokens,
  })
  .strict();
export type SaveThemeRequest = z.infer<typeof SaveThemeRequest>;

/** What the web app applies; `tokens` is empty while the tenant uses the open default theme. */
export const TenantTheme = z.object({
  tenantId: z.string(),
  name: z.string(),
  logo: z.string().nullable(),
  tokens: ThemeTokens.partial(),
  custom: z.boolean(),
});
export type TenantTheme = z.infer<typeof TenantTheme>;

/** Text and background that must reach WCAG 2.1 AA (4.5:1 for normal text) in every theme. */
export const THEME_CONTRAST_PAIRS: ReadonlyArray<{
  text: ThemeColorToken;
  background: ThemeColorToken;
  name: LocalizedText;
}> = [
  {
    text: '--een-plan-color-text',
    background: '--een-plan-color-background',
    name: { nl: 'tekst op de achtergrond', en: 'text on the background' },
  },
  {
    text: '--een-plan-color-text-subtle',
    background: '--een-plan-color-background',
    name: { nl: 'rustige tekst op de achtergrond', en: 'subtle text on the background' },
  },
  {
    text: '--een-plan-color-link',
    background: '--een-plan-color-background',
    name: { nl: 'linkkleur op de achtergrond', en: 'link colour on the background' },
  },
  {
    text: '--een-plan-color-primary',
    background: '--een-plan-color-background',
    name: {
      nl: 'tekst van secundaire knoppen op de achtergrond',
      en: 'secondary button text on the background',
    },
  },
  {
    text: '--een-plan-color-primary-text',
    background: '--een-plan-color-primary',
    name: { nl: 'knoptekst op de knopkleur', en: 'button text on the button colour' },
  },
  {
    text: '--een-plan-color-nav-text',
    background: '--een-plan-color-nav-background',
    name: { nl: 'menutekst op de menubalk', en: 'menu text on the menu bar' },
  },
  {
    text: '--een-plan-color-nav-text',
    background: '--een-plan-color-nav-current-background',
    name: { nl: 'menutekst op het actieve menu-item', en: 'menu text on the current menu item' },
  },
  {
    text: '--een-plan-color-footer-text',
    background: '--een-plan-color-footer-background',
    name: { nl: 'voettekst op de voettekstbalk', en: 'footer text on the footer' },
  },
];
export const WCAG_AA_TEXT_CONTRAST = 4.5;

function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.1 contrast ratio of two #rrggbb colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (lighter + 0.05) / (darker + 0.05);
}

export interface ContrastFailure {
  text: ThemeColorToken;
  background: ThemeColorToken;
  name: LocalizedText;
  ratio: number;
}

/** The pairs below AA, in the order of THEME_CONTRAST_PAIRS; empty when the theme is readable. */
export function contrastFailures(tokens: ThemeTokens): ContrastFailure[] {
  return THEME_CONTRAST_PAIRS.flatMap((pair) => {
    const ratio = contrastRatio(tokens[pair.text], tokens[pair.background]);
    return ratio < WCAG_AA_TEXT_CONTRAST ? [{ ...pair, ratio }] : [];
  });
}
