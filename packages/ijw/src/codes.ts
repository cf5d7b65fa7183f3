/** Named WJ001 retourcodes and the technical rule (TR) each one reports, from `codelijsten/WJ001_Retourcode.md`. */
import type { LDT_RetourCode } from './generated/types.ts';

export const RETOURCODE = {
  /** Bericht is afgekeurd om technische redenen (controleniveau 2: the rules XSLT found errors). */
  TECHNISCH_AFGEKEURD: '0001',
  /** Geen opmerking over deze berichtklasse. */
  GEEN_OPMERKING: '0200',
  /** Berichtklasse is niet beoordeeld. */
  NIET_BEOORDEELD: '0233',
  /** Declaratie is volledig toegewezen. */
  DECLARATIE_VOLLEDIG_TOEGEWEZEN: '8001',
  /** Dagtekening moet gelijk zijn aan of voor de systeemdatum liggen (TR135). */
  DAGTEKENING_IN_DE_TOEKOMST: '8848',
  /** Identificatie moet per berichtsoort uniek zijn voor de verzendende partij (TR056). */
  IDENTIFICATIE_NIET_UNIEK: '9056',
  /** Gemeentecode ongeldig (TR378). */
  GEMEENTECODE_ONGELDIG: 'S300',
  /** ProductCode hoort niet bij de ProductCategorie (TR381). */
  PRODUCTCODE_ONGELDIG: 'S329',
} as const satisfies Record<string, LDT_RetourCode>;

/**
 * The retourcode that reports a violation of a technical rule checked at controleniveau 3 or 4 (rules that
 * need earlier messages or external sources). Rules checked by the XSLT (level 2) answer with 0001.
 */
export const TR_RETOURCODE = {
  TR019: '9019',
  TR056: '9056',
  TR063: '9063',
  TR069: '9069',
  TR071: '9071',
  TR074: '9074',
  TR135: '8848',
  TR304: '8187',
  TR307: '9307',
  TR308: '9308',
  TR314: '8021',
  TR318: '8214',
  TR319: '9319',
  TR321: '9321',
  TR322: '9322',
  TR323: '8017',
  TR326: '9326',
  TR332: '9332',
  TR333: '9333',
  TR338: '9338',
  TR339: '9339',
  TR340: '9340',
  TR341: '9341',
  TR346: '9346',
  TR347: '9347',
  TR349: '9349',
  TR350: '9350',
  TR351: '9351',
  TR355: '9355',
  TR357: '9357',
  TR359: '9359',
  TR360: '9360',
  TR361: '9361',
  TR365: '9365',
  TR366: '9366',
  TR367: '9367',
  TR369: '9369',
  TR373: '9373',
  TR374: '9374',
  TR375: '9375',
  TR378: 'S300',
  TR379: '9379',
  TR381: 'S329',
  TR384: '9384',
  TR385: '9385',
  TR387: '9387',
  TR388: '9388',
  TR389: '9389',
  TR390: '9390',
  TR411: '9411',
  TR412: '9412',
  TR413: '9413',
  TR414: '9414',
  TR415: '9415',
  TR418: '0611',
} as const satisfies Record<string, LDT_RetourCode>;
