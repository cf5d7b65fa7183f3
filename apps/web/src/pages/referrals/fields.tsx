import type { ReactNode, SelectHTMLAttributes } from 'react';
import { useId } from 'react';
import { classNames } from '../../components/class-names.ts';
import { FieldShell, fieldDescribedBy } from '../../components/FieldShell.tsx';
import { TextAreaField as BaseTextAreaField } from '../../components/TextAreaField.tsx';
import { CheckboxField as BaseCheckboxField } from '../households/form-fields.tsx';

interface FieldProps {
  label: string;
  hint?: string;
  error?: string;
}

function useFieldIds(hint?: string, error?: string) {
  const id = useId();
  return { id, describedBy: fieldDescribedBy(id, hint, error) };
}

export function TextField({
  label,
  hint,
  error,
  value,
  onChange,
  type = 'text',
  required,
  autoComplete,
  inputMode,
  name,
  min,
  max,
  onEnter,
}: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'email' | 'number' | 'search';
  required?: boolean;
  autoComplete?: string;
  inputMode?: 'numeric' | 'text';
  name?: string;
  min?: number;
  max?: number;
  /** Enter runs this instead of submitting the surrounding form (a search inside a form). */
  onEnter?: () => void;
}) {
  const ids = useFieldIds(hint, error);
  return (
    <FieldShell id={ids.id} label={label} hint={hint} error={error} kind="text">
      <input
        id={ids.id}
        name={name}
        type={type}
        min={min}
        max={max}
        className={classNames(
          'utrecht-textbox',
          'utrecht-textbox--html-input',
          error && 'utrecht-textbox--invalid',
        )}
        value={value}
        required={required}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        autoComplete={autoComplete}
        inputMode={inputMode}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={
          onEnter
            ? (event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  onEnter();
                }
              }
            : undefined
        }
      />
    </FieldShell>
  );
}

/** The app's text area (components/TextAreaField.tsx), five rows high; `onChange` gets the text. */
export function TextAreaField({
  onChange,
  ...props
}: FieldProps & { value: string; onChange: (value: string) => void; required?: boolean }) {
  return <BaseTextAreaField {...props} rows={5} onChange={(event) => onChange(event.target.value)} />;
}

export function SelectField({
  label,
  hint,
  error,
  value,
  onChange,
  children,
  ...rest
}: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'>) {
  const ids = useFieldIds(hint, error);
  return (
    <FieldShell id={ids.id} label={label} hint={hint} error={error} kind="select">
      <select
        {...rest}
        id={ids.id}
        className={classNames(
          'utrecht-select',
          'utrecht-select--html-select',
          error && 'utrecht-select--invalid',
        )}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        onChange={(event) => onChange(event.target.value)}
      >
        {children}
      </select>
    </FieldShell>
  );
}

export function Fieldset({ legend, hint, children }: { legend: string; hint?: string; children: ReactNode }) {
  const hintId = useId();
  return (
    <fieldset
      className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset"
      aria-describedby={hint ? hintId : undefined}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {legend}
      </legend>
      {hint && (
        <div id={hintId} className="utrecht-form-field-description">
          {hint}
        </div>
      )}
      {children}
    </fieldset>
  );
}

/** A checkbox with its label beside it (the one checkbox field: households/form-fields.tsx). */
export function CheckboxField({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <BaseCheckboxField label={label} checked={checked} onChange={(event) => onChange(event.target.checked)} />
  );
}

export function RadioField({
  name,
  label,
  value,
  checked,
  onChange,
}: {
  name: string;
  label: string;
  value: string;
  checked: boolean;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="utrecht-form-field utrecht-form-field--radio">
      <div className="utrecht-form-field__input">
        <input
          id={id}
          type="radio"
          name={name}
          value={value}
          className="utrecht-radio-button utrecht-radio-button--html-input"
          checked={checked}
          onChange={() => onChange(value)}
        />
      </div>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={id}>
          {label}
        </label>
      </div>
    </div>
  );
}

/** The field-level message the server sent for a path such as "body.subject.firstName". */
export function fieldErrorFor(
  errors: ReadonlyArray<{ path: string; message: { nl: string; en: string } }> | undefined,
  path: string,
  language: 'nl' | 'en',
): string | undefined {
  return errors?.find((e) => e.path === `body.${path}` || e.path.startsWith(`body.${path}.`))?.message[
    language
  ];
}
