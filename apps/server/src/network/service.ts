import { randomUUID } from 'node:crypto';
import type {
  NetworkDecision,
  NetworkMember,
  NetworkMemberInput,
  NetworkMemberUpdate,
  NetworkSuggestionInput,
} from '@een-plan/contracts';
import { type AnyColumn, and, asc, eq, type Placeholder, type SQL, sql } from 'drizzle-orm';
import { writeAuditedPrepared } from '../audit/record.ts';
import { decryptOptional, encryptOptional } from '../crypto/data-encryption.ts';
import { correlated } from '../db/correlated.ts';
import type { Db, Executor } from '../db/database.ts';
import { preparedOnce } from '../db/prepared.ts';
import { returnedRow } from '../db/rows.ts';
import { auditSuccess, requireHousehold, successEvent } from '../households/access.ts';
import { ProblemError } from '../http/problems.ts';
import { requirePreparer } from '../intake/preparer.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { networkMember } from './schema.ts';

const WRITE_AUDIT = {
  action: 'network.write',
  dataCategory: 'household.network',
  purpose: 'care_coordination',
};

type Row = typeof networkMember.$inferSelect;

/** The rows of one household's network, narrowed further by `more`. */
function ofHousehold(tenantId: string, householdId: string, ...more: SQL[]) {
  return and(eq(networkMember.tenantId, tenantId), eq(networkMember.householdId, householdId), ...more);
}

/** What the API shows of a row (the rest is bookkeeping). */
type ShownRow = Pick<
  Row,
  | 'id'
  | 'name'
  | 'relation'
  | 'phone'
  | 'email'
  | 'takesPartInPlan'
  | 'status'
  | 'helpNoteEnc'
  | 'suggestedBy'
  | 'version'
>;

function toNetworkMember(r: ShownRow): NetworkMember {
  return {
    id: r.id,
    name: r.name,
    relation: r.relation,
    phone: r.phone,
    email: r.email,
    takesPartInPlan: r.takesPartInPlan,
    status: r.status,
    helpNote: r.helpNoteEnc ? decryptOptional(r.helpNoteEnc) : null,
    suggestedByFamily: r.suggestedBy !== null,
    version: r.version,
  };
}

/**
 * A household's network (the rows whose status is one of `statuses`), in the order it is shown and
 * within its limit, as one JSON value: a column of the caller's household query. `toNetworkMembers`
 * makes it what the API shows.
 */
export function networkRowsOf(
  tenantId: AnyColumn | Placeholder,
  householdId: AnyColumn | Placeholder,
  statuses: Placeholder,
): SQL<ShownRow[]> {
  return correlated(sql<ShownRow[]>`(
    select coalesce(json_agg(json_build_object('id', x.id, 'name', x.name, 'relation', x.relation,
      'phone', x.phone, 'email', x.email, 'takesPartInPlan', x.takes_part_in_plan, 'status', x.status,
      'helpNoteEnc', x.help_note_enc, 'suggestedBy', x.suggested_by, 'version', x.version)
      order by x.created_at, x.id), '[]'::json)
    from (select * from ${networkMember} y where y.tenant_id = ${tenantId} and y.household_id = ${householdId}
      and y.status = any(${statuses}) order by y.created_at, y.id limit 200) x)`);
}

/** What the API shows of the rows `networkRowsOf` gave. */
export function toNetworkMembers(rows: ShownRow[]): NetworkMember[] {
  return rows.map(toNetworkMember);
}

const networkStatement = (db: Executor) =>
  db
    .select({
      rows: networkRowsOf(
        sql.placeholder('tenantId'),
        sql.placeholder('householdId'),
        sql.placeholder('statuses'),
      ),
    })
    // The list alone: the fragment over a source of one row.
    .from(sql`(select 1) as one`)
    .prepare('network_of_household');

/** The network a household's dossier shows (declined suggestions are not part of it). */
export const DOSSIER_NETWORK_STATUSES: NetworkMember['status'][] = ['active', 'suggested', 'ended'];

/** The network of a household; callers decide access and audit the read. */
export async function listNetwork(
  db: Executor,
  tenantId: string,
  householdId: string,
  statuses: NetworkMember['status'][] = DOSSIER_NETWORK_STATUSES,
): Promise<NetworkMember[]> {
  const [row] = await preparedOnce(db, 'network_of_household', networkStatement).execute({
    tenantId,
    householdId,
    statuses,
  });
  return toNetworkMembers(row?.rows ?? []);
}

type NewMember = typeof networkMember.$inferInsert;

/** One person into a household's network under a new id; the caller says how (status, who, what more). */
async function insertMember(
  tx: Executor,
  tenantId: string,
  householdId: string,
  person: Pick<NetworkMemberInput, 'name' | 'relation' | 'phone'>,
  how: Omit<NewMember, 'tenantId' | 'id' | 'householdId' | 'name' | 'relation' | 'phone'>,
): Promise<Row> {
  const values: NewMember = {
    tenantId,
    id: `nm-${randomUUID()}`,
    householdId,
    name: person.name,
    relation: person.relation,
    phone: person.phone ?? null,
    ...how,
  };
  return returnedRow(await tx.insert(networkMember).values(values).returning(), 'network member');
}

// Adding a member: the insert and its audit event, built once with placeholders (decision 0037).
const addMemberStatement = (db: Executor) =>
  db
    .insert(networkMember)
    .values({
      tenantId: sql.placeholder('tenantId'),
      id: sql.placeholder('id'),
      householdId: sql.placeholder('householdId'),
      name: sql.placeholder('name'),
      relation: sql.placeholder('relation'),
      phone: sql.placeholder('phone'),
      email: sql.placeholder('email'),
      takesPartInPlan: sql.placeholder('takesPartInPlan'),
      status: sql.placeholder('status'),
      decidedBy: sql.placeholder('decidedBy'),
    })
    .returning({ version: networkMember.version });

export async function addNetworkMember(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  householdId: string,
  input: NetworkMemberInput,
): Promise<NetworkMember> {
  await requireHousehold(db, actor, ctx, householdId, 'household.write', WRITE_AUDIT);
  const values = {
    tenantId: actor.tenantId,
    id: `nm-${randomUUID()}`,
    householdId,
    name: input.name,
    relation: input.relation,
    phone: input.phone ?? null,
    email: input.email ?? null,
    takesPartInPlan: input.takesPartInPlan,
    status: 'active' as const,
    decidedBy: actor.userId,
  } satisfies NewMember;
  // The row and its audit event in one statement: no transaction's round trips (decision 0043).
  const [written] = await writeAuditedPrepared(db, 'network_member_add', addMemberStatement, values, [
    successEvent(actor, ctx, householdId, WRITE_AUDIT, { networkMemberId: values.id, change: 'add' }),
  ]);
  return toNetworkMember({
    ...values,
    helpNoteEnc: null,
    suggestedBy: null,
    version: Number(written?.version),
  });
}

async function currentRow(tx: Executor, tenantId: string, householdId: string, id: string) {
  const [row] = await tx
    .select()
    .from(networkMember)
    .where(ofHousehold(tenantId, householdId, eq(networkMember.id, id)))
    .limit(1);
  if (!row) throw new ProblemError('not_found');
  return row;
}

/** Updates with optimistic concurrency: a stale version answers 409 with the current one. */
async function updateVersioned(
  tx: Executor,
  actor: Actor,
  householdId: string,
  id: string,
  version: number,
  values: Partial<typeof networkMember.$inferInsert>,
) {
  const [row] = await tx
    .update(networkMember)
    .set({ ...values, version: version + 1 })
    .where(
      ofHousehold(actor.tenantId, householdId, eq(networkMember.id, id), eq(networkMember.version, version)),
    )
    .returning();
  if (row) return row;
  const current = await currentRow(tx, actor.tenantId, householdId, id);
  throw new ProblemError('version_conflict', undefined, undefined, current.version);
}

export async function updateNetworkMember(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  householdId: string,
  id: string,
  input: NetworkMemberUpdate,
): Promise<NetworkMember> {
  await requireHousehold(db, actor, ctx, householdId, 'household.write', WRITE_AUDIT);
  return db.transaction(async (tx) => {
    const row = await updateVersioned(tx, actor, householdId, id, input.version, {
      name: input.name,
      relation: input.relation,
      phone: input.phone ?? null,
      email: input.email ?? null,
      takesPartInPlan: input.takesPartInPlan,
    });
    await auditSuccess(tx, actor, ctx, householdId, WRITE_AUDIT, { networkMemberId: id, change: 'update' });
    return toNetworkMember(row);
  });
}

/**
 * The coordinator decides on a family's suggestion (accept → a network member, decline), or ends
 * someone's part in the network. History stays: nothing is deleted.
 */
export async function decideNetworkMember(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  householdId: string,
  id: string,
  input: NetworkDecision,
): Promise<NetworkMember> {
  await requireHousehold(db, actor, ctx, householdId, 'household.write', WRITE_AUDIT);
  return db.transaction(async (tx) => {
    const current = await currentRow(tx, actor.tenantId, householdId, id);
    const allowedFrom: Record<NetworkDecision['decision'], string[]> = {
      accept: ['suggested'],
      decline: ['suggested'],
      end: ['active'],
    };
    if (!allowedFrom[input.decision].includes(current.status)) {
      throw new ProblemError(
        'validation_failed',
        `cannot ${input.decision} a ${current.status} network member`,
        [
          {
            path: 'body.decision',
            code: 'invalid_state',
            message: {
              nl: 'Dit kan niet in de huidige status van deze persoon.',
              en: 'This is not possible in the current status of this person.',
            },
          },
        ],
      );
    }
    const status = ({ accept: 'active', decline: 'declined', end: 'ended' } as const)[input.decision];
    const row = await updateVersioned(tx, actor, householdId, id, input.version, {
      status,
      decidedBy: actor.userId,
      ...(input.takesPartInPlan !== undefined ? { takesPartInPlan: input.takesPartInPlan } : {}),
      ...(input.decision === 'end' ? { endedAt: new Date() } : {}),
    });
    await auditSuccess(tx, actor, ctx, householdId, WRITE_AUDIT, {
      networkMemberId: id,
      change: input.decision,
    });
    return toNetworkMember(row);
  });
}

/** A family member suggests someone from the portal; the coordinator decides later. */
export async function suggestNetworkMember(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  householdId: string,
  input: NetworkSuggestionInput,
): Promise<NetworkMember> {
  const audit = { action: 'network.suggest', dataCategory: 'household.network', purpose: 'portal' };
  await requireHousehold(db, actor, ctx, householdId, 'preparation.write', audit);
  await requirePreparer(db, actor, ctx, householdId, audit);
  return db.transaction(async (tx) => {
    const saved = await insertMember(tx, actor.tenantId, householdId, input, {
      status: 'suggested',
      helpNoteEnc: encryptOptional(input.helpNote),
      suggestedBy: actor.userId,
    });
    await auditSuccess(tx, actor, ctx, householdId, audit, { networkMemberId: saved.id });
    return toNetworkMember(saved);
  });
}

/** The household's active network by name (a plan action may be owned by one); callers decide access. */
export async function listActiveNetworkNames(db: Executor, tenantId: string, householdId: string) {
  return db
    .select({ id: networkMember.id, name: networkMember.name })
    .from(networkMember)
    .where(ofHousehold(tenantId, householdId, eq(networkMember.status, 'active')))
    .orderBy(asc(networkMember.name))
    .limit(100);
}
