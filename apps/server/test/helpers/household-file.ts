import { auditRows as auditRowsOf } from './audit-rows.ts';
import { appOfFile } from './file-app.ts';

/**
 * The set-up of a household-dossier test file: the demo app of the file, its logged-in clients, and the
 * look-ups its tests share (audit rows, a person's BSN, the household search).
 */
export function householdFile() {
  const { app, as } = appOfFile();
  const auditRows = (action: string, userId?: string) =>
    auditRowsOf(app().database, action, userId ? { userId } : {});
  async function bsnOf(personId: string): Promise<string> {
    const [row] = await app().database.ownerQuery<{ bsn: string }>('select bsn from person where id = $1', [
      personId,
    ]);
    return row!.bsn;
  }
  const search = async (userId: string, payload: Record<string, unknown>) =>
    (await as(userId)).request({ method: 'POST', url: '/api/households/search', payload });
  return { app, as, auditRows, bsnOf, search };
}
