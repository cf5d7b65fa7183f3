/**
 * Element paths in the style of the official rules XSLT: `/Bericht/Client/ToegewezenProducten/
 * ToegewezenProduct[2]/Einddatum` — local names, 1-based position added only when an element has
 * same-named siblings.
 */

export interface PathSegment {
  name: string;
  /** 1-based position among same-named siblings. */
  index: number;
  /** Whether the element has same-named siblings (then the index is printed). */
  repeated: boolean;
}

export function formatPath(segments: readonly PathSegment[]): string {
  return `/${segments.map((s) => (s.repeated ? `${s.name}[${s.index}]` : s.name)).join('/')}`;
}

/**
 * Parses a path such as `/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]` or
 * `Client/ToegewezenProducten/ToegewezenProduct[2]` (the leading `/Bericht` is optional; a missing index
 * means 1).
 */
export function parsePath(path: string): { name: string; index: number }[] {
  const parts = path
    .split('/')
    .filter((p) => p !== '')
    .map((p) => {
      const [, name, index] = /^([A-Za-z_][\w.-]*)(?:\[(\d+)\])?$/.exec(p) ?? [];
      if (!name) throw new Error(`invalid iJw element path: ${path}`);
      return { name, index: index ? Number(index) : 1 };
    });
  if (parts[0]?.name === 'Bericht') parts.shift();
  return parts;
}

/** Canonical key for comparing paths: every segment with its index, without `/Bericht`. */
export function pathKey(path: string | readonly { name: string; index: number }[]): string {
  const all = typeof path === 'string' ? parsePath(path) : path;
  const parts = all[0]?.name === 'Bericht' ? all.slice(1) : all;
  return parts.map((p) => `${p.name}[${p.index}]`).join('/');
}
