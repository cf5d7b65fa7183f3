import { createLink } from '@tanstack/react-router';
import type { AnchorHTMLAttributes } from 'react';
import { classNames } from './class-names.ts';

export function UtrechtLink({ className, ...props }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  return <a {...props} className={classNames('utrecht-link', 'utrecht-link--html-a', className)} />;
}

/** A router link (client-side navigation, typed `to`) that looks like an NL Design System link. */
export const Link = createLink(UtrechtLink);
