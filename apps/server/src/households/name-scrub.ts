/**
 * The name scrub of an erasure of one person (decision 0027): in free text that stays, whole-word
 * occurrences of the erased person's names become "[naam verwijderd]". Whole word means no letter,
 * digit or combining mark right before or after, in any script, so "Tim" goes but "Timmerman"
 * and "Tims" stay; case does not matter. Households owns the names, so the rule lives here; each
 * module applies it to its own texts.
 */
export const NAME_REMOVED = '[naam verwijderd]';

export type NameScrub = (text: string) => { text: string; count: number };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A scrub for these names; the longest first, so a full name is replaced as one. */
export function nameScrubber(names: readonly string[]): NameScrub {
  const forms = names
    .map((n) => n.trim().replace(/\s+/g, ' '))
    .filter((n) => n.length >= 2)
    // A name typed with a composed "ë" and one with "e" + combining mark are the same name.
    .flatMap((n) => [n.normalize('NFC'), n.normalize('NFD')]);
  const words = [...new Set(forms)]
    .sort((a, b) => b.length - a.length)
    .map((n) => escapeRegExp(n).replace(/ /g, '\\s+'));
  if (words.length === 0) return (text) => ({ text, count: 0 });
  const edge = '[\\p{L}\\p{N}\\p{M}]';
  const pattern = new RegExp(`(?<!${edge})(?:${words.join('|')})(?!${edge})`, 'giu');
  return (text) => {
    let count = 0;
    const scrubbed = text.replace(pattern, () => {
      count += 1;
      return NAME_REMOVED;
    });
    return { text: scrubbed, count };
  };
}
