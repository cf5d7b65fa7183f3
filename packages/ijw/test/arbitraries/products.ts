/** Products with their period and size, shared by JW301, JW315 and JW317. */
import fc from 'fast-check';
import * as codelijst from '../../src/generated/codelijsten.ts';
import type { CDT_Omvang, CDT_Product } from '../../src/generated/types.ts';
import { alnum } from './basics.ts';

// ---------------------------------------------------------------------------------------------------------
// Products with their period and size (shared by JW301, JW315, JW317)

type Soort = 'specifiek' | 'aspecifiek' | 'generiek';

interface ProductShape {
  soort: Soort;
  Product?: CDT_Product;
  Omvang?: CDT_Omvang;
  Budget?: number;
  /** Whether an Einddatum is required (Budget, CD075; Frequentie 2, CD076). */
  needsEnd: boolean;
}

export const categorie = fc.constantFrom(...codelijst.JZ020_CODES);

/**
 * Product + Omvang or Budget: a Code needs an Omvang (CD041) and an Omvang needs a Code (CD080/CD095/CD096);
 * Omvang and Budget exclude each other (CD077/CD078); without Budget a Product is required (CD079); units
 * 14/16/83/84 go per week, month or period (CS338/CS343).
 */
export const productShape: fc.Arbitrary<ProductShape> = fc
  .record({
    soort: fc.constantFrom<Soort>('specifiek', 'specifiek', 'aspecifiek', 'generiek'),
    cat: categorie,
    code: alnum(3, 3),
    Volume: fc.integer({ min: 0, max: 99_999_999 }),
    Eenheid: fc.constantFrom(...codelijst.WJ756_CODES),
    Frequentie: fc.constantFrom(...codelijst.WMO757_CODES),
    Budget: fc.integer({ min: 0, max: 99_999_999 }),
    aspecifiekBudget: fc.boolean(),
  })
  .map((p): ProductShape => {
    if (p.soort === 'specifiek') {
      const Frequentie =
        ['14', '16', '83', '84'].includes(p.Eenheid) && p.Frequentie === '1' ? ('4' as const) : p.Frequentie;
      return {
        soort: 'specifiek',
        Product: { Categorie: p.cat, Code: `${p.cat}${p.code}` },
        Omvang: { Volume: p.Volume, Eenheid: p.Eenheid, Frequentie },
        needsEnd: Frequentie === '2',
      };
    }
    if (p.soort === 'aspecifiek') {
      return p.aspecifiekBudget
        ? { soort: 'aspecifiek', Product: { Categorie: p.cat }, Budget: p.Budget, needsEnd: true }
        : { soort: 'aspecifiek', Product: { Categorie: p.cat }, needsEnd: false };
    }
    return { soort: 'generiek', Budget: p.Budget, needsEnd: true };
  });

/**
 * Non-overlapping periods, in order (TR302/TR386/TR410: the same product, or any product without a code,
 * must not overlap); only the last one may be open-ended. All dates after 2020 (CD080, CS338).
 */
export function periods(count: number, from: number, needsEnd: boolean[]) {
  return fc
    .array(fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 400 }), fc.boolean()), {
      minLength: count,
      maxLength: count,
    })
    .map((parts) => {
      let cursor = from;
      return parts.map(([gap, len, open], i) => {
        const start = cursor + gap;
        const openEnded = open && i === count - 1 && !needsEnd[i];
        const end = start + len;
        cursor = end;
        return { start, end: openEnded ? undefined : end };
      });
    });
}
