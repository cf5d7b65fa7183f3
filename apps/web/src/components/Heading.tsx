import type { HTMLAttributes } from 'react';
import { classNames } from './class-names.ts';

interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  level: 1 | 2 | 3 | 4;
}

export function Heading({ level, className, ...props }: HeadingProps) {
  const Tag = `h${level}` as const;
  return <Tag {...props} className={classNames(`utrecht-heading-${level}`, className)} />;
}
