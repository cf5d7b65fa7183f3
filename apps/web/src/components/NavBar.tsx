import { createLink } from '@tanstack/react-router';
import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { classNames } from './class-names.ts';

interface NavBarProps {
  label: string;
  children: ReactNode;
}

export function NavBar({ label, children }: NavBarProps) {
  return (
    <nav className="utrecht-nav-bar" aria-label={label}>
      <div className="utrecht-nav-bar__content">
        <ul className="utrecht-nav-list">{children}</ul>
      </div>
    </nav>
  );
}

function NavListAnchor({ className, ...props }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  return (
    <li className="utrecht-nav-list__item">
      <a {...props} className={classNames('utrecht-nav-list__link', className)} />
    </li>
  );
}

/** A nav bar item; the router marks the current page with aria-current="page". */
export const NavListLink = createLink(NavListAnchor);
