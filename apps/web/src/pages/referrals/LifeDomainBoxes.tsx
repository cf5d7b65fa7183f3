import { CheckboxField } from './fields.tsx';

/** A checkbox per life domain; ticking one adds its code to the list, unticking takes it out. */
export function LifeDomainBoxes<C extends string>({
  domains,
  value,
  onChange,
}: {
  domains: ReadonlyArray<{ code: C; name: string }>;
  value: readonly C[];
  onChange: (codes: C[]) => void;
}) {
  return (
    <div className="referral-form__domains">
      {domains.map((d) => (
        <CheckboxField
          key={d.code}
          label={d.name}
          checked={value.includes(d.code)}
          onChange={(on) => onChange(on ? [...value, d.code] : value.filter((c) => c !== d.code))}
        />
      ))}
    </div>
  );
}
