import { NetworkRelation } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { SelectField } from './form-fields.tsx';

/** How a network member is related to the family; the one list for coordinator and family forms. */
export function RelationSelectField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: NetworkRelation;
  onChange: (relation: NetworkRelation) => void;
}) {
  const { t } = useTranslation();
  return (
    <SelectField label={label} value={value} onChange={(e) => onChange(e.target.value as NetworkRelation)}>
      {NetworkRelation.options.map((r) => (
        <option key={r} value={r}>
          {t(`dossier.relations.${r}`)}
        </option>
      ))}
    </SelectField>
  );
}
