import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';
import { useId } from 'react';
import { classNames } from '../../components/class-names.ts';
import { FieldShell, fieldDescribedBy } from '../../components/FieldShell.tsx';

export { TextAreaField } from '../../components/TextAreaField.tsx';

interface FieldLabels {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
}

export function TextField({
  label,
  hint,
  error,
  className,
  ...props
}: FieldLabels & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input
        {...props}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy(id, hint, error)}
        className={classNames('utrecht-textbox', 'utrecht-textbox--html-input', className)}
      />
    </FieldShell>
  );
}

export function SelectField({
  label,
  hint,
  error,
  className,
  children,
  ...props
}: FieldLabels & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select
        {...props}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy(id, hint, error)}
        className={classNames('utrecht-select', 'utrecht-select--html-select', className)}
      >
        {children}
      </select>
    </FieldShell>
  );
}

export function CheckboxField({
  label,
  ...props
}: { label: ReactNode } & Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>) {
  const id = useId();
  return (
    // Utrecht's checkbox field is a grid: the box in a column as wide as the box, the label beside
    // it. The label must not sit inside the input wrapper, or it is squeezed into the box's column.
    <div className="utrecht-form-field utrecht-form-field--checkbox">
      <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
          {label}
        </label>
      </div>
      <div className="utrecht-form-field__input">
        <input {...props} id={id} type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" />
      </div>
    </div>
  );
}

interface RadioOption<T extends string> {
  value: T;
  label: ReactNode;
}

/** A yes/no or multiple-choice question as a fieldset with radio buttons. */
export function RadioGroup<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
  error,
}: {
  legend: ReactNode;
  name: string;
  value: T | null;
  options: RadioOption<T>[];
  onChange: (value: T) => void;
  error?: ReactNode;
}) {
  const id = useId();
  return (
    <fieldset
      className={classNames(
        'utrecht-form-fieldset',
        'radio-group',
        error ? 'utrecht-form-fieldset--invalid' : null,
      )}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      {error && (
        <div id={`${id}-error`} className="utrecht-form-field-error-message">
          {error}
        </div>
      )}
      <div className="radio-group__options">
        {options.map((o) => (
          <div key={o.value} className="radio-group__option">
            <input
              type="radio"
              id={`${id}-${o.value}`}
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
              className="utrecht-radio-button utrecht-radio-button--html-input"
            />
            <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`${id}-${o.value}`}>
              {o.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
