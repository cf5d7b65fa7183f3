import { type ReactNode, useId } from 'react';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';

/** How many tasks a home's tasks panel shows (with a link to all). */
export const HOME_TASKS_LIMIT = 5;

interface HomeSectionProps {
  title: string;
  /** Shown instead of the content when there is nothing to do. */
  empty?: string;
  isEmpty?: boolean;
  /** The link to the full page ("show all"), or a link to where the work is done. */
  footer?: ReactNode;
  children?: ReactNode;
}

/** One block of a home: a heading, the work (or a sentence saying there is none), and where to go next. */
export function HomeSection({ title, empty, isEmpty = false, footer, children }: HomeSectionProps) {
  const headingId = useId();
  return (
    <section className="home-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {title}
      </Heading>
      {isEmpty && empty ? <Paragraph>{empty}</Paragraph> : children}
      {footer && <Paragraph className="home-section__footer">{footer}</Paragraph>}
    </section>
  );
}

/** A short list of work items; each item is one line that wraps on a phone. */
export function HomeList({ children }: { children: ReactNode }) {
  return <ul className="utrecht-unordered-list home-list">{children}</ul>;
}

export function HomeListItem({ children }: { children: ReactNode }) {
  return <li className="utrecht-unordered-list__item home-list__item">{children}</li>;
}
