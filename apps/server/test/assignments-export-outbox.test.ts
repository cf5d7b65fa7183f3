import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateXml } from '@een-plan/ijw';
import { describe, expect, it } from 'vitest';
import { exportMessages } from '../src/assignments/export.ts';
import { backoffMs, configureIjwDelivery, deliverOutbox } from '../src/assignments/outbox.ts';
import { assignmentFile } from './helpers/assignment-file.ts';

const { app, as, ASSIGN, input, messagesOf } = assignmentFile();

describe('export', () => {
  it('writes every stored message as one XML file, each passing XSD and rules', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ijw-export-'));
    try {
      const files = await exportMessages(app().database, dir);
      const [count] = await app().database.ownerQuery<{ n: number }>(
        'select count(*)::int as n from ijw_message',
      );
      expect(files).toHaveLength(count!.n);
      expect(new Set(files.map((f) => f.split('-')[2]))).toEqual(
        new Set([
          ...['JW301', 'JW302', 'JW305', 'JW306', 'JW307', 'JW308', 'JW323', 'JW325'],
          // Providers' requests (requests-demo.ts): verzoek om toewijzing/wijziging and the answers.
          ...['JW315', 'JW316', 'JW317', 'JW318', 'JW319', 'JW320'],
        ]),
      );
      for (const f of files) {
        const report = await validateXml(await readFile(join(dir, f), 'utf8'));
        expect(report.issues, f).toEqual([]);
        expect(report.valid, f).toBe(true);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('outbox delivery', () => {
  it('delivers pending messages to the configured URL with retries and back-off', async () => {
    const received: string[] = [];
    let failNext = 1;
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => {
        body += c;
      });
      req.on('end', () => {
        if (failNext > 0) {
          failNext--;
          res.writeHead(503).end();
          return;
        }
        received.push(body);
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ijw`;
    configureIjwDelivery(url);
    try {
      const sanne = await as('u-sanne');
      const res = await sanne.request({ method: 'POST', url: ASSIGN, payload: input });
      const id = res.json().id;
      const [jw301] = (await messagesOf(id)).filter((m) => m.message_type === 'JW301');
      expect(jw301!.status).toBe('pending');

      const now = new Date();
      const first = await deliverOutbox(app().database.db, { url, now });
      expect(first.retried).toBeGreaterThan(0);
      const [afterFail] = await app().database.ownerQuery<{
        status: string;
        attempts: number;
        next_attempt_at: Date;
      }>('select status, attempts, next_attempt_at from ijw_message where id = $1', [jw301!.id]);
      // Failed once (503) or waiting behind the first failed message: still pending.
      expect(afterFail!.status).toBe('pending');
      // Not due yet: nothing is sent again before the back-off has passed.
      const early = await deliverOutbox(app().database.db, { url, now });
      expect(early.delivered + early.retried).toBe(0);
      const later = new Date(now.getTime() + backoffMs(10) + 1000);
      await deliverOutbox(app().database.db, { url, now: later });
      const [delivered] = await app().database.ownerQuery<{ status: string }>(
        'select status from ijw_message where id = $1',
        [jw301!.id],
      );
      expect(delivered!.status).toBe('delivered');
      expect(received.some((x) => x === jw301!.xml)).toBe(true);
      expect(backoffMs(1)).toBe(60_000);
      expect(backoffMs(3)).toBe(240_000);
    } finally {
      configureIjwDelivery(undefined);
      await new Promise((r) => server.close(r));
    }
  });
});
