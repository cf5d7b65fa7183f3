import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { and, arrayContains, count, eq, notInArray, or, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../src/audit/schema.ts';
import {
  ACCESS_ACTIVITIES,
  activityOf,
  isWithheldFromFamily,
  NOT_ABOUT_A_HOUSEHOLD,
  WITHHELD_FROM_FAMILY,
} from '../src/consent/access-log-words.ts';
import { appOfFile } from './helpers/file-app.ts';

/**
 * Issue 13, edge 2: the family's access log in words, one line per visit (details on demand),
 * complete and paginated.
 */
const { app, as } = appOfFile();

/** A row about the Jansens alone, or a list event that showed them among others. */
const aboutJansen = () =>
  and(
    eq(auditLog.subjectType, 'household'),
    or(eq(auditLog.subjectId, 'hh-jansen'), arrayContains(auditLog.subjectIds, ['hh-jansen'])),
  );

function serverFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return serverFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

interface Entry {
  seq: number;
  action: string;
  outcome: string;
  basis: string;
  who: string;
  activity: { verb: string; topic: string };
}
interface Visit {
  id: string;
  who: string;
  role: string | null;
  outcome: string;
  bases: string[];
  entries: Entry[];
}

describe('every audit code the family can meet has words', () => {
  it('each audit action written by the server is in the words map (or never about a household)', () => {
    const src = join(import.meta.dirname, '../src');
    // Code only: comments may name columns or paths with dots.
    const files = serverFiles(src).map((f) =>
      readFileSync(f, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, ''),
    );
    // The namespaces audit actions use (`action: 'plan.read'`, `action: \`api_client.${…}\``) …
    const namespaces = new Set(
      files.flatMap((text) => [...text.matchAll(/action: ['`]([a-z_]+)\./g)].map((m) => m[1] as string)),
    );
    expect(namespaces.has('plan')).toBe(true);
    // … and every code literal in one of them, wherever it is written (also passed as an argument).
    const literal = /['`]([a-z_]+(?:\.[a-z_]+)+)['`]/g;
    const codes = new Set(
      files.flatMap((text) =>
        [...text.matchAll(literal)]
          .map((m) => m[1] as string)
          .filter((code) => namespaces.has(code.split('.')[0] as string)),
      ),
    );
    expect(codes.has('self_reliance.read')).toBe(true);
    expect(codes.has('consent.list')).toBe(true);
    const missing = [...codes].filter(
      (code) =>
        !(code in ACCESS_ACTIVITIES) &&
        !NOT_ABOUT_A_HOUSEHOLD.has(code) &&
        !isWithheldFromFamily(code) &&
        !NOT_ABOUT_A_HOUSEHOLD.has(code.split('.')[0] as string),
    );
    expect(missing).toEqual([]);
    for (const [code, activity] of Object.entries(ACCESS_ACTIVITIES)) {
      expect(activityOf(code), code).toEqual(activity);
    }
  });

  it('a code the map does not know yet still gets words, never itself', () => {
    expect(activityOf('plan.something_new')).toEqual({ verb: 'other', topic: 'plan' });
    expect(activityOf('future_module.read')).toEqual({ verb: 'viewed', topic: 'other' });
  });
});

describe('the family’s log groups a visit into one line', () => {
  it('the coordinator’s page visit is one visit with all its rows, in words', async () => {
    const sanne = await as('u-sanne');
    for (const url of [
      '/api/households/hh-jansen',
      '/api/households/hh-jansen/consents',
      '/api/households/hh-jansen/plan',
    ]) {
      expect((await sanne.request({ url })).statusCode).toBe(200);
    }
    const anouk = await as('u-anouk');
    const res = await anouk.request({ url: '/api/my/access-log' });
    expect(res.statusCode).toBe(200);
    const page = res.json() as { visits: Visit[]; entries: Entry[]; hasMore: boolean; pageSize: number };
    const [latest] = page.visits;
    expect(latest).toMatchObject({ who: 'Sanne de Vries', role: 'coordinator', outcome: 'success' });
    expect(latest?.bases).toEqual(['relationship']);
    const activities = latest?.entries.map((e) => `${e.activity.verb} ${e.activity.topic}`) ?? [];
    expect(activities).toContain('viewed consents');
    expect(activities).toContain('viewed plan');
    expect(latest?.entries.length).toBeGreaterThanOrEqual(3);
    // Every row of a visit has words for what happened (no raw fallbacks in the demo's log).
    for (const visit of page.visits) {
      for (const e of visit.entries) {
        expect(e.action in ACCESS_ACTIVITIES, e.action).toBe(true);
        expect(e.who, String(e.seq)).toBe(visit.who);
      }
    }
    // Nothing hidden: the visits hold exactly the flat entries, and all of the household's rows.
    expect(page.visits.flatMap((v) => v.entries.map((e) => e.seq))).toEqual(page.entries.map((e) => e.seq));
    const [total] = await app().database.db.select({ n: count() }).from(auditLog).where(aboutJansen());
    expect(page.hasMore).toBe(false);
    expect(page.entries).toHaveLength(total?.n ?? -1);
  });

  it('shows the family a caseload page or search that listed them, without the other households', async () => {
    const sanne = await as('u-sanne');
    expect((await sanne.request({ url: '/api/home' })).statusCode).toBe(200);
    const res = await (await as('u-anouk')).request({ url: '/api/my/access-log' });
    const page = res.json() as { visits: Visit[]; entries: Entry[] };
    // Read after the access log, which sealed the row first (decision 0047): it has its seq now.
    const [listed] = await app().database.ownerQuery<{ seq: string; n: number }>(
      `select seq::text, cardinality(subject_ids) as n from audit_log
        where action = 'household.list' and actor_user_id = 'u-sanne' and 'hh-jansen' = any(subject_ids)
        order by id desc limit 1`,
    );
    // One row named the Jansens among the rest of Sanne's caseload.
    expect(Number(listed?.n)).toBeGreaterThan(1);
    const entry = page.entries.find((e) => e.seq === Number(listed?.seq));
    expect(entry).toMatchObject({ action: 'household.list', who: 'Sanne de Vries' });
    expect(page.visits[0]?.entries.map((e) => e.seq)).toContain(Number(listed?.seq));
    // The family learns that it was listed, not who else was.
    expect(res.body).not.toContain('hh-ozturk');
  });

  it('withholds the meldcode and Veilig Thuis from the family: a track may be hidden from one of them', async () => {
    // The school may not open a track on a household it has no consent for: the refusal is about the
    // household, and would tell the family that someone tried.
    const school = await as('u-marloes');
    const refused = await school.request({
      method: 'POST',
      url: '/api/households/hh-jansen/safety/tracks',
      payload: { personId: 'p-tom' },
    });
    expect(refused.statusCode).toBe(404);
    const [written] = await app()
      .database.db.select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, 'hh-jansen'), eq(auditLog.action, 'meldcode.open')));
    expect(written?.n).toBeGreaterThan(0);
    const page = (await (await as('u-anouk')).request({ url: '/api/my/access-log' })).json() as {
      entries: Entry[];
    };
    expect(page.entries.filter((e) => isWithheldFromFamily(e.action))).toEqual([]);
    expect(page.entries.length).toBeGreaterThan(0);
  });

  it('a refused attempt is its own visit, marked refused', async () => {
    expect(
      (await (await as('u-fatima')).request({ url: '/api/shared/households/hh-jansen/plan' })).statusCode,
    ).toBe(404);
    const page = (await (await as('u-anouk')).request({ url: '/api/my/access-log' })).json();
    expect(page.visits[0]).toMatchObject({ who: 'Fatima El Amrani', outcome: 'denied', bases: [] });
    expect(page.visits[0].entries[0].activity).toEqual({ verb: 'viewed', topic: 'plan' });
  });

  it('pages by visits: alternating visitors make separate visits, none lost across pages', async () => {
    const sanne = await as('u-sanne');
    const fatima = await as('u-fatima');
    for (let i = 0; i < 12; i++) {
      await sanne.request({ url: '/api/households/hh-jansen/consents' });
      await fatima.request({ url: '/api/shared/households/hh-jansen/plan' });
    }
    const anouk = await as('u-anouk');
    const first = (await anouk.request({ url: '/api/my/access-log?page=1' })).json();
    expect(first.pageSize).toBe(20);
    expect(first.visits).toHaveLength(20);
    expect(first.hasMore).toBe(true);
    const rest: Visit[] = [];
    for (let p = 2; p < 10; p++) {
      const next = (await anouk.request({ url: `/api/my/access-log?page=${p}` })).json();
      rest.push(...next.visits);
      if (!next.hasMore) break;
    }
    const seqs = [...first.visits, ...rest].flatMap((v: Visit) => v.entries.map((e) => e.seq));
    expect(new Set(seqs).size).toBe(seqs.length);
    const [total] = await app()
      .database.db.select({ n: count() })
      .from(auditLog)
      .where(
        and(
          aboutJansen(),
          // Only what the family is shown: the meldcode and Veilig Thuis are withheld (test above).
          notInArray(sql`split_part(${auditLog.action}, '.', 1)`, [...WITHHELD_FROM_FAMILY]),
        ),
      );
    expect(seqs).toHaveLength(total?.n ?? -1);
    // Newest first across pages.
    expect([...seqs].sort((a, b) => b - a)).toEqual(seqs);
  });
});
