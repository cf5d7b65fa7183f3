import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RightsCase } from '@een-plan/contracts';
import { describe, expect, it } from 'vitest';
import { amsterdamDate } from '../src/referrals/working-days.ts';
import { addCalendarDays } from '../src/rights/deadlines.ts';
import { DEFAULT_RIGHTS_SETTINGS } from '../src/rights/settings.ts';
import { appOfFile } from './helpers/file-app.ts';
import { postChecked } from './helpers/post-checked.ts';

/** Issue 16: the formal letters of rights cases (tagged PDFs, hashed, bilingual) and withdrawal. */
const { app, as } = appOfFile();
const today = () => amsterdamDate(new Date());
const daysAgo = (n: number) => addCalendarDays(today(), -n);
const HH = '/api/households/hh-jansen/rights';
const dir = mkdtempSync(join(tmpdir(), 'rights-letters-'));

const post = <T = RightsCase>(user: string, url: string, payload: unknown, status = 201) =>
  postChecked<T>(as, user, url, payload, status);

/** `pdfinfo` of the bytes (poppler-utils): what a screen reader's PDF library would see. */
function pdfinfo(bytes: Buffer, name: string) {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdfinfo', [file], { encoding: 'utf8' });
}

const pdfText = (bytes: Buffer) => bytes.toString('latin1');

async function auditRows(action: string) {
  return app().database.ownerQuery<{ actor_user_id: string; details: Record<string, unknown> }>(
    'select actor_user_id, details from audit_log where action = $1 and outcome = $2 order by occurred_at',
    [action, 'success'],
  );
}

async function refusedRequest() {
  const request = await post('u-sanne', `${HH}/requests`, {
    law: 'jeugdwet',
    subject: 'Ambulante gezinsbegeleiding',
    receivedOn: daysAgo(30),
  });
  return post(
    'u-sanne',
    `${HH}/${request.id}/decision`,
    {
      outcome: 'refused',
      reason: 'De hulp past niet bij de vraag.',
      decidedOn: daysAgo(5),
      version: request.version,
    },
    200,
  );
}

describe('letters of rights cases', () => {
  it('a decision is a tagged PDF per language from the tenant template, with the objection clause; the hash matches', async () => {
    await (await as('u-erik')).request({
      method: 'PUT',
      url: '/api/admin/rights-settings',
      payload: {
        ...DEFAULT_RIGHTS_SETTINGS,
        letterAddress: 'Postbus 250\n2130 AG Hoofddorp',
        letterSignatory: 'J. de Boer, hoofd Sociaal Domein',
      },
    });
    const decided = await refusedRequest();
    expect(decided.letters.map((l) => [l.kind, l.locale])).toEqual([
      ['decision', 'nl'],
      ['decision', 'en'],
    ]);
    const sanne = await as('u-sanne');
    const anouk = await as('u-anouk');
    for (const letter of decided.letters) {
      const res = await sanne.request({ url: `${HH}/${decided.id}/letters/${letter.id}` });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const bytes = res.rawPayload;
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(letter.sha256);
      expect(res.headers['x-content-sha256']).toBe(letter.sha256);
      const info = pdfinfo(bytes, `decision-${letter.locale}`);
      expect(info).toMatch(/^Tagged:\s+yes$/m);
      const mine = await anouk.request({ url: `/api/my/rights/${decided.id}/letters/${letter.id}` });
      expect(mine.statusCode).toBe(200);
      expect(Buffer.compare(mine.rawPayload, bytes)).toBe(0);
    }
    const [nl, en] = decided.letters;
    const nlBytes = (await sanne.request({ url: `${HH}/${decided.id}/letters/${nl?.id}` })).rawPayload;
    const enBytes = (await sanne.request({ url: `${HH}/${decided.id}/letters/${en?.id}` })).rawPayload;
    // pdfinfo prints no language: the catalogue's /Lang, the structure tree and the logo's place are read from the bytes.
    expect(pdfText(nlBytes)).toContain('/Lang (nl-NL)');
    expect(pdfText(enBytes)).toContain('/Lang (en-GB)');
    expect(pdfText(nlBytes)).toContain('/StructTreeRoot');
    expect(pdfText(nlBytes)).toMatch(/\/S \/H1/);
    expect(pdfText(nlBytes)).toMatch(/\/S \/L\b/);
    expect(pdfinfo(nlBytes, 'nl-title')).toMatch(/Title:\s+Ons besluit over uw aanvraag/);
    expect(pdfinfo(enBytes, 'en-title')).toMatch(/Title:\s+Our decision on your request/);
    const words = execFileSync('pdftotext', [join(dir, 'decision-nl.pdf'), '-'], { encoding: 'utf8' });
    expect(words).toContain('Postbus 250');
    expect(words).toContain('J. de Boer, hoofd Sociaal Domein');
    expect(words).toContain('Dan kunt u bezwaar maken.');
    const english = execFileSync('pdftotext', [join(dir, 'decision-en.pdf'), '-'], { encoding: 'utf8' });
    expect(english).toContain('Then you can object.');
    // The stored hash is the hash of what was stored, and each download is audited with it.
    const [stored] = await app().database.ownerQuery<{ sha256: string }>(
      'select sha256 from rights_letter where id = $1',
      [nl?.id],
    );
    expect(stored?.sha256).toBe(nl?.sha256);
    const downloads = await auditRows('rights.letter.download');
    expect(downloads.map((d) => d.actor_user_id)).toEqual(expect.arrayContaining(['u-sanne', 'u-anouk']));
    expect(downloads.some((d) => d.details.sha256 === nl?.sha256)).toBe(true);
  });

  it('a postponement, an objection decision (appeal clause) and a complaint acknowledgement each get their letter', async () => {
    const decided = await refusedRequest();
    const objection = await post('u-anouk', '/api/my/rights', {
      kind: 'objection',
      relatedCaseId: decided.id,
      subject: 'Ik ben het niet eens met de weigering.',
    });
    const extended = await post(
      'u-ahmed',
      `${HH}/${objection.id}/postponement`,
      { reason: 'Wij willen eerst met u praten.', version: objection.version },
      200,
    );
    expect(extended.letters.map((l) => l.kind)).toEqual(['postponement', 'postponement']);
    const done = await post(
      'u-ahmed',
      `${HH}/${objection.id}/decision`,
      { outcome: 'well_founded', reason: 'U heeft gelijk.', version: extended.version },
      200,
    );
    expect(done.letters.map((l) => `${l.kind}:${l.locale}`)).toEqual([
      'postponement:nl',
      'postponement:en',
      'objection_decision:nl',
      'objection_decision:en',
    ]);
    const od = done.letters[2];
    const bytes = (
      await (await as('u-anouk')).request({ url: `/api/my/rights/${done.id}/letters/${od?.id}` })
    ).rawPayload;
    pdfinfo(bytes, 'objection-decision');
    const words = execFileSync('pdftotext', [join(dir, 'objection-decision.pdf'), '-'], { encoding: 'utf8' });
    expect(words).toContain('in beroep gaan bij de rechtbank');

    const complaint = await post('u-anouk', '/api/my/rights', {
      kind: 'complaint',
      about: 'municipality',
      subject: 'Niemand belde terug.',
    });
    const acknowledged = await post(
      'u-sanne',
      `${HH}/${complaint.id}/acknowledgement`,
      { version: complaint.version },
      200,
    );
    expect(acknowledged.letters.map((l) => l.kind)).toEqual([
      'complaint_acknowledgement',
      'complaint_acknowledgement',
    ]);
  });

  it('another household’s resident and another team get 404 for a letter (audited)', async () => {
    const decided = await refusedRequest();
    const letter = decided.letters[0];
    const other = await (await as('u-mohamed')).request({
      url: `${HH}/${decided.id}/letters/${letter?.id}`,
    });
    expect(other.statusCode).toBe(404);
    const wrongCase = await (await as('u-sanne')).request({
      url: `${HH}/not-a-case/letters/${letter?.id}`,
    });
    expect(wrongCase.statusCode).toBe(404);
    const [refusal] = await app().database.ownerQuery<{ n: string }>(
      "select count(*)::text as n from audit_log where action = 'rights.letter.download' and outcome <> 'success'",
    );
    expect(Number(refusal?.n)).toBeGreaterThan(0);
  });
});

describe('withdrawal by the resident', () => {
  it('stops the clock: closed, never overdue, its task gone; audited; a second time is refused', async () => {
    const request = await post('u-sanne', `${HH}/requests`, {
      law: 'jeugdwet',
      subject: 'Hulp bij school',
      receivedOn: daysAgo(60),
    });
    const [before] = await app().database.ownerQuery<{ status: string }>(
      "select status from task where kind = 'rights' and subject_id = $1",
      [request.id],
    );
    expect(before?.status).toBe('open');
    const withdrawn = await post(
      'u-anouk',
      `/api/my/rights/${request.id}/withdrawal`,
      { version: request.version },
      200,
    );
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawnOn: today(), overdue: false });
    const [after] = await app().database.ownerQuery<{ status: string }>(
      "select status from task where kind = 'rights' and subject_id = $1",
      [request.id],
    );
    expect(after?.status).not.toBe('open');
    expect((await auditRows('rights.request.withdraw')).map((r) => r.actor_user_id)).toContain('u-anouk');
    const again = await (await as('u-anouk')).request({
      method: 'POST',
      url: `/api/my/rights/${request.id}/withdrawal`,
      payload: { version: withdrawn.version },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('rights_case_closed');
  });

  it('a professional cannot withdraw for the resident; bad input is a 400, not a 500', async () => {
    const c = await post('u-anouk', '/api/my/rights', {
      kind: 'second_opinion',
      subject: 'Graag iemand anders erbij.',
    });
    const sanne = await (await as('u-sanne')).request({
      method: 'POST',
      url: `/api/my/rights/${c.id}/withdrawal`,
      payload: { version: c.version },
    });
    expect(sanne.statusCode).toBe(403);
    const bad = await (await as('u-anouk')).request({
      method: 'POST',
      url: `/api/my/rights/${c.id}/withdrawal`,
      payload: { version: 'x' },
    });
    expect(bad.statusCode).toBe(400);
  });
});
