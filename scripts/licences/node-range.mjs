/**
 * Does a package's `engines.node` range admit a Node version? A small subset of semver ranges
 * (the forms packages use for engines: `||`, comparators, `^`, `~`, x-ranges, hyphen ranges), so
 * the check needs no dependency of its own.
 */

function parseVersion(text) {
  const [major = 0, minor = 0, patch = 0] = text
    .replace(/^v/, '')
    .split('-')[0]
    .split('.')
    .map((part) => (/^[x*]$/i.test(part) ? 0 : Number(part)));
  return [major, minor, patch];
}

function compare(a, b) {
  for (let i = 0; i < 3; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

/** Number of version parts given: "20" → 1, "20.19" → 2, "20.x" → 1. */
function precision(text) {
  return text
    .replace(/^v/, '')
    .split('.')
    .filter((part) => part !== '' && !/^[x*]$/i.test(part)).length;
}

function bumped(version, parts) {
  if (parts <= 1) return [version[0] + 1, 0, 0];
  return [version[0], version[1] + 1, 0];
}

/** One comparator set (space-separated, all must hold) as [lower, upper] checks. */
function comparatorHolds(comparator, version) {
  const match = /^(>=|<=|>|<|=|\^|~)?\s*(.*)$/.exec(comparator);
  const operator = match?.[1] ?? '';
  const text = match?.[2] ?? '';
  if (text === '' || text === '*' || /^x$/i.test(text)) return true;
  const bound = parseVersion(text);
  const c = compare(version, bound);
  switch (operator) {
    case '>=':
      return c >= 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    case '<':
      return c < 0;
    case '^': {
      const upper = bound[0] > 0 ? [bound[0] + 1, 0, 0] : [0, bound[1] + 1, 0];
      return c >= 0 && compare(version, upper) < 0;
    }
    case '~':
      return c >= 0 && compare(version, bumped(bound, Math.min(precision(text), 2))) < 0;
    default: {
      const parts = precision(text);
      if (parts >= 3) return c === 0;
      return c >= 0 && compare(version, bumped(bound, parts)) < 0;
    }
  }
}

export function rangeAdmits(range, versionText) {
  const version = parseVersion(versionText);
  return range.split('||').some((alternative) => {
    const trimmed = alternative.trim();
    const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(trimmed);
    if (hyphen) {
      return comparatorHolds(`>=${hyphen[1]}`, version) && comparatorHolds(`<=${hyphen[2]}`, version);
    }
    const comparators = trimmed.replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1').split(/\s+/);
    return comparators.every((comparator) => comparatorHolds(comparator, version));
  });
}

/** The lowest version a `>=x.y` engines range names (the project's own support promise). */
export function lowestVersion(range) {
  const match = />=\s*v?(\d+(?:\.\d+){0,2})/.exec(range);
  if (!match) throw new Error(`engines.node "${range}" does not name a lowest version (>=x.y)`);
  return parseVersion(match[1]).join('.');
}
