import type { PostcodeImport } from '@een-plan/contracts';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { returnedRow } from '../db/rows.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import { areasOfPostcodes, listAreaRows, listTeams, putArea, setPostcodeAreas } from '../tenancy/areas.ts';
import { checkLines } from './postcode-import-lines.ts';
import { postcodeImport } from './schema.ts';

const BATCH = 500;

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
  const { parsed, problems, teamOfArea } = await checkLines(
    lines,
    await listTeams(db, tenantId),
    async (i) => {
      await db.update(postcodeImport).set({ processedLines: i }).where(where);
      await yieldToEventLoop();
    },
  );
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
    const existing = await listAreaRows(tx, tenantId);
    const usedIds = new Set(existing.map((a) => a.id));
    for (const [key, teamId] of teamOfArea) {
      const name = parsed.find((p) => p.areaName.toLowerCase() === key)?.areaName ?? key;
      const found = existing.find((a) => a.name.toLowerCase() === key);
      if (found) {
        await putArea(tx, tenantId, { id: found.id, name: found.name, teamId }, true);
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
        await putArea(tx, tenantId, { id: candidate, name, teamId }, false);
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
      const currentArea = await areasOfPostcodes(
        tx,
        tenantId,
        batch.map((b) => b.postcode4),
      );
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
      await setPostcodeAreas(tx, values);
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
    status: row.status,
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
