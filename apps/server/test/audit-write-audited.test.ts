import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuditEvent, writeAudited, writeAuditedPrepared } from '../src/audit/record.ts';
import { verifyAuditChain } from '../src/audit/verify.ts';
import type { Executor } from '../src/db/database.ts';
import { networkMember } from '../src/network/schema.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ demoData: true });
});
afterAll(() => t?.drop());

const member = (id: string) => ({
  tenantId: '0394',
  id,
  householdId: 'hh-ozturk',
  name: 'Buurvrouw',
  relation: 'neighbour' as const,
  decidedBy: 'u-sanne',
});

const event = (id: string, action = 'network.write'): AuditEvent => ({
  tenantId: '0394',
  actor: null,
  action,
  outcome: 'success',
  subjectType: 'household',
  subjectId: 'hh-ozturk',
  details: { networkMemberId: id, change: 'add' },
});

async function rowsFor(id: string) {
  const members = await t.database.ownerQuery('select id from network_member where id = $1', [id]);
  const events = await t.database.ownerQuery<{ seq: string }>(
    `select seq from audit_log where details->>'networkMemberId' = $1`,
    [id],
  );
  return { members: members.length, events: events.length };
}

describe('a write and its audit events in one statement (decision 0043)', () => {
  it('writes the row and appends its event to the chain, and returns the row', async () => {
    const db = t.database.db;
    const rows = await writeAudited(
      db,
      db.insert(networkMember).values(member('nm-wa-1')).returning({ version: networkMember.version }),
      [event('nm-wa-1')],
    );
    expect(rows).toEqual([{ version: 1 }]);
    expect(await rowsFor('nm-wa-1')).toEqual({ members: 1, events: 1 });
    expect((await verifyAuditChain(t.database)).ok).toBe(true);
  });

  it('writes neither when the audit row cannot be appended', async () => {
    const db = t.database.db;
    // audit_log.action is not null: the append fails inside the statement, so the insert rolls back.
    const broken = { ...event('nm-wa-2'), action: null } as unknown as AuditEvent;
    await expect(
      writeAudited(db, db.insert(networkMember).values(member('nm-wa-2')).returning(), [broken]),
    ).rejects.toThrow();
    expect(await rowsFor('nm-wa-2')).toEqual({ members: 0, events: 0 });
  });

  it('appends nothing when the write touched no row', async () => {
    const db = t.database.db;
    const before = await t.database.ownerQuery('select count(*)::int as n from audit_log');
    const rows = await writeAudited(
      db,
      db
        .update(networkMember)
        .set({ name: 'Niemand' })
        .where(sql`${networkMember.id} = 'nm-does-not-exist'`)
        .returning({ id: networkMember.id }),
      [event('nm-wa-3')],
    );
    expect(rows).toEqual([]);
    expect(await t.database.ownerQuery('select count(*)::int as n from audit_log')).toEqual(before);
  });

  it('appends the events of a batch once each, whatever the number of rows written', async () => {
    const db = t.database.db;
    await writeAudited(
      db,
      db
        .insert(networkMember)
        .values([member('nm-wa-4'), member('nm-wa-5')])
        .returning(),
      [event('nm-wa-4')],
    );
    expect(await rowsFor('nm-wa-4')).toEqual({ members: 1, events: 1 });
  });

  it('the prepared form: built once, the same row and event on every call, neither when the append fails', async () => {
    const db = t.database.db;
    const insert = (d: Executor) =>
      d
        .insert(networkMember)
        .values({
          tenantId: sql.placeholder('tenantId'),
          id: sql.placeholder('id'),
          householdId: sql.placeholder('householdId'),
          name: sql.placeholder('name'),
          relation: sql.placeholder('relation'),
          decidedBy: sql.placeholder('decidedBy'),
        })
        .returning({ version: networkMember.version });
    for (const id of ['nm-wa-6', 'nm-wa-7']) {
      const rows = await writeAuditedPrepared(db, 'test_write_audited', insert, member(id), [event(id)]);
      expect(rows).toEqual([{ version: 1 }]);
      expect(await rowsFor(id)).toEqual({ members: 1, events: 1 });
    }
    const broken = { ...event('nm-wa-8'), action: null } as unknown as AuditEvent;
    await expect(
      writeAuditedPrepared(db, 'test_write_audited', insert, member('nm-wa-8'), [broken]),
    ).rejects.toThrow();
    expect(await rowsFor('nm-wa-8')).toEqual({ members: 0, events: 0 });
    expect((await verifyAuditChain(t.database)).ok).toBe(true);
  });
});
