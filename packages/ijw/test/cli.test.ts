/** The `npm run ijw` command line. */
import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.ts';
import { validationPool } from '../src/validate/pool.ts';
import { FIXTURES } from './support.ts';

beforeAll(async () => {
  await validationPool().warmUp();
});

function sink() {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}

async function run(...args: string[]) {
  const out = sink();
  const err = sink();
  const code = await main(args, out.stream, err.stream);
  return { code, out: out.text(), err: err.text() };
}

describe('ijw validate', () => {
  it('prints the report and exits 0 for a valid message', async () => {
    const r = await run('validate', `${FIXTURES}/JW301.xml`);
    expect(r.code).toBe(0);
    expect(r.out).toContain('JW301.xml: JW301');
    expect(r.out).toContain('Result: VALID');
  });

  it('exits 1 and lists the errors for an invalid message', async () => {
    const r = await run('validate', `${FIXTURES}/JW301.xml`, `${FIXTURES}/JW318.xml`);
    expect(r.code).toBe(1);
    expect(r.out).toContain('XSD   /Bericht/Client/Verzoek/RetourCode (line 33)');
    expect(r.out).toContain('Result: INVALID');
  });

  it('prints JSON with --json', async () => {
    const r = await run('validate', '--json', `${FIXTURES}/JW323.xml`);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.messageType).toBe('JW323');
    expect(report.issues[0].code).toBe('TR101');
  });

  it('exits 2 on usage errors and unreadable files', async () => {
    expect((await run('validate')).code).toBe(2);
    expect((await run('validate', '/nonexistent.xml')).err).toContain('cannot read');
    expect((await run('frobnicate')).code).toBe(2);
  });
});

describe('ijw export', () => {
  // The export itself reads the server's database; apps/server/test/assignments.test.ts covers it.
  it('needs --out <dir>', async () => {
    const r = await run('export');
    expect(r.code).toBe(2);
    expect(r.err).toContain('export --out <dir>');
    expect((await run('export', '--out')).code).toBe(2);
  });
});
