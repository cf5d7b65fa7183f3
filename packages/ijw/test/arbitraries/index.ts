/**
 * fast-check generators for valid iJw 3.2 messages: every model they produce must pass the official XSD
 * and the official rules stylesheet. The constraints are the ones the XSD and `TR-CD-CS-regels-JW-3.2.xsl`
 * check (rule codes in the comments); free text deliberately includes markup characters, accents and
 * astral characters so escaping is exercised.
 */
import type fc from 'fast-check';
import type { IjwBerichtMap } from '../../src/generated/types.ts';
import type { IjwMessageType } from '../../src/schema.ts';
import { jw301 } from './jw301.ts';
import { jw305, jw307 } from './jw305-jw307.ts';
import { jw315, jw317 } from './jw315-jw317.ts';
import { jw319, jw323 } from './jw319-jw323.ts';
import { jw302, jw306, jw308, jw316, jw318, jw320, jw325 } from './retour.ts';

export * from './basics.ts';
export * from './header.ts';
export * from './jw301.ts';
export * from './jw305-jw307.ts';
export * from './jw315-jw317.ts';
export * from './jw319-jw323.ts';
export * from './persons.ts';
export * from './products.ts';
export * from './retour.ts';

export const ARBITRARIES: { [K in IjwMessageType]: fc.Arbitrary<IjwBerichtMap[K]> } = {
  JW301: jw301,
  JW302: jw302,
  JW305: jw305,
  JW306: jw306,
  JW307: jw307,
  JW308: jw308,
  JW315: jw315,
  JW316: jw316,
  JW317: jw317,
  JW318: jw318,
  JW319: jw319,
  JW320: jw320,
  JW323: jw323,
  JW325: jw325,
};
