/**
 * SPDX licence expressions and the OSI-approved licence ids the project accepts at runtime.
 * The list names only what the Open Source Initiative approved (https://opensource.org/licenses);
 * CC0-1.0 and other public-domain dedications that OSI did not approve are left out on purpose.
 */
const OSI_APPROVED = new Set([
  '0BSD',
  'AFL-3.0',
  'AGPL-3.0-only',
  'AGPL-3.0-or-later',
  'Apache-2.0',
  'Artistic-2.0',
  'BlueOak-1.0.0',
  'BSD-1-Clause',
  'BSD-2-Clause',
  'BSD-2-Clause-Patent',
  'BSD-3-Clause',
  'BSL-1.0',
  'CDDL-1.0',
  'ECL-2.0',
  'EPL-1.0',
  'EPL-2.0',
  'EUPL-1.1',
  'EUPL-1.2',
  'GPL-2.0-only',
  'GPL-2.0-or-later',
  'GPL-3.0-only',
  'GPL-3.0-or-later',
  'ISC',
  'LGPL-2.1-only',
  'LGPL-2.1-or-later',
  'LGPL-3.0-only',
  'LGPL-3.0-or-later',
  'MIT',
  'MIT-0',
  'MPL-2.0',
  'MS-PL',
  'NCSA',
  'OFL-1.1',
  'PostgreSQL',
  'Python-2.0',
  'UPL-1.0',
  'Unicode-3.0',
  'Unlicense',
  'W3C',
  'Zlib',
]);

/** Deprecated short ids (GPL-2.0, GPL-2.0+) still common in package.json files. */
const DEPRECATED_ALIASES = {
  'AGPL-3.0': 'AGPL-3.0-only',
  'GPL-2.0': 'GPL-2.0-only',
  'GPL-3.0': 'GPL-3.0-only',
  'LGPL-2.1': 'LGPL-2.1-only',
  'LGPL-3.0': 'LGPL-3.0-only',
  'Apache 2.0': 'Apache-2.0',
  'Apache License, Version 2.0': 'Apache-2.0',
};

function normaliseId(raw) {
  const plus = raw.endsWith('+');
  const id = plus ? raw.slice(0, -1) : raw;
  const known = [...OSI_APPROVED].find((x) => x.toLowerCase() === id.toLowerCase());
  const canonical = known ?? DEPRECATED_ALIASES[id] ?? id;
  if (plus && canonical.endsWith('-only')) return canonical.replace(/-only$/, '-or-later');
  return canonical;
}

function tokenize(expression) {
  return expression.match(/\(|\)|[^\s()]+/g) ?? [];
}

/**
 * Parses "(MIT OR Apache-2.0) AND BSD-3-Clause" into a tree; AND binds tighter than OR, and
 * "X WITH exception" is judged by X (OSI-approved exceptions do not take freedoms away).
 */
function parseExpression(expression) {
  const tokens = tokenize(expression);
  let position = 0;
  const peek = () => tokens[position];
  const next = () => tokens[position++];

  function primary() {
    const token = next();
    if (token === undefined) throw new Error(`incomplete licence expression "${expression}"`);
    if (token === '(') {
      const inner = orExpression();
      if (next() !== ')') throw new Error(`unbalanced parentheses in "${expression}"`);
      return inner;
    }
    if (/^(AND|OR|WITH|\))$/i.test(token)) throw new Error(`unexpected "${token}" in "${expression}"`);
    const node = { id: normaliseId(token) };
    if (peek()?.toUpperCase() === 'WITH') {
      next();
      node.exception = next();
    }
    return node;
  }
  function andExpression() {
    let left = primary();
    while (peek()?.toUpperCase() === 'AND') {
      next();
      left = { and: [left, primary()] };
    }
    return left;
  }
  function orExpression() {
    let left = andExpression();
    while (peek()?.toUpperCase() === 'OR') {
      next();
      left = { or: [left, andExpression()] };
    }
    return left;
  }

  const tree = orExpression();
  if (position !== tokens.length) throw new Error(`unexpected "${tokens[position]}" in "${expression}"`);
  return tree;
}

/** True when the expression lets us use the package under OSI-approved terms only. */
export function isOsiApproved(expression) {
  let tree;
  try {
    tree = parseExpression(expression);
  } catch {
    return false;
  }
  const judge = (node) => {
    if (node.or) return node.or.some(judge);
    if (node.and) return node.and.every(judge);
    return OSI_APPROVED.has(node.id);
  };
  return judge(tree);
}
