import { useTranslation } from 'react-i18next';
import { useDomainNames } from './PlanView.tsx';

/** The options of a life-domain select: "choose" first, then every domain in the reader's language. */
export function DomainOptions() {
  const { t } = useTranslation();
  const domains = useDomainNames();
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
