/** Locations of the official iJw 3.2 files this package carries (copied unchanged into `spec/`). */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SPEC_DIR = join(PACKAGE_DIR, 'spec');
export const XSD_DIR = join(SPEC_DIR, 'xsd');
export const RULES_XSL = join(SPEC_DIR, 'regels', 'TR-CD-CS-regels-JW-3.2.xsl');
export const RULES_XSL_NAME = 'TR-CD-CS-regels-JW-3.2.xsl';
