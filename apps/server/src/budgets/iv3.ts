/**
 * Iv3 task fields (taakvelden) of the municipal accounts for product categories. The default follows
 * the Iv3 structure of the social domain: help without stay → 6.72, help with stay → 6.74, child
 * protection and youth probation → 6.82 (see docs/decisions/0017). A tenant may move a category.
 */
import type { Iv3Mapping, Iv3MappingInput, Iv3TaskField } from '@een-plan/contracts';
import { JZ020_CODES } from '@een-plan/ijw';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { type Executor, inTransaction } from '../db/database.ts';
import type { RequestContext } from '../policy/request-context.ts';
import { iv3Mapping } from './schema.ts';

const WITH_STAY = new Set(['35', '36', '37', '38', '43', '44', '55']);
const ESCALATED = new Set(['47', '48', '49']);

function defaultTaskField(productCategory: string): Iv3TaskField {
  if (ESCALATED.has(productCategory)) return '6.82';
  if (WITH_STAY.has(productCategory)) return '6.74';
  return '6.72';
}

/** The tenant's mapping: its own entries over the default, for every JZ020 category. */
export async function loadIv3Mapping(db: Executor, tenantId: string): Promise<Iv3Mapping> {
  const own = await db
    .select({ productCategory: iv3Mapping.productCategory, taskField: iv3Mapping.taskField })
    .from(iv3Mapping)
    .where(eq(iv3Mapping.tenantId, tenantId))
    .limit(200);
  const mine = new Map(own.map((r) => [r.productCategory, r.taskField]));
  return {
    entries: JZ020_CODES.map((c) => ({
      productCategory: c,
      taskField: mine.get(c) ?? defaultTaskField(c),
      isDefault: !mine.has(c) || mine.get(c) === defaultTaskField(c),
    })),
  };
}

export function taskFieldOf(mapping: Iv3Mapping, productCategory: string): Iv3TaskField {
  return (
    mapping.entries.find((e) => e.productCategory === productCategory)?.taskField ??
    defaultTaskField(productCategory)
  );
}

/** Saves the entries that differ from the default (the rest follows the default). */
export async function saveIv3Mapping(
  db: Executor,
  ctx: RequestContext,
  input: Iv3MappingInput,
): Promise<Iv3Mapping> {
  const tenantId = ctx.actor.tenantId;
  const own = input.entries.filter((e) => e.taskField !== defaultTaskField(e.productCategory));
  await inTransaction(db, async (tx) => {
    await tx.delete(iv3Mapping).where(eq(iv3Mapping.tenantId, tenantId));
    if (own.length > 0) {
      await tx.insert(iv3Mapping).values(own.map((e) => ({ tenantId, ...e, updatedBy: ctx.actor.userId })));
    }
    await recordAudit(tx, {
      tenantId,
      actor: ctx.actor,
      action: 'iv3_mapping.save',
      outcome: 'success',
      requestId: ctx.requestId,
      clientAddress: ctx.clientAddress,
      details: { ownEntries: own.length },
    });
  });
  return loadIv3Mapping(db, tenantId);
}
