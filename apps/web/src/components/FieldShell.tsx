import type { ReactNode } from 'react';
import { classNames } from './class-names.ts';

/**
 * The one Utrecht form-field frame (label above, optional hint and error, then the control) that
 * every field library of the app wraps its input, textarea or select in. The hint and error get
 * the ids `${id}-hint` and `${id}-error`; `fieldDescribedBy` names them for aria-describedby.
 */
export function FieldShell({
  id,
  label,
  hint,
  error,
  kind,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  /** Adds `utrecht-form-field--<kind>` (text, textarea, select) where the library sets it. */
  kind?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={classNames(
        'utrecht-form-field',
        kind && `utrecht-form-field--${kind}`,
        error ? 'utrecht-form-field--invalid' : null,
      )}
    >
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {hint && (
        <div id={`${id}-hint`} className="utrecht-form-field-description">
          {hint}
        </div>
      )}
      {error && (
        <div id={`${id}-error`} className="utrecht-form-field-error-message">
          {error}
        </div>
      )}
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

/** The aria-describedby of a field in a FieldShell: its hint and error, when shown. */
export function fieldDescribedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}
