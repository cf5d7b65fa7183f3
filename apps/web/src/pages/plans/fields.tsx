import type { ComponentProps, InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';
import { useId } from 'react';
import { FieldShell } from '../../components/FieldShell.tsx';
import { TextAreaField as BaseTextAreaField } from '../../components/TextAreaField.tsx';

/** Labelled form fields with NL Design System (Utrecht) classes; the label is always visible. */
export function TextField({ label, ...props }: { label: string } & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} kind="text">
      <input {...props} id={id} className="utrecht-textbox utrecht-textbox--html-input" />
    </FieldShell>
  );
}

/** The app's text area (components/TextAreaField.tsx), three rows high in the plan's forms. */
export function TextAreaField(props: ComponentProps<typeof BaseTextAreaField>) {
  return <BaseTextAreaField rows={3} {...props} />;
}

export function SelectField({
  label,
  children,
  ...props
}: { label: string; children: ReactNode } & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} kind="select">
      <select {...props} id={id} className="utrecht-select utrecht-select--html-select">
        {children}
      </select>
    </FieldShell>
  );
}

export function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset plan-fieldset">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {legend}
      </legend>
      {children}
    </fieldset>
  );
}

/** A date (yyyy-mm-dd) with its label; `onChange` gets the new date. */
export function DateField({
  onChange,
  ...props
}: { label: string; value: string; onChange: (date: string) => void } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'value' | 'onChange'
>) {
  return <TextField {...props} type="date" onChange={(e) => onChange(e.target.value)} />;
}

/** A select of a fixed list of choices (codes, kinds), each shown in words by `text`. */
export function ChoiceField<T extends string>({
  label,
  value,
  choices,
  text,
  onChange,
  ...props
}: {
  label: string;
  value: T;
  choices: readonly T[];
  text: (choice: T) => string;
  onChange: (choice: T) => void;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'children'>) {
  return (
    <SelectField {...props} label={label} value={value} onChange={(e) => onChange(e.target.value as T)}>
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {text(choice)}
        </option>
      ))}
    </SelectField>
  );
}

export { ButtonGroup } from '../../components/FormActions.tsx';
