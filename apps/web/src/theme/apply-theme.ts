import { type TenantTheme, THEME_COLOR_TOKENS, THEME_FONT_TOKEN } from '@een-plan/contracts';

const ALLOWED = [...THEME_COLOR_TOKENS, THEME_FONT_TOKEN] as const;

/**
 * Sets the tenant's design tokens on <html>, where they win over the default theme's values;
 * a token the tenant does not set falls back to the default. Only allow-listed tokens are touched.
 */
export function applyTheme(theme: Pick<TenantTheme, 'tokens'>, root: HTMLElement = document.documentElement) {
  for (const token of ALLOWED) {
    const value = theme.tokens[token];
    if (value) root.style.setProperty(token, value);
    else root.style.removeProperty(token);
  }
}

/** The default theme's value of a token, whatever the tenant set (for the editor to start from). */
export function defaultTokenValue(
  token: (typeof ALLOWED)[number],
  root: HTMLElement = document.documentElement,
) {
  const inline = root.style.getPropertyValue(token);
  root.style.removeProperty(token);
  const value = getComputedStyle(root).getPropertyValue(token).trim();
  if (inline) root.style.setProperty(token, inline);
  return value;
}

/** Any CSS colour (the minifier writes #fff, or a name) as the #rrggbb a colour input and the API take. */
export function colourAsHex(value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  document.body.append(probe);
  const rgb = getComputedStyle(probe).color.match(/\d+/g) ?? [];
  probe.remove();
  return `#${rgb
    .slice(0, 3)
    .map((channel) => Number(channel).toString(16).padStart(2, '0'))
    .join('')}`;
}
