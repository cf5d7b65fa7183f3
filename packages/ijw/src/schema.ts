import {
  BASISSCHEMA_NAMESPACE,
  BASISSCHEMA_XSD_VERSIE,
  COMPLEX_TYPES,
  MESSAGES,
  SIMPLE_TYPES,
} from './generated/schema.ts';
import type { IjwBerichtMap } from './generated/types.ts';
import type { ComplexTypeDef, MessageDef, SimpleTypeDef } from './schema-types.ts';

export const IJW_RELEASE = '3.2' as const;

export const IJW_MESSAGE_TYPES = [
  'JW301',
  'JW302',
  'JW305',
  'JW306',
  'JW307',
  'JW308',
  'JW315',
  'JW316',
  'JW317',
  'JW318',
  'JW319',
  'JW320',
  'JW323',
  'JW325',
] as const;
export type IjwMessageType = (typeof IJW_MESSAGE_TYPES)[number];

/** The heen (request) messages and the retour message that answers each. */
export const RETOUR_BERICHT = {
  JW301: 'JW302',
  JW305: 'JW306',
  JW307: 'JW308',
  JW315: 'JW316',
  JW317: 'JW318',
  JW319: 'JW320',
  JW323: 'JW325',
} as const satisfies Partial<Record<IjwMessageType, IjwMessageType>>;
export type IjwHeenType = keyof typeof RETOUR_BERICHT;
export type IjwRetourType = (typeof RETOUR_BERICHT)[IjwHeenType];

/** A parsed message: its type and its typed model. */
export type IjwBericht = { [K in IjwMessageType]: { type: K; bericht: IjwBerichtMap[K] } }[IjwMessageType];

// Compile-time check that the generated model covers exactly the message types above.
type _SameKeys = [IjwMessageType] extends [keyof IjwBerichtMap]
  ? [keyof IjwBerichtMap] extends [IjwMessageType]
    ? true
    : never
  : never;
const _sameKeys: _SameKeys = true;
void _sameKeys;

export { BASISSCHEMA_NAMESPACE, BASISSCHEMA_XSD_VERSIE };
export const BASISSCHEMA_PREFIX = 'ijw';

export function isMessageType(value: string): value is IjwMessageType {
  return (IJW_MESSAGE_TYPES as readonly string[]).includes(value);
}

export function messageDef(type: IjwMessageType): MessageDef {
  return MESSAGES[type];
}

export function messageTypeForNamespace(namespace: string): IjwMessageType | undefined {
  return IJW_MESSAGE_TYPES.find((t) => MESSAGES[t].namespace === namespace);
}

export function messageTypeForBerichtCode(code: string): IjwMessageType | undefined {
  return IJW_MESSAGE_TYPES.find((t) => MESSAGES[t].berichtCode === code);
}

export function simpleType(key: string): SimpleTypeDef | undefined {
  return SIMPLE_TYPES[key];
}

export function requireComplexType(key: string): ComplexTypeDef {
  const t = COMPLEX_TYPES[key];
  if (!t) throw new Error(`iJw schema: unknown complex type ${key}`);
  return t;
}
