import { randomUUID } from 'node:crypto';
import type { PlanContentInput as PlanContentSchema, PlanGoal, PlanSnapshot } from '@een-plan/contracts';
import type { z } from 'zod';
import type { Executor } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import { lifeDomainCodes } from '../tenancy/life-domains.ts';
import type { HouseholdFacts } from './access.ts';

/** Plan content as the edge validated it (defaults applied). */
export type ParsedContent = z.output<typeof PlanContentSchema>;
/** The actions' owners the content names by reference: professionals (users) and providers (organisations). */
export function ownerRefs(input: ParsedContent): { userRefs: string[]; orgRefs: string[] } {
  const of = (kind: string) =>
    input.goals.flatMap((g) => g.actions.filter((a) => a.owner.kind === kind).map((a) => a.owner.ref));
  return { userRefs: of('professional'), orgRefs: of('provider') };
}

/**
 * Checks references (life domains, owners, members, ids) and fills owner labels; 422 on errors.
 * `existing`: the ids of the plan's stored goals and actions (a kept id must be one of them).
 * `names`: the names of the `ownerRefs` that exist (professionals, providers), by id.
 */
export async function resolveContent(
  db: Executor,
  h: HouseholdFacts,
  existing: { goals: Array<{ id: string; actions: Array<{ id: string }> }> },
  input: ParsedContent,
  names: { users: Record<string, string>; orgs: Record<string, string> },
): Promise<PlanSnapshot> {
  const errors: Array<{ path: string; code: string; message: { nl: string; en: string } }> = [];
  const domains = await lifeDomainCodes(db);
  const goalIds = new Set(existing.goals.map((g) => g.id));
  const actionIds = new Set(existing.goals.flatMap((g) => g.actions.map((a) => a.id)));
  const members = new Map(h.members.map((m) => [m.personId, m]));
  const users = new Map(Object.entries(names.users));
  const orgs = new Map(Object.entries(names.orgs));
  const seen = new Set<string>();
  const err = (path: string, nl: string, en: string) =>
    errors.push({ path, code: 'invalid_reference', message: { nl, en } });
  const goals: PlanGoal[] = input.goals.map((g, gi) => {
    const gPath = `body.goals.${gi}`;
    if (g.id && (!goalIds.has(g.id) || seen.has(g.id)))
      err(`${gPath}.id`, 'Dit doel hoort niet bij dit plan.', 'This goal does not belong to this plan.');
    const goalId = g.id && goalIds.has(g.id) ? g.id : randomUUID();
    seen.add(goalId);
    if (!domains.has(g.domainCode))
      err(`${gPath}.domainCode`, 'Kies een bestaand leefgebied.', 'Choose an existing life domain.');
    for (const [pi, pid] of g.concernsPersonIds.entries()) {
      if (!members.has(pid))
        err(
          `${gPath}.concernsPersonIds.${pi}`,
          'Deze persoon hoort niet bij het huishouden.',
          'This person is not a member of the household.',
        );
    }
    if (g.targetDate === undefined) g.targetDate = null;
    return {
      id: goalId,
      domainCode: g.domainCode,
      description: g.description,
      achievedWhen: g.achievedWhen,
      priority: g.priority,
      targetDate: g.targetDate ?? null,
      concernsPersonIds: g.concernsPersonIds,
      actions: g.actions.map((a, ai) => {
        const aPath = `${gPath}.actions.${ai}`;
        if (a.id && (!actionIds.has(a.id) || seen.has(a.id)))
          err(
            `${aPath}.id`,
            'Deze actie hoort niet bij dit plan.',
            'This action does not belong to this plan.',
          );
        const actionId = a.id && actionIds.has(a.id) ? a.id : randomUUID();
        seen.add(actionId);
        let label = a.owner.label?.trim() ?? '';
        switch (a.owner.kind) {
          case 'household_member': {
            const m = members.get(a.owner.ref);
            if (!m)
              err(
                `${aPath}.owner.ref`,
                'Deze persoon hoort niet bij het huishouden.',
                'This person is not a member of the household.',
              );
            else label = m.firstName;
            break;
          }
          case 'professional': {
            const name = users.get(a.owner.ref);
            if (!name)
              err(
                `${aPath}.owner.ref`,
                'Deze professional bestaat niet.',
                'This professional does not exist.',
              );
            else label = name;
            break;
          }
          case 'provider': {
            const name = orgs.get(a.owner.ref);
            if (!name)
              err(
                `${aPath}.owner.ref`,
                'Deze organisatie bestaat niet.',
                'This organisation does not exist.',
              );
            else label = name;
            break;
          }
          default:
            if (!label)
              err(
                `${aPath}.owner.label`,
                'Vul de naam van de uitvoerder in.',
                'Enter the name of the owner.',
              );
        }
        if (a.startDate && a.endDate && a.endDate < a.startDate) {
          err(
            `${aPath}.endDate`,
            'De einddatum ligt voor de startdatum.',
            'The end date is before the start date.',
          );
        }
        return {
          id: actionId,
          goalId,
          description: a.description,
          owner: { kind: a.owner.kind, ref: a.owner.ref, label },
          level: a.level,
          startDate: a.startDate ?? null,
          endDate: a.endDate ?? null,
          status: a.status,
        };
      }),
    };
  });
  if (errors.length > 0) throw new ProblemError('validation_failed', undefined, errors);
  return { vision: input.vision, goals };
}
