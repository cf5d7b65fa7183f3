import { describe, expect, it } from 'vitest';
import { wrapLabel } from './Ecogram.tsx';

describe('ecogram labels', () => {
  it('wraps a long name over two lines instead of cutting it off', () => {
    expect(wrapLabel('Sociaal team Nieuw-Vennep')).toEqual(['Sociaal team', 'Nieuw-Vennep']);
    expect(wrapLabel('Jeugdhulp Kennemerland')).toEqual(['Jeugdhulp', 'Kennemerland']);
    expect(wrapLabel('Oma Jansen')).toEqual(['Oma Jansen']);
  });

  it('keeps every line within the node and marks only what still does not fit', () => {
    const lines = wrapLabel('Stichting Maatschappelijke Dienstverlening Haarlemmermeer-Zuid');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(19);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(wrapLabel('Bovenschoolsbegeleidingsdienstverlening', 19, 2)[0]!.endsWith('…')).toBe(true);
  });
});
