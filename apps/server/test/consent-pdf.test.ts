import { describe, expect, it } from 'vitest';
import { open as openText } from '../src/plans/crypto.ts';
import { appOfFile } from './helpers/file-app.ts';
import { pdfText } from './helpers/pdf-text.ts';

const { app, as } = appOfFile();

describe('PDFs for the family', () => {
  it('gives the mother her access log as a PDF, showing who looked', async () => {
    await (await as('u-sanne')).request({ url: '/api/households/hh-jansen' });
    const res = await (await as('u-anouk')).request({ url: '/api/my/access-log.pdf' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('toegangslog.pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(res.rawPayload);
    expect(text).toContain('Wie heeft mijn gegevens bekeken');
    expect(text).toContain('Gezin Jansen');
    expect(text).toContain('Sanne de Vries');
  });

  it('applies the filter: a period without accesses says so', async () => {
    const res = await (await as('u-anouk')).request({
      url: '/api/my/access-log.pdf?from=2020-01-01&to=2020-01-31',
    });
    const text = pdfText(res.rawPayload);
    expect(text).toContain('Niemand heeft in deze periode uw gegevens bekeken');
    expect(text).not.toContain('Sanne de Vries');
    const bad = await (await as('u-anouk')).request({ url: '/api/my/access-log.pdf?from=gisteren' });
    expect(bad.statusCode).toBe(400);
  });

  it('gives a resident everything about them as a readable PDF, and nothing about others', async () => {
    const res = await (await as('u-anouk')).request({ url: '/api/my/data-export.pdf' });
    expect(res.statusCode).toBe(200);
    const text = pdfText(res.rawPayload);
    expect(text).toContain('Mijn gegevens');
    expect(text).toContain('Naam: Anouk Jansen');
    expect(text).toContain('Geboortedatum: 2-9-1984');
    expect(text).toContain('Gezin Jansen: ouder met gezag');
    const lisa = pdfText((await (await as('u-lisa')).request({ url: '/api/my/data-export.pdf' })).rawPayload);
    expect(lisa).toContain('Naam: Lisa Jansen');
    expect(lisa).not.toContain('Anouk Jansen, ');
    const audit = await app().database.ownerQuery<{ n: string }>(
      "select count(*)::text as n from audit_log where action = 'right_of_access.export' and actor_user_id = 'u-anouk'",
    );
    expect(Number(audit[0]!.n)).toBeGreaterThan(0);
  });

  it('includes the goals and self-reliance scores about the person, not those about others', async () => {
    const [stored] = await app().database.ownerQuery<{ description: string }>(
      "select description from plan_goal where id = 'goal-jansen-lisa'",
    );
    // Stored encrypted; the download and the PDF show the plain text.
    const goal = { description: openText(stored!.description) };
    expect(goal.description).not.toMatch(/^v1:/);
    const [scores] = await app().database.ownerQuery<{ n: number }>(
      "select count(*)::int as n from self_reliance_score where person_id = 'p-lisa'",
    );
    const lisa = await as('u-lisa');
    const json = (await lisa.request({ url: '/api/my/data-export' })).json();
    expect(json.goals.map((g: { description: string }) => g.description)).toContain(goal!.description);
    expect(json.selfReliance).toHaveLength(scores!.n);
    const text = pdfText((await lisa.request({ url: '/api/my/data-export.pdf' })).rawPayload);
    expect(text).toContain('Doelen over u in het gezinsplan');
    expect(text).toContain(goal!.description.slice(0, 30));
    const anouk = (await (await as('u-anouk')).request({ url: '/api/my/data-export' })).json();
    expect(anouk.goals.map((g: { description: string }) => g.description)).not.toContain(goal!.description);
  });

  it('is for residents only', async () => {
    const sanne = await as('u-sanne');
    expect((await sanne.request({ url: '/api/my/access-log.pdf' })).statusCode).toBe(403);
    expect((await sanne.request({ url: '/api/my/data-export.pdf' })).statusCode).toBe(403);
    expect((await app().app.inject({ url: '/api/my/data-export.pdf' })).statusCode).toBe(401);
  });
});
