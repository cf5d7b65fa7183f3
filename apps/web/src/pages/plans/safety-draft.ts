import type { SafetyPlanView, SafetySectionInput } from '@een-plan/contracts';

/** The form's state: the section as the PUT body, with every select as one string. */
export interface SafetyDraft {
  version: number;
  worries: Array<{ id?: string; kind: 'harm' | 'danger'; text: string }>;
  strengths: Array<{ id?: string; text: string }>;
  goals: Array<{ id?: string; text: string; setBy: 'plan' | 'veilig_thuis' | 'certified_institution' }>;
  networkRoles: Array<{ id?: string; networkMemberId: string; task: string }>;
  /** checker: `${kind}:${ref}` of an owner option, '' until chosen. */
  checks: Array<{ id?: string; description: string; dueDate: string; checker: string }>;
}

export function safetyDraftOf(view: SafetyPlanView): SafetyDraft {
  const s = view.section;
  return {
    version: view.version,
    worries: s.worries.map((w) => ({ id: w.id, kind: w.kind, text: w.text })),
    strengths: s.strengths.map((x) => ({ id: x.id, text: x.text })),
    goals: s.goals.map((g) => ({ id: g.id, text: g.text, setBy: g.setBy })),
    networkRoles: s.networkRoles.map((r) => ({ id: r.id, networkMemberId: r.networkMemberId, task: r.task })),
    checks: s.checks.map((c) => ({
      id: c.id,
      description: c.description,
      dueDate: c.dueDate,
      checker: `${c.checker.kind}:${c.checker.ref}`,
    })),
  };
}

export type SafetyErrors = Record<string, 'required' | 'choose' | 'date'>;

/** What the server would refuse, said before sending: empty texts, nobody chosen, no date. */
export function validateSafetyDraft(d: SafetyDraft): SafetyErrors {
  const e: SafetyErrors = {};
  const blank = (v: string) => v.trim() === '';
  for (const list of ['worries', 'strengths', 'goals'] as const) {
    d[list].forEach((x, i) => {
      if (blank(x.text)) e[`${list}.${i}.text`] = 'required';
    });
  }
  d.networkRoles.forEach((r, i) => {
    if (!r.networkMemberId) e[`networkRoles.${i}.networkMemberId`] = 'choose';
    if (blank(r.task)) e[`networkRoles.${i}.task`] = 'required';
  });
  d.checks.forEach((c, i) => {
    if (blank(c.description)) e[`checks.${i}.description`] = 'required';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(c.dueDate)) e[`checks.${i}.dueDate`] = 'date';
    if (!c.checker) e[`checks.${i}.checker`] = 'choose';
  });
  return e;
}

export function safetyInputOf(d: SafetyDraft): SafetySectionInput {
  return {
    ...d,
    checks: d.checks.map((c) => {
      const [kind, ...ref] = c.checker.split(':');
      return {
        id: c.id,
        description: c.description,
        dueDate: c.dueDate,
        checker: { kind: kind as 'professional' | 'network_member' | 'household_member', ref: ref.join(':') },
      };
    }),
  };
}
