import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { useId } from 'react';
import { classNames } from './class-names.ts';
import { FieldShell, fieldDescribedBy } from './FieldShell.tsx';

/**
 * The one labelled text area of the app (Utrecht classes, the label always visible): hint and error
 * under the label, named by aria-describedby; an error marks the field invalid. The field libraries
 * of the pages (plans, referrals, households) hand this one out, each with its own default height.
 */
export function TextAreaField({
  label,
  hint,
  error,
  className,
  rows = 4,
  ...props
}: { label: ReactNode; hint?: ReactNode; error?: ReactNode } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} kind="textarea">
      <textarea
        {...props}
        rows={rows}
        id={id}
        aria-required={props.required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy(id, hint, error)}
        className={classNames(
          'utrecht-textarea',
          'utrecht-textarea--html-textarea',
          error ? 'utrecht-textarea--invalid' : null,
          className,
        )}
      />
    </FieldShell>
  );
}
