import { WJ001 } from './generated/codelijsten.ts';

/**
 * English for the retourcodes a municipality answers on start and stop messages (and the general
 * ones); the Dutch is the official meaning from the WJ001 code list.
 */
const ENGLISH: Record<string, string> = {
  '0001': 'The message was rejected for technical reasons.',
  '0200': 'No remark on this part of the message.',
  '0233': 'This part of the message was not assessed.',
  '8848': 'The message date must be today or earlier.',
  '9056': 'The identification must be unique.',
  '9019': 'The start or stop message cannot be linked to an assignment.',
  '9063': 'The message cannot be processed because no earlier message was received.',
  '9069': 'There is no current start message with the same key.',
  '9071': 'The earlier start message cannot be removed because the care has already ended.',
  '9074': 'A message with the same key was already received.',
  '9326': 'The current delivery has not yet been stopped with a stop message.',
  '9413': 'A temporary stop (reason 20) with the same key was already received.',
  '9414': 'The end date is earlier than the end date of the current stop.',
  '9415': 'A final stop with the same key was already received.',
  S300: 'Invalid municipality code.',
  S329: 'Invalid product code.',
};

/** A retourcode in words: the official Dutch meaning (WJ001) and English. */
export function retourcodeText(code: string): { nl: string; en: string } {
  const nl = (WJ001 as Record<string, string>)[code] ?? `Retourcode ${code} (zie codelijst WJ001).`;
  return { nl, en: ENGLISH[code] ?? `Return code ${code} (see code list WJ001).` };
}
