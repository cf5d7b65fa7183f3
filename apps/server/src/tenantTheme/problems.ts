import type { LocalizedText } from '@een-plan/contracts';

type Definition = { status: number; title: string; message: LocalizedText };

/** Problem codes of the tenant theme (spread into the catalog). */
export const tenantThemeProblems = {
  theme_contrast_too_low: {
    status: 422,
    title: 'Theme contrast below WCAG AA',
    message: {
      nl: 'Deze kleuren zijn samen niet goed leesbaar (minder contrast dan WCAG AA, 4,5:1). Kies een lichtere of donkerdere kleur.',
      en: 'These colours are not readable together (less contrast than WCAG AA, 4.5:1). Choose a lighter or darker colour.',
    },
  },
  theme_logo_invalid: {
    status: 422,
    title: 'Logo not accepted',
    message: {
      nl: 'Het logo moet een PNG-, JPEG-, WebP- of SVG-afbeelding van hoogstens 100 kB zijn.',
      en: 'The logo must be a PNG, JPEG, WebP or SVG image of at most 100 kB.',
    },
  },
} as const satisfies Record<string, Definition>;
