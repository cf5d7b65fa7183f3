import { useRouterState } from '@tanstack/react-router';
import { type RefObject, useEffect, useRef } from 'react';

/**
 * After a client-side page change, screen reader and keyboard users would stay on the link or
 * button that disappeared; moving focus to <main> starts them at the new content, like a page load.
 */
export function useFocusMainOnNavigate(main: RefObject<HTMLElement | null>): void {
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const previousPathname = useRef(pathname);
  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    // The router already scrolls to the top; scrolling to <main> would hide the header and menu.
    main.current?.focus({ preventScroll: true });
  }, [pathname, main]);
}
