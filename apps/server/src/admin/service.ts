import type { AdminAreaList, PostcodeImport, ReferralSettings, SaveAreaRequest } from '@een-plan/contracts';
import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Db, Executor } from '../db/database.ts';
import { returnedRow } from '../db/rows.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import { loadReferralNorms, saveReferralNorms } from '../referrals/settings.ts';
import { area, areaPostcode, team } from '../tenancy/schema.ts';
import { detectSeparator, splitCsvLine } from './csv.ts';
import { type ImportProblem, postcodeImport } from './schema.ts';

export async function listAreas(db: Db, tenantId: string): Promise<AdminAreaList> {
  const teams = await db
    .select({ id: team.id, name: team.name })
    .from(team)
    .where(eq(team.tenantId, tenantId))
    .orderBy(asc(team.name))
    .limit(500);
  const areas = await db
    .select({ id: area.id, name: area.name, teamId: area.teamId })
    .from(area)
    .where(eq(area.tenantId, tenantId))
    .orderBy(asc(area.name))
    .limit(2000);
  const postcodes = await db
    .select({ areaId: areaPostcode.areaId, postcode4: areaPostcode.postcode4 })
    .from(areaPostcode)
    .where(eq(areaPostcode.tenantId, tenantId))
    .orderBy(asc(areaPostcode.postcode4))
    .limit(20_000);
  return {
    teams,
    areas: areas.map((a) => ({
      ...a,
      teamName: teams.find((x) => x.id === a.teamId)?.name ?? a.teamId,
      postcodes: postcodes.filter((p) => p.areaId === a.id).map((p) => p.postcode4),
    })),
  };
}

async function requireTeamExists(db: Executor, tenantId: string, teamId: string) {
  const [t] = await db
    .select({ id: team.id })
    .from(team)
    .where(and(eq(team.tenantId, tenantId), eq(team.id, teamId)))
    .limit(1);
  if (!t) throw new ProblemError('admin_unknown_team');
}

/** Creates or replaces an area: its name, team and exact postcode set (postcodes move here). */
export async function saveArea(
  db: Db,
  actor: Actor,
  areaId: string,
  input: SaveAreaRequest,
  requestId: string,
) {
  const postcodes = [...new Set(input.postcodes)];
  await db.transaction(async (tx) => {
    await requireTeamExists(tx, actor.tenantId, input.teamId);
    await tx
      .insert(area)
      .values({ tenantId: actor.tenantId, id: areaId, name: input.name, teamId: input.teamId })
      .onConflictDoUpdate({
        target: [area.tenantId, area.id],
        set: { name: input.name, teamId: input.teamId },
      });
    await tx
      .delete(areaPostcode)
      .where(
        and(
          eq(areaPostcode.tenantId, actor.tenantId),
          eq(areaPostcode.areaId, areaId),
          postcodes.length > 0 ? notInArray(areaPostcode.postcode4, postcodes) : undefined,
        ),
      );
    if (postcodes.length > 0) {
      await tx
        .insert(areaPostcode)
        .values(postcodes.map((postcode4) => ({ tenantId: actor.tenantId, postcode4, areaId })))
        .onConflictDoUpdate({ target: [areaPostcode.tenantId, areaPostcode.postcode4], set: { areaId } });
    }
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor,
      action: 'area.save',
      outcome: 'success',
      subjectType: 'area',
      subjectId: areaId,
      requestId,
      details: { teamId: input.teamId, postcodes: postcodes.length },
    });
  });
}

const problemText = {
  columns: () => ({
    nl: 'Verwacht drie kolommen: postcode4, area, team.',
    en: 'Expected three columns: postcode4, area, team.',
  }),
  postcode: (d) => ({
    nl: `"${d}" is geen postcode van vier cijfers.`,
    en: `"${d}" is not a four-digit postcode.`,
  }),
  area_missing: () => ({ nl: 'De naam van het gebied ontbreekt.', en: 'The area name is missing.' }),
  unknown_team: (d) => ({ nl: `Team "${d}" bestaat niet.`, en: `Team "${d}" does not exist.` }),
  duplicate_postcode: (d) => ({
    nl: `Postcode ${d} staat al eerder in het bestand bij een ander gebied.`,
    en: `Postcode ${d} appears earlier in the file with another area.`,
  }),
  area_team_conflict: (d) => ({
    nl: `Gebied "${d}" staat in het bestand bij twee verschillende teams.`,
    en: `Area "${d}" appears in the file with two different teams.`,
  }),
  header: () => ({
    nl: 'De eerste regel moet de kopregel zijn: postcode4,area,team.',
    en: 'The first line must be the header: postcode4,area,team.',
  }),
} satisfies Record<string, (detail: string) => { nl: string; en: string }>;

const MAX_PROBLEMS = 500;
const BATCH = 500;

interface ParsedLine {
  line: number;
  postcode4: string;
  areaName: string;
  teamId: string;
}

/** Starts an import: stores its job row and processes it in the background in batches. */
export async function startPostcodeImport(
  db: Db,
  actor: Actor,
  csv: string,
  requestId: string,
  log: { error: (obj: object, msg: string) => void },
): Promise<PostcodeImport> {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
  while (lines.at(-1)?.trim() === '') lines.pop();
  if (lines.length < 2) throw new ProblemError('admin_import_empty');
  const id = `imp-${crypto.randomUUID()}`;
  const [row] = await db
    .insert(postcodeImport)
    .values({
      tenantId: actor.tenantId,
      id,
      createdBy: actor.userId,
      status: 'validating',
      totalLines: lines.length - 1,
      problems: [],
    })
    .returning();
  await recordAudit(db, {
    tenantId: actor.tenantId,
    actor,
    action: 'area.import_started',
    outcome: 'success',
    subjectType: 'postcode_import',
    subjectId: id,
    requestId,
    details: { lines: lines.length - 1 },
  });
  void processImport(db, actor, id, lines).catch(async (error: unknown) => {
    log.error({ err: { message: (error as Error).message }, importId: id }, 'postcode import failed');
    await db
      .update(postcodeImport)
      .set({ status: 'failed', finishedAt: new Date() })
      .where(and(eq(postcodeImport.tenantId, actor.tenantId), eq(postcodeImport.id, id)));
  });
  return toImport(returnedRow(row ? [row] : [], 'import'));
}

const yieldToEventLoop = () => new Promise((resolve) => setImmediate(resolve));

async function processImport(db: Db, actor: Actor, id: string, lines: string[]) {
  const tenantId = actor.tenantId;
  const where = and(eq(postcodeImport.tenantId, tenantId), eq(postcodeImport.id, id));
  const headerLine = lines[0] ?? '';
  const separator = detectSeparator(headerLine);
  const problems: ImportProblem[] = [];
  const addProblem = (line: number, code: keyof typeof problemText, detail = '') => {
    if (problems.length < MAX_PROBLEMS) problems.push({ line, code, message: problemText[code](detail) });
  };
  const header = splitCsvLine(headerLine, separator).map((h) => h.toLowerCase());
  if (header.join(',') !== 'postcode4,area,team') addProblem(1, 'header');

  const teams = await db
    .select({ id: team.id, name: team.name })
    .from(team)
    .where(eq(team.tenantId, tenantId));
  const teamByKey = new Map<string, string>();
  for (const t of teams) {
    teamByKey.set(t.id.toLowerCase(), t.id);
    teamByKey.set(t.name.toLowerCase(), t.id);
  }
  const parsed: ParsedLine[] = [];
  const areaOfPostcode = new Map<string, string>();
  const teamOfArea = new Map<string, string>();
  for (let i = 1; i < lines.length; i++) {
    const lineNo = i + 1;
    const text = lines[i] ?? '';
    if (text.trim() === '') continue;
    const fields = splitCsvLine(text, separator);
    if (fields.length !== 3) {
      addProblem(lineNo, 'columns');
      continue;
    }
    const [pc, areaName, teamKey] = fields as [string, string, string];
    let ok = true;
    if (!/^[1-9]\d{3}$/.test(pc)) {
      addProblem(lineNo, 'postcode', pc.slice(0, 20));
      ok = false;
    }
    if (areaName === '' || areaName.length > 100) {
      addProblem(lineNo, 'area_missing');
      ok = false;
    }
    const teamId = teamByKey.get(teamKey.toLowerCase());
    if (!teamId) {
      addProblem(lineNo, 'unknown_team', teamKey.slice(0, 60));
      ok = false;
    }
    if (!ok || !teamId) continue;
    const areaKey = areaName.toLowerCase();
    const seenArea = areaOfPostcode.get(pc);
    if (seenArea !== undefined && seenArea !== areaKey) {
      addProblem(lineNo, 'duplicate_postcode', pc);
      continue;
    }
    const seenTeam = teamOfArea.get(areaKey);
    if (seenTeam !== undefined && seenTeam !== teamId) {
      addProblem(lineNo, 'area_team_conflict', areaName.slice(0, 60));
      continue;
    }
    areaOfPostcode.set(pc, areaKey);
    teamOfArea.set(areaKey, teamId);
    parsed.push({ line: lineNo, postcode4: pc, areaName, teamId });
    if (i % 5000 === 0) {
      await db.update(postcodeImport).set({ processedLines: i }).where(where);
      await yieldToEventLoop();
    }
  }
  if (problems.length > 0) {
    // Nothing is applied from a file with problems: fix the lines and import again.
    await db
      .update(postcodeImport)
      .set({ status: 'invalid', problems, processedLines: lines.length - 1, finishedAt: new Date() })
      .where(where);
    return;
  }
  await db.update(postcodeImport).set({ status: 'applying', processedLines: 0 }).where(where);

  // Areas first (by name, case-insensitive): create missing ones, set the team of existing ones.
  const areaIdByKey = new Map<string, string>();
  const areaIdOf = (areaName: string) => {
    const areaId = areaIdByKey.get(areaName.toLowerCase());
    if (areaId === undefined) throw new Error('every imported area has an id once the areas are saved');
    return areaId;
  };
  let areasCreated = 0;
  await db.transaction(async (tx) => {
    const existing = await tx
      .select({ id: area.id, name: area.name })
      .from(area)
      .where(eq(area.tenantId, tenantId));
    const usedIds = new Set(existing.map((a) => a.id));
    for (const [key, teamId] of teamOfArea) {
      const name = parsed.find((p) => p.areaName.toLowerCase() === key)?.areaName ?? key;
      const found = existing.find((a) => a.name.toLowerCase() === key);
      if (found) {
        await tx
          .update(area)
          .set({ teamId })
          .where(and(eq(area.tenantId, tenantId), eq(area.id, found.id)));
        areaIdByKey.set(key, found.id);
      } else {
        const base = `area-${
          key
            .normalize('NFD')
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, '') || 'gebied'
        }`;
        let candidate = base;
        for (let n = 2; usedIds.has(candidate); n++) candidate = `${base}-${n}`;
        usedIds.add(candidate);
        await tx.insert(area).values({ tenantId, id: candidate, name, teamId });
        areaIdByKey.set(key, candidate);
        areasCreated++;
      }
    }
  });

  let created = 0;
  let moved = 0;
  let unchanged = 0;
  for (let start = 0; start < parsed.length; start += BATCH) {
    const batch = parsed.slice(start, start + BATCH);
    await db.transaction(async (tx) => {
      const current = await tx
        .select({ postcode4: areaPostcode.postcode4, areaId: areaPostcode.areaId })
        .from(areaPostcode)
        .where(
          and(
            eq(areaPostcode.tenantId, tenantId),
            inArray(
              areaPostcode.postcode4,
              batch.map((b) => b.postcode4),
            ),
          ),
        );
      const currentArea = new Map(current.map((c) => [c.postcode4, c.areaId]));
      const values = batch.map((b) => ({
        tenantId,
        postcode4: b.postcode4,
        areaId: areaIdOf(b.areaName),
      }));
      for (const v of values) {
        const was = currentArea.get(v.postcode4);
        if (was === undefined) created++;
        else if (was === v.areaId) unchanged++;
        else moved++;
      }
      await tx
        .insert(areaPostcode)
        .values(values)
        .onConflictDoUpdate({
          target: [areaPostcode.tenantId, areaPostcode.postcode4],
          set: { areaId: sql`excluded.area_id` },
        });
      await tx
        .update(postcodeImport)
        .set({
          processedLines: Math.min(start + BATCH, parsed.length),
          created,
          moved,
          unchanged,
          areasCreated,
        })
        .where(where);
    });
    await yieldToEventLoop();
  }
  await db
    .update(postcodeImport)
    .set({
      status: 'done',
      processedLines: lines.length - 1,
      created,
      moved,
      unchanged,
      areasCreated,
      finishedAt: new Date(),
    })
    .where(where);
  await recordAudit(db, {
    tenantId,
    actor,
    action: 'area.import_applied',
    outcome: 'success',
    subjectType: 'postcode_import',
    subjectId: id,
    details: { created, moved, unchanged, areasCreated },
  });
}

function toImport(row: typeof postcodeImport.$inferSelect): PostcodeImport {
  return {
    id: row.id,
    status: row.status as PostcodeImport['status'],
    totalLines: row.totalLines,
    processedLines: row.processedLines,
    created: row.created,
    moved: row.moved,
    unchanged: row.unchanged,
    areasCreated: row.areasCreated,
    problems: row.problems,
  };
}

export async function getPostcodeImport(db: Db, tenantId: string, id: string): Promise<PostcodeImport> {
  const [row] = await db
    .select()
    .from(postcodeImport)
    .where(and(eq(postcodeImport.tenantId, tenantId), eq(postcodeImport.id, id)))
    .limit(1);
  if (!row) throw new ProblemError('not_found');
  return toImport(row);
}

export async function getReferralSettings(db: Db, tenantId: string): Promise<ReferralSettings> {
  const norms = await loadReferralNorms(db, tenantId);
  return {
    fallbackTeamId: norms.fallbackTeamId ?? '',
    firstContactNormDays: norms.firstContactNormDays,
    urgentFirstContactNormDays: norms.urgentFirstContactNormDays,
    reminderLeadDays: norms.reminderLeadDays,
    version: norms.version,
  };
}

export async function saveReferralSettings(db: Db, actor: Actor, input: ReferralSettings, requestId: string) {
  return db.transaction(async (tx) => {
    await requireTeamExists(tx, actor.tenantId, input.fallbackTeamId);
    const current = await loadReferralNorms(tx, actor.tenantId);
    if (current.version !== input.version) {
      throw new ProblemError('version_conflict', undefined, undefined, current.version);
    }
    const values = {
      fallbackTeamId: input.fallbackTeamId,
      firstContactNormDays: input.firstContactNormDays,
      urgentFirstContactNormDays: input.urgentFirstContactNormDays,
      reminderLeadDays: input.reminderLeadDays,
      version: current.version + 1,
    };
    await saveReferralNorms(tx, actor.tenantId, values);
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor,
      action: 'referral_settings.save',
      outcome: 'success',
      subjectType: 'tenant',
      subjectId: actor.tenantId,
      requestId,
    });
    return getReferralSettings(tx as unknown as Db, actor.tenantId);
  });
}
