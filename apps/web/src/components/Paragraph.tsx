import type { HTMLAttributes } from 'react';
import { classNames } from './class-names.ts';

interface ParagraphProps extends HTMLAttributes<HTMLParagraphElement> {
  lead?: boolean;
  small?: boolean;
}

export function Paragraph({ lead = false, small = false, className, ...props }: ParagraphProps) {
  return (
    <p
      {...props}
      className={classNames(
        'utrecht-paragraph',
        lead && 'utrecht-paragraph--lead',
        small && 'utrecht-paragraph--small',
        className,
      )}
    />
  );
}
