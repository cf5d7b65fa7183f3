import { LifeDomainCode } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';

function isLifeDomainCode(code: string): code is LifeDomainCode {
  return (LifeDomainCode.options as readonly string[]).includes(code);
}

/**
 * Life-domain names from the i18n bundle: available on the first render, in the reader's language.
 * `plain`: the resident's words (B1) instead of the professional names.
 */
export function useLifeDomainName(plain = false): (code: string) => string {
  const { t } = useTranslation();
  return (code) =>
    isLifeDomainCode(code) ? t(plain ? `lifeDomainPlain.${code}` : `lifeDomain.${code}`) : code;
}

/** Every life domain with its name, in the order of the code list. */
export function useLifeDomains(plain = false): { code: LifeDomainCode; name: string }[] {
  const name = useLifeDomainName(plain);
  return LifeDomainCode.options.map((code) => ({ code, name: name(code) }));
}
