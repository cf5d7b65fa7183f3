import type { ReactNode } from 'react';

interface SkipLinkProps {
  href: `#${string}`;
  children: ReactNode;
}

export function SkipLink({ href, children }: SkipLinkProps) {
  return (
    <a href={href} className="utrecht-skip-link utrecht-skip-link--visible-on-focus">
      {children}
    </a>
  );
}
