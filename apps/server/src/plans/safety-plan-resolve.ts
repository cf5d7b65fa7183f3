import { randomUUID } from 'node:crypto';
import type { SafetySection, SafetySectionInput as Schema } from '@een-plan/contracts';
import type { z } from 'zod';
import { findProfessionalNames } from '../auth/users.ts';
import type { Executor } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import { listActiveNetworkNames } from '../network/service.ts';
import type { HouseholdFacts } from './access.ts';

export type ParsedSafetyInput = z.output<typeof Schema>;
type ProblemItem = { path: string; code: string; message: { nl: string; en: string } };

/** Keeps a known id, gives a new item a new one (ids are the server's, like goals and actions). */
function idFor(id: string | undefined, known: Set<string>) {
  return id && known.has(id) ? id : randomUUID();
}

/**
 * The coordinator's edit checked against what exists: the bottom-line conditions of Veilig Thuis
 * and the GI must come back exactly as they are (nobody but their setter changes them), network
 * roles name an active network member, checkers are known. 422 with every problem at once.
 */
export async function resolveSafetyInput(
  db: Executor,
  tenantId: string,
  h: HouseholdFacts,
  existing: SafetySection,
  input: ParsedSafetyInput,
): Promise<SafetySection> {
  const errors: ProblemItem[] = [];
  const err = (path: string, code: string, nl: string, en: string) =>
    errors.push({ path, code, message: { nl, en } });
  const conditions = existing.goals.filter((g) => g.setBy !== 'plan');
  for (const c of conditions) {
    const back = input.goals.find((g) => g.id === c.id);
    if (!back || back.text !== c.text || back.setBy !== c.setBy)
      err(
        'body.goals',
        'safety_condition_locked',
        'Een voorwaarde van Veilig Thuis of de gecertificeerde instelling kan alleen door hen worden veranderd.',
        'A condition set by Veilig Thuis or the certified institution can only be changed by them.',
      );
  }
  for (const [i, g] of input.goals.entries()) {
    if (g.setBy !== 'plan' && !conditions.some((c) => c.id === g.id))
      err(
        `body.goals.${i}.setBy`,
        'safety_condition_locked',
        'Alleen Veilig Thuis of de gecertificeerde instelling stelt een voorwaarde.',
        'Only Veilig Thuis or the certified institution sets a condition.',
      );
  }
  const network = new Map((await listActiveNetworkNames(db, tenantId, h.id)).map((n) => [n.id, n.name]));
  const members = new Map(h.members.map((m) => [m.personId, m.firstName]));
  const pros = new Map(
    (
      await findProfessionalNames(
        db,
        tenantId,
        input.checks.filter((c) => c.checker.kind === 'professional').map((c) => c.checker.ref),
      )
    ).map((u) => [u.id, u.displayName]),
  );
  for (const [i, r] of input.networkRoles.entries())
    if (!network.has(r.networkMemberId))
      err(
        `body.networkRoles.${i}.networkMemberId`,
        'invalid_reference',
        'Kies iemand uit het netwerk van het gezin.',
        "Choose someone from the family's network.",
      );
  const labelOf = (kind: string, ref: string) =>
    (kind === 'professional' ? pros : kind === 'network_member' ? network : members).get(ref);
  for (const [i, c] of input.checks.entries())
    if (labelOf(c.checker.kind, c.checker.ref) === undefined)
      err(
        `body.checks.${i}.checker`,
        'invalid_reference',
        'Kies wie dit controleert.',
        'Choose who checks this.',
      );
  if (errors.some((e) => e.code === 'safety_condition_locked'))
    throw new ProblemError('safety_condition_locked', undefined, errors);
  if (errors.length > 0) throw new ProblemError('validation_failed', undefined, errors);
  const ids = (items: Array<{ id: string }>) => new Set(items.map((x) => x.id));
  const worryIds = ids(existing.worries);
  const strengthIds = ids(existing.strengths);
  const goalIds = ids(existing.goals);
  const roleIds = ids(existing.networkRoles);
  const checkIds = ids(existing.checks);
  return {
    worries: input.worries.map((w) => ({ id: idFor(w.id, worryIds), kind: w.kind, text: w.text })),
    strengths: input.strengths.map((s) => ({ id: idFor(s.id, strengthIds), text: s.text })),
    goals: input.goals.map((g) => ({
      id: g.setBy === 'plan' ? idFor(g.id, goalIds) : (g.id as string),
      text: g.text,
      setBy: g.setBy,
    })),
    networkRoles: input.networkRoles.map((r) => ({
      id: idFor(r.id, roleIds),
      networkMemberId: r.networkMemberId,
      label: network.get(r.networkMemberId) ?? '',
      task: r.task,
    })),
    checks: input.checks.map((c) => ({
      id: idFor(c.id, checkIds),
      description: c.description,
      dueDate: c.dueDate,
      checker: {
        kind: c.checker.kind,
        ref: c.checker.ref,
        label: labelOf(c.checker.kind, c.checker.ref) ?? '',
      },
    })),
  };
}
