import { parseMessage, validateXml } from '@een-plan/ijw';
import { describe, expect, it } from 'vitest';
import { assignTomAmbulant, startAssignment, stopAssignment } from './helpers/assignment-builder.ts';
import { auditRows } from './helpers/audit-rows.ts';
import { appOfFile } from './helpers/file-app.ts';

const { app, as } = appOfFile();

async function setSex(userId: string, personId: string, sex: string | null, householdId = 'hh-jansen') {
  return (await as(userId)).request({
    method: 'PATCH',
    url: `/api/households/${householdId}/members/${personId}`,
    payload: { sex },
  });
}

async function storedSex(personId: string) {
  const [row] = await app().database.ownerQuery<{ sex: string | null }>(
    'select sex from person where id = $1',
    [personId],
  );
  return row?.sex;
}

describe("correcting a member's sex", () => {
  it('stores the new sex and clears it back to unknown, shown in the dossier and audited', async () => {
    expect((await setSex('u-sanne', 'p-lisa', 'male')).statusCode).toBe(200);
    expect(await storedSex('p-lisa')).toBe('male');
    const dossier = (await (await as('u-sanne')).request({ url: '/api/households/hh-jansen' })).json();
    expect(dossier.members.find((m: { personId: string }) => m.personId === 'p-lisa').sex).toBe('male');

    expect((await setSex('u-sanne', 'p-lisa', null)).statusCode).toBe(200);
    expect(await storedSex('p-lisa')).toBeNull();
    const audit = await auditRows(app().database, 'household.member.write', { subjectId: 'hh-jansen' });
    const sexChanges = audit.filter((r) => r.details?.change === 'sex');
    expect(sexChanges.map((r) => [r.outcome, r.details?.personId])).toEqual([
      ['success', 'p-lisa'],
      ['success', 'p-lisa'],
    ]);
  });

  it('refuses a value outside the code list with a Dutch and English message, and changes nothing', async () => {
    const before = await storedSex('p-tom');
    const res = await setSex('u-sanne', 'p-tom', 'x');
    expect(res.statusCode).toBe(400);
    const problem = res.json();
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors[0].path).toBe('body.sex');
    expect(problem.errors[0].message.nl).toEqual(expect.any(String));
    expect(problem.errors[0].message.en).toEqual(expect.any(String));
    expect(await storedSex('p-tom')).toBe(before);
  });

  it('answers 404 for someone who is not a member now, and 403 for team leads and residents', async () => {
    // Elif lives in another household: not Jansen's member to correct.
    expect((await setSex('u-sanne', 'p-elif', 'female')).statusCode).toBe(404);
    for (const user of ['u-ahmed', 'u-anouk']) {
      expect((await setSex(user, 'p-tom', 'female')).statusCode, user).toBe(403);
    }
    expect(await storedSex('p-tom')).not.toBe('female');
  });
});

async function messagesOf(assignmentId: string) {
  return app().database.ownerQuery<{ message_type: string; xml: string }>(
    'select message_type, xml from ijw_message where assignment_id = $1 order by created_at, message_type',
    [assignmentId],
  );
}

const assignTom = async (startDate: string, endDate: string) =>
  assignTomAmbulant(await as('u-sanne'), startDate, endDate);

function geslachtOf(xml: string): string {
  const parsed = parseMessage(xml);
  return (parsed.bericht as { Client: { Geslacht: string } }).Client.Geslacht;
}

describe('Geslacht in the JW301, JW305 and JW307 (COD046)', () => {
  it('sends 2 for a woman in the assignment, start and stop, each valid against the XSD and rules', async () => {
    expect((await setSex('u-sanne', 'p-tom', 'female')).statusCode).toBe(200);
    const id = await assignTom('2026-11-01', '2027-02-28');
    const fatima = await as('u-fatima');
    const start = await startAssignment(fatima, id, 1, '2026-11-03');
    expect(start.statusCode).toBe(200);
    const stop = await stopAssignment(fatima, id, 2, '2026-11-20');
    expect(stop.statusCode).toBe(200);
    const msgs = await messagesOf(id);
    for (const type of ['JW301', 'JW305', 'JW307']) {
      const m = msgs.find((x) => x.message_type === type);
      expect(m, type).toBeDefined();
      expect(geslachtOf(m!.xml), type).toBe('2');
      const report = await validateXml(m!.xml);
      expect(report.xsd.valid && report.rules.checked && report.rules.valid, type).toBe(true);
    }
  });

  it('sends 1 for a man and 0 when the sex is not recorded', async () => {
    expect((await setSex('u-sanne', 'p-tom', 'male')).statusCode).toBe(200);
    const man = await messagesOf(await assignTom('2027-03-01', '2027-04-30'));
    expect(geslachtOf(man.find((m) => m.message_type === 'JW301')!.xml)).toBe('1');

    expect((await setSex('u-sanne', 'p-tom', null)).statusCode).toBe(200);
    const unknown = await messagesOf(await assignTom('2027-05-01', '2027-06-30'));
    const jw301 = unknown.find((m) => m.message_type === 'JW301')!;
    expect(geslachtOf(jw301.xml)).toBe('0');
    expect((await validateXml(jw301.xml)).valid).toBe(true);
  });
});
