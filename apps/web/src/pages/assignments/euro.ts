/** "95", "95,00" or "95.5" euros → cents; null when it is not an amount. */
export function parseEuroToCents(text: string): number | null {
  const normalised = text.trim().replace(',', '.');
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(normalised)) return null;
  return Math.round(Number(normalised) * 100);
}
