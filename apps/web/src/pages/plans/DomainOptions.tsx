import { useTranslation } from 'react-i18next';
import { useDomainNames } from './PlanView.tsx';

/**
 * The options of a life-domain select: "choose" first, then every domain in the reader's language.
 * `plain`: the resident's words.
 */
export function DomainOptions({ plain = false }: { plain?: boolean }) {
  const { t } = useTranslation();
  const domains = useDomainNames(plain);
  return (
    <>
      <option value="">{t('plans.editor.choose')}</option>
      {[...domains].map(([code, name]) => (
        <option key={code} value={code}>
          {name}
        </option>
      ))}
    </>
  );
}
