/** Shapes of the runtime schema descriptors generated from the XSDs (see `generated/schema.ts`). */

/** An XSD simple type with the facets the library checks itself (patterns are left to the XSD). */
export interface SimpleTypeDef {
  base: 'string' | 'integer' | 'date' | 'time';
  /** A value fixed by the message XSD (BerichtCode, BerichtVersie, BerichtSubversie). */
  fixed?: string;
  enumeration?: readonly string[];
  /** XSD regular expressions (informative; enforced by XSD validation). */
  pattern?: readonly string[];
  minLength?: number;
  maxLength?: number;
  minInclusive?: number;
  maxInclusive?: number;
}

/** One element of an `xs:sequence`, in document order. */
export interface ElementDef {
  name: string;
  /** Key into `SIMPLE_TYPES` or `COMPLEX_TYPES` (for a list: the item's type). */
  type: string;
  min: 0 | 1;
  /** `maxOccurs="unbounded"` directly on this element (not used by iJw 3.2, supported anyway). */
  many?: boolean;
  /**
   * The element is a wrapper holding one or more `list` items (Relaties/Relatie, RetourCodes/RetourCode…);
   * the model property is the array of items.
   */
  list?: string;
}

export interface ComplexTypeDef {
  /** Namespace of the elements declared in this type (`elementFormDefault="qualified"`). */
  ns: string;
  elements: readonly ElementDef[];
}

export interface MessageDef {
  type: string;
  berichtCode: string;
  namespace: string;
  prefix: string;
  root: string;
  xsd: string;
  berichtXsdVersie: string;
  omschrijving: string;
  /** For a retour message: the heen message it answers. */
  retourVan?: string;
}
