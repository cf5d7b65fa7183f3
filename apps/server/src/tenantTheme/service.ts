import {
  contrastFailures,
  type SaveThemeRequest,
  type TenantTheme,
  type ThemeTokens,
} from '@een-plan/contracts';
import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Db, Executor } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import { tenantName } from '../tenancy/organisations.ts';
import { assertValidLogo } from './logo.ts';
import { tenantTheme } from './schema.ts';

export async function getTenantTheme(db: Executor, tenantId: string): Promise<TenantTheme> {
  const [name, [row]] = await Promise.all([
    tenantName(db, tenantId),
    db
      .select({ name: tenantTheme.name, logo: tenantTheme.logo, tokens: tenantTheme.tokens })
      .from(tenantTheme)
      .where(eq(tenantTheme.tenantId, tenantId))
      .limit(1),
  ]);
  if (name === undefined) throw new ProblemError('not_found');
  return {
    tenantId,
    name: row?.name ?? name,
    logo: row?.logo ?? null,
    tokens: row?.tokens ?? {},
    custom: (row?.tokens ?? null) !== null,
  };
}

function assertReadable(tokens: ThemeTokens) {
  const failures = contrastFailures(tokens);
  if (failures.length === 0) return;
  const ratio = (r: number, decimal: string) => r.toFixed(2).replace('.', decimal);
  throw new ProblemError(
    'theme_contrast_too_low',
    failures.map((f) => `${f.name.en}: ${ratio(f.ratio, '.')}:1`).join('; '),
    failures.map((f) => ({
      path: `body.tokens.${f.text}`,
      code: 'theme_contrast_too_low',
      message: {
        nl: `Contrast te laag voor ${f.name.nl}: ${ratio(f.ratio, ',')}:1, minimaal 4,5:1 (${f.text} op ${f.background}).`,
        en: `Contrast too low for ${f.name.en}: ${ratio(f.ratio, '.')}:1, at least 4.5:1 (${f.text} on ${f.background}).`,
      },
    })),
  );
}

export async function saveTenantTheme(db: Db, actor: Actor, input: SaveThemeRequest, requestId: string) {
  assertReadable(input.tokens);
  if (input.logo) assertValidLogo(input.logo);
  return db.transaction(async (tx) => {
    const values = { name: input.name, logo: input.logo, tokens: input.tokens, updatedBy: actor.userId };
    const [saved] = await tx
      .insert(tenantTheme)
      .values({ tenantId: actor.tenantId, ...values })
      .onConflictDoUpdate({
        target: [tenantTheme.tenantId],
        set: { ...values, updatedAt: new Date(), version: sql`${tenantTheme.version} + 1` },
      })
      .returning({ version: tenantTheme.version });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor,
      action: 'tenant_theme.save',
      outcome: 'success',
      subjectType: 'tenant',
      subjectId: actor.tenantId,
      requestId,
      details: { version: saved?.version ?? 1, logo: input.logo !== null },
    });
    return getTenantTheme(tx, actor.tenantId);
  });
}

/** Back to the open default theme. */
export async function resetTenantTheme(db: Db, actor: Actor, requestId: string) {
  return db.transaction(async (tx) => {
    await tx.delete(tenantTheme).where(eq(tenantTheme.tenantId, actor.tenantId));
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor,
      action: 'tenant_theme.reset',
      outcome: 'success',
      subjectType: 'tenant',
      subjectId: actor.tenantId,
      requestId,
    });
    return getTenantTheme(tx, actor.tenantId);
  });
}
