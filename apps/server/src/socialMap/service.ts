import type { SocialOffer, SocialOfferInput, SocialOfferPage, SocialOfferSearch } from '@een-plan/contracts';
import { and, asc, count, eq, type SQL, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Db, Executor } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/authorize.ts';
import { decideOfferEdit, offerMaintainerAfterSave } from '../policy/decide-social-map.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { areaNames } from '../tenancy/areas.ts';
import { unknownLifeDomains } from '../tenancy/life-domains.ts';
import { socialOffer } from './schema.ts';

type OfferRow = typeof socialOffer.$inferSelect;

const EDIT_ATTEMPT = {
  subjectType: 'social_offer',
  dataCategory: 'social_offer',
  purpose: 'social_map_maintenance',
};

async function findOfferRow(db: Executor, tenantId: string, id: string): Promise<OfferRow | undefined> {
  const [row] = await db
    .select()
    .from(socialOffer)
    .where(and(eq(socialOffer.tenantId, tenantId), eq(socialOffer.id, id)))
    .limit(1);
  return row;
}

/** Whether this actor may change an offer maintained by this organisation (shown as `editable`). */
function canEditOffer(actor: Actor, maintainerOrganisationId: string | null): boolean {
  return decideOfferEdit(actor, maintainerOrganisationId).allowed;
}

function toOffer(row: OfferRow, names: Map<string, string>, actor: Actor): SocialOffer {
  return {
    id: row.id,
    version: row.version,
    name: row.name,
    organisationName: row.organisationName,
    maintainerOrganisationId: row.maintainerOrganisationId,
    description: row.description,
    level: row.level as 0 | 1,
    lifeDomains: row.lifeDomains,
    minAge: row.minAge,
    maxAge: row.maxAge,
    areaIds: row.areaIds,
    areaNames: row.areaIds.map((id) => names.get(id) ?? id),
    costs: row.costs,
    phone: row.phone,
    email: row.email,
    website: row.website,
    address: row.address,
    openingHours: row.openingHours,
    editable: canEditOffer(actor, row.maintainerOrganisationId),
  };
}

/** Words of a free-text search as a prefix tsquery ("schuld hulp" → schuld:* & hulp:*). */
function prefixQuery(q: string): string | null {
  const words =
    q
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, 8) ?? [];
  return words.length === 0 ? null : words.map((w) => `${w}:*`).join(' & ');
}

export async function searchOffers(
  db: Db,
  actor: Actor,
  search: SocialOfferSearch,
): Promise<SocialOfferPage> {
  const conditions: SQL[] = [eq(socialOffer.tenantId, actor.tenantId)];
  const tsquery = search.q ? prefixQuery(search.q) : null;
  if (tsquery) conditions.push(sql`${socialOffer.searchVector} @@ to_tsquery('dutch', ${tsquery})`);
  if (search.domain) conditions.push(sql`${socialOffer.lifeDomains} @> array[${search.domain}]::text[]`);
  if (search.age !== undefined) {
    conditions.push(sql`(${socialOffer.minAge} is null or ${socialOffer.minAge} <= ${search.age})`);
    conditions.push(sql`(${socialOffer.maxAge} is null or ${socialOffer.maxAge} >= ${search.age})`);
  }
  if (search.areaId) {
    conditions.push(
      sql`(${socialOffer.areaIds} = '{}'::text[] or ${socialOffer.areaIds} @> array[${search.areaId}]::text[])`,
    );
  }
  if (search.level !== undefined) conditions.push(eq(socialOffer.level, search.level));
  const where = and(...conditions);
  const [total] = await db.select({ n: count() }).from(socialOffer).where(where);
  const order = tsquery
    ? [
        sql`ts_rank(${socialOffer.searchVector}, to_tsquery('dutch', ${tsquery})) desc`,
        asc(socialOffer.name),
        asc(socialOffer.id),
      ]
    : [asc(socialOffer.name), asc(socialOffer.id)];
  const rows = await db
    .select()
    .from(socialOffer)
    .where(where)
    .orderBy(...order)
    .limit(search.pageSize)
    .offset((search.page - 1) * search.pageSize);
  const names = await areaNames(db, actor.tenantId, [...new Set(rows.flatMap((r) => r.areaIds))]);
  return {
    items: rows.map((r) => toOffer(r, names, actor)),
    page: search.page,
    pageSize: search.pageSize,
    total: Number(total?.n ?? 0),
  };
}

export async function getOffer(db: Db, actor: Actor, id: string): Promise<SocialOffer> {
  const [row] = await db
    .select()
    .from(socialOffer)
    .where(and(eq(socialOffer.tenantId, actor.tenantId), eq(socialOffer.id, id)))
    .limit(1);
  if (!row) throw new ProblemError('not_found');
  return toOffer(row, await areaNames(db, actor.tenantId, row.areaIds), actor);
}

async function validate(db: Executor, tenantId: string, input: SocialOfferInput) {
  if (input.minAge !== null && input.maxAge !== null && input.minAge > input.maxAge) {
    throw new ProblemError('social_offer_invalid', 'minAge > maxAge');
  }
  if ((await unknownLifeDomains(db, input.lifeDomains)).length > 0)
    throw new ProblemError('social_offer_invalid', 'life domain');
  const ids = [...new Set(input.areaIds)];
  if ((await areaNames(db, tenantId, ids)).size !== ids.length)
    throw new ProblemError('social_offer_invalid', 'area');
}

export async function createOffer(db: Db, actor: Actor, input: SocialOfferInput, origin: RequestOrigin) {
  // An organisation adds offers for itself; only an administrator chooses the maintainer.
  const maintainer = offerMaintainerAfterSave(actor, input.maintainerOrganisationId, actor.organisationId);
  await authorize(db, actor, origin, {
    load: async () => ({ maintainer }),
    decide: (facts) => decideOfferEdit(actor, facts.maintainer),
    attempt: { ...EDIT_ATTEMPT, action: 'social_offer.create', subjectId: 'new' },
  });
  return db.transaction(async (tx) => {
    await validate(tx, actor.tenantId, input);
    const id = `offer-${crypto.randomUUID()}`;
    await tx.insert(socialOffer).values({
      ...input,
      tenantId: actor.tenantId,
      id,
      maintainerOrganisationId: maintainer,
      lifeDomains: [...new Set(input.lifeDomains)],
      areaIds: [...new Set(input.areaIds)],
    });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor,
      action: 'social_offer.create',
      outcome: 'success',
      subjectType: 'social_offer',
      subjectId: id,
      requestId: origin.requestId,
      clientAddress: origin.clientAddress,
    });
    return id;
  });
}

export async function updateOffer(
  db: Db,
  actor: Actor,
  id: string,
  input: SocialOfferInput & { version: number },
  origin: RequestOrigin,
) {
  const { facts: row } = await authorize(db, actor, origin, {
    load: async () => (await findOfferRow(db, actor.tenantId, id)) ?? null,
    decide: (facts) => decideOfferEdit(actor, facts.maintainerOrganisationId),
    attempt: { ...EDIT_ATTEMPT, action: 'social_offer.update', subjectId: id },
  });
  return db.transaction(async (tx) => {
    if (row.version !== input.version)
      throw new ProblemError('version_conflict', undefined, undefined, row.version);
    await validate(tx, actor.tenantId, input);
    const { version: _, maintainerOrganisationId, ...fields } = input;
    const [updated] = await tx
      .update(socialOffer)
      .set({
        ...fields,
        maintainerOrganisationId: offerMaintainerAfterSave(
          actor,
          maintainerOrganisationId,
          row.maintainerOrganisationId,
        ),
        lifeDomains: [...new Set(input.lifeDomains)],
        areaIds: [...new Set(input.areaIds)],
        version: row.version + 1,
        updatedAt: new Date(),
      })
      .where(
        and(
          eq(socialOffer.tenantId, actor.tenantId),
          eq(socialOffer.id, id),
          eq(socialOffer.version, row.version),
        ),
      )
      .returning();
    if (!updated) throw new ProblemError('version_conflict', undefined, undefined, row.version + 1);
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor,
      action: 'social_offer.update',
      outcome: 'success',
      subjectType: 'social_offer',
      subjectId: id,
      requestId: origin.requestId,
      clientAddress: origin.clientAddress,
    });
    return toOffer(updated, await areaNames(tx, actor.tenantId, updated.areaIds), actor);
  });
}

/** Whether this offer exists in the tenant's social map (a signal may be referred to it). */
export async function offerExists(db: Executor, tenantId: string, offerId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: socialOffer.id })
    .from(socialOffer)
    .where(and(eq(socialOffer.tenantId, tenantId), eq(socialOffer.id, offerId)))
    .limit(1);
  return row !== undefined;
}

/** The tenant's offers by name (a plan action may be owned by an offer; the plan keeps a label). */
export async function listOfferNames(db: Executor, tenantId: string) {
  return db
    .select({ id: socialOffer.id, name: socialOffer.name })
    .from(socialOffer)
    .where(eq(socialOffer.tenantId, tenantId))
    .orderBy(asc(socialOffer.name))
    .limit(300);
}
