import type { RightsLetter } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { UtrechtLink } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { UnorderedList, UnorderedListItem } from '../../components/UnorderedList.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { formatDate } from '../referrals/format.ts';

/** The letters of a case, each a PDF to download, in Dutch and in English. */
export function LetterLinks({
  letters,
  urlFor,
}: {
  letters: RightsLetter[];
  urlFor: (letterId: string) => string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (letters.length === 0) return null;
  return (
    <>
      <Paragraph>{t('rights.letters.title')}</Paragraph>
      <UnorderedList>
        {letters.map((l) => (
          <UnorderedListItem key={l.id}>
            <UtrechtLink href={urlFor(l.id)} download>
              {t('rights.letters.link', {
                kind: t(`rights.letters.kind.${l.kind}`),
                language: t(`rights.letters.locale.${l.locale}`),
                date: formatDate(l.createdOn, language),
              })}
            </UtrechtLink>
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </>
  );
}
