import type { ButtonHTMLAttributes } from 'react';
import { classNames } from './class-names.ts';

type ButtonAppearance = 'primary-action' | 'secondary-action' | 'subtle';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  appearance?: ButtonAppearance;
  busy?: boolean;
  pressed?: boolean;
}

export function Button({
  appearance = 'secondary-action',
  busy = false,
  pressed,
  className,
  type = 'button',
  ...props
}: ButtonProps) {
  return (
    <button
      {...props}
      // Real type by default: a bare <button> inside a form would submit it.
      type={type}
      aria-busy={busy || undefined}
      aria-pressed={pressed}
      className={classNames(
        'utrecht-button',
        `utrecht-button--${appearance}`,
        busy && 'utrecht-button--busy',
        pressed && 'utrecht-button--pressed',
        className,
      )}
    />
  );
}
