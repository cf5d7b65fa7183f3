import { type AccessLogEntry, type AccessVisit, Role } from '@een-plan/contracts';
import type { ConsentTextKey } from './use-consent-text.ts';

type Text = (key: ConsentTextKey, options?: Record<string, unknown>) => string;

const ROLES: ReadonlySet<string> = new Set(Role.options);

/** "Sanne de Vries (regisseur)"; the name alone when the role is unknown. */
function whoWords(visit: Pick<AccessVisit, 'who' | 'role'>, t: Text): string {
  if (!visit.role || !ROLES.has(visit.role)) return visit.who;
  const role = t(`accessWords.roles.${visit.role}` as ConsentTextKey);
  return t('accessWords.who', { name: visit.who, role });
}

function list(items: string[], language: string): string {
  return new Intl.ListFormat(language === 'en' ? 'en' : 'nl', { type: 'conjunction' }).format(items);
}

/**
 * What happened in a visit, as clauses in the order it happened: "bekeek uw gezinsplan en de
 * toestemmingen", "veranderde uw gezinsplan", "kreeg geen toegang tot …". Never an audit code.
 */
function visitClauses(entries: readonly AccessLogEntry[], t: Text, language: string): string[] {
  const oldestFirst = [...entries].reverse();
  const byVerb = new Map<string, string[]>();
  for (const e of oldestFirst) {
    const verb = e.outcome === 'success' ? e.activity.verb : 'refused';
    const topics = byVerb.get(verb) ?? [];
    if (!topics.includes(e.activity.topic)) topics.push(e.activity.topic);
    byVerb.set(verb, topics);
  }
  return [...byVerb].map(([verb, topics]) => {
    const what = list(
      topics.map((topic) => t(`accessWords.topics.${topic}` as ConsentTextKey)),
      language,
    );
    return verb === 'refused'
      ? t('accessWords.deniedClause', { what })
      : t(`accessWords.verbs.${verb}` as ConsentTextKey, { what });
  });
}

/** One line for a whole visit: "Sanne de Vries (regisseur) bekeek uw gezinsplan en de toestemmingen". */
export function visitSentence(visit: AccessVisit, t: Text, language: string): string {
  return t('accessWords.visit', {
    who: whoWords(visit, t),
    actions: list(visitClauses(visit.entries, t, language), language),
  });
}

/** One row of a visit, for the details: "bekeek uw gezinsplan". */
export function entryWords(entry: AccessLogEntry, t: Text, language: string): string {
  return visitClauses([entry], t, language)[0] ?? '';
}
