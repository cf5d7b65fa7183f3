import type { IntakeView } from '@een-plan/contracts';
import { useLanguage } from '../../i18n/use-language.ts';
import type { DomainCode } from './intake-draft.ts';

/** A life domain's name in the reader's language; the code when the domain is unknown. */
export function useDomainName(domains: IntakeView['domains']): (code: DomainCode) => string {
  const language = useLanguage();
  return (code) => {
    const d = domains.find((x) => x.code === code);
    return d ? (language === 'en' ? d.nameEn : d.nameNl) : code;
  };
}
