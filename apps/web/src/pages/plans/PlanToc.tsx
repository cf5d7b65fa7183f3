import { type ReactNode, type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Entry {
  id: string;
  label: string;
}

function sameEntries(a: Entry[], b: Entry[]): boolean {
  return a.length === b.length && a.every((e, i) => e.id === b[i]?.id && e.label === b[i]?.label);
}

/** The sections of the page: every level-2 heading with an id, in reading order. */
function useSections(container: RefObject<HTMLElement | null>): Entry[] {
  const [entries, setEntries] = useState<Entry[]>([]);
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const scan = () => {
      const next = [...root.querySelectorAll<HTMLElement>('h2[id]')].map((h) => ({
        id: h.id,
        label: h.textContent?.trim() ?? '',
      }));
      setEntries((current) => (sameEntries(current, next) ? current : next));
    };
    scan();
    // Sections come and go with the plan's state (agreements, transitions, evaluation).
    const observer = new MutationObserver(scan);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [container]);
  return entries;
}

/** Moves the reader to a section: scrolls its heading into view and gives it focus for the keyboard. */
function goTo(id: string): void {
  const heading = document.getElementById(id);
  if (!heading) return;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.scrollIntoView?.({ block: 'start' });
  heading.focus({ preventScroll: true });
  window.history.replaceState(window.history.state, '', `#${id}`);
}

/**
 * A long page with its table of contents: the sections' headings as links, beside the content and
 * sticky on wide screens (≥ 1024 px), a compact list above it on phones. The entries are read from
 * the content's level-2 headings, so a section that is not shown is not listed.
 */
export function WithPageContents({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  const content = useRef<HTMLDivElement>(null);
  const entries = useSections(content);
  return (
    <div className="plan-layout">
      {entries.length > 1 && (
        <nav className="plan-toc" aria-label={label}>
          <p className="plan-toc__title" aria-hidden="true">
            {t('plans.toc.title')}
          </p>
          <ul className="plan-toc__list">
            {entries.map((e) => (
              <li key={e.id}>
                <a
                  className="utrecht-link plan-toc__link"
                  href={`#${e.id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    goTo(e.id);
                  }}
                >
                  {e.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div className="plan-layout__content" ref={content}>
        {children}
      </div>
    </div>
  );
}
