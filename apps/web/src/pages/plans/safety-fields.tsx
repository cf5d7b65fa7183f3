import type { ReactNode } from 'react';
import { useId } from 'react';

/**
 * A labelled field with its own error message under the label (Utrecht classes): the message is
 * tied to the input by aria-describedby and the input is marked aria-invalid, so a screen reader
 * says what is wrong when the field gets focus. `render` gets the id and aria attributes.
 */
export function SafetyField({
  label,
  error,
  fieldId,
  render,
}: {
  label: string;
  error?: string | undefined;
  /** A stable id so the error summary can link to the field. */
  fieldId: string;
  render: (attrs: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}) {
  const errorId = useId();
  return (
    <div className={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={fieldId}>
          {label}
        </label>
      </div>
      {error && (
        <p id={errorId} className="utrecht-form-field-error-message">
          {error}
        </p>
      )}
      <div className="utrecht-form-field__input">
        {render(error ? { id: fieldId, 'aria-invalid': true, 'aria-describedby': errorId } : { id: fieldId })}
      </div>
    </div>
  );
}
