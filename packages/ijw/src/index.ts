/**
 * iJw 3.2 (Zorginstituut Nederland) message library: typed models, builders and parsers for the 14
 * messages JW301–JW325, validation against the official XSD and rules stylesheet, and retour messages.
 * See README.md.
 */

export { type BuildOptions, buildMessage, headerDefaults, IjwBuildError, xsdVersie } from './build.ts';
export { RETOURCODE, TR_RETOURCODE } from './codes.ts';
export {
  buildDeclaratieAntwoord,
  type DeclaratieAntwoordOptions,
  declaratieAntwoordForValidation,
  type PrestatieAfwijzing,
} from './declaratie-antwoord.ts';
export * from './generated/codelijsten.ts';
export { MESSAGES, NAMESPACES } from './generated/schema.ts';
export type * from './generated/types.ts';
export { IjwParseError, parseMessage, parseMessageAs } from './parse.ts';
export {
  buildRetour,
  type Retour,
  type RetourDecision,
  type RetourFinding,
  type RetourHeenType,
  type RetourOptions,
  type RetourTypeOf,
  retourForValidation,
} from './retour.ts';
export { retourcodeText } from './retour-text.ts';
export {
  BASISSCHEMA_NAMESPACE,
  BASISSCHEMA_XSD_VERSIE,
  IJW_MESSAGE_TYPES,
  IJW_RELEASE,
  type IjwBericht,
  type IjwHeenType,
  type IjwMessageType,
  type IjwRetourType,
  isMessageType,
  messageDef,
  messageTypeForBerichtCode,
  RETOUR_BERICHT,
} from './schema.ts';
export type { MessageDef } from './schema-types.ts';
export {
  formatReport,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationReport,
  validateMessage,
  validateXml,
  validateXmlHere,
} from './validate/index.ts';
export { ValidationPool, validationPool } from './validate/pool.ts';
export {
  loadRules,
  type RulesResult,
  type RuleViolation,
  readRapport,
  rulesRapport,
  runRules,
} from './validate/rules.ts';
export { loadSchemas, validateXsd, type XsdViolation } from './validate/xsd.ts';
export { isIjwDatum, isIjwTijd, toIjwDatum, toIjwGeslacht, toIjwTijd } from './values.ts';
export { XmlSyntaxError } from './xml.ts';
export { MAX_XML_DEPTH } from './xml-depth.ts';
export { type CompiledStylesheet, compileStylesheet, XsltError } from './xslt/index.ts';
