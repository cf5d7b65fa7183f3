import type { HTMLAttributes } from 'react';
import { classNames } from './class-names.ts';

export function UnorderedList({ className, ...props }: HTMLAttributes<HTMLUListElement>) {
  return <ul {...props} className={classNames('utrecht-unordered-list', className)} />;
}

export function UnorderedListItem({ className, ...props }: HTMLAttributes<HTMLLIElement>) {
  return <li {...props} className={classNames('utrecht-unordered-list__item', className)} />;
}
