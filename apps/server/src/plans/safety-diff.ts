import type { PlanDiff, SafetySection } from '@een-plan/contracts';
import { EMPTY_SAFETY_SECTION } from '@een-plan/contracts';

type Part = keyof SafetySection;
type SafetyDiff = NonNullable<PlanDiff['safety']>;

/** The fields of each part whose change the difference names. */
const FIELDS: { [P in Part]: readonly string[] } = {
  worries: ['kind', 'text'],
  strengths: ['text'],
  goals: ['text', 'setBy'],
  networkRoles: ['networkMemberId', 'task'],
  checks: ['description', 'dueDate', 'checker'],
};

/** A checker is who (kind and ref); its label is the name shown, which may be spelled anew. */
function comparable(field: string, v: unknown): unknown {
  if (field !== 'checker' || typeof v !== 'object' || v === null) return v;
  const { kind, ref } = v as { kind: unknown; ref: unknown };
  return { kind, ref };
}

/** The words that name an item in the difference. */
function textOf(part: Part, item: Record<string, unknown>): string {
  if (part === 'networkRoles') return `${String(item.label)}: ${String(item.task)}`;
  if (part === 'checks') return String(item.description);
  return String(item.text);
}

/** The safety section's items added, removed and changed between two versions, per part. */
export function diffSafety(a: SafetySection | undefined, b: SafetySection | undefined): SafetyDiff {
  const from = a ?? EMPTY_SAFETY_SECTION;
  const to = b ?? EMPTY_SAFETY_SECTION;
  const out: SafetyDiff = { added: [], removed: [], changed: [] };
  for (const part of Object.keys(FIELDS) as Part[]) {
    const before = new Map<string, Record<string, unknown>>(from[part].map((x) => [x.id, x]));
    const after = new Map<string, Record<string, unknown>>(to[part].map((x) => [x.id, x]));
    const item = (x: Record<string, unknown>) => ({ part, id: String(x.id), text: textOf(part, x) });
    for (const [id, x] of after) {
      const old = before.get(id);
      if (!old) {
        out.added.push(item(x));
        continue;
      }
      const changes = FIELDS[part]
        .filter((f) => JSON.stringify(comparable(f, old[f])) !== JSON.stringify(comparable(f, x[f])))
        .map((f) => ({ field: f, from: old[f], to: x[f] }));
      if (changes.length > 0) out.changed.push({ ...item(x), changes });
    }
    for (const [id, x] of before) if (!after.has(id)) out.removed.push(item(x));
  }
  return out;
}
