import { auditRows as auditRowsOf } from './audit-rows.ts';
import { appOfFile } from './file-app.ts';

/**
 * The set-up of an assignment (JW301) test file: the demo app of the file, its logged-in clients, a
 * valid assignment input and the messages and audit rows its tests read back.
 */
export function assignmentFile() {
  const { app, as } = appOfFile();

  const ASSIGN = '/api/households/hh-jansen/assignments';
  const input = {
    planActionId: 'act-jansen-jeugdhulp',
    personId: 'p-tom',
    contractProductId: 'cp-jeugdhulp-ambulant',
    volume: 2,
    frequency: '2',
    startDate: '2026-12-01',
    endDate: '2027-02-28',
    referrerType: '01',
  };

  async function messagesOf(assignmentId: string) {
    return app().database.ownerQuery<{
      id: string;
      direction: string;
      message_type: string;
      xml: string;
      status: string;
      retour_message_id: string | null;
      validation: { valid: boolean };
    }>('select * from ijw_message where assignment_id = $1 order by created_at, message_type', [
      assignmentId,
    ]);
  }

  /** The audit rows of an action, a list event once per assignment it named (decision 0028). */
  const auditRows = (action: string) => auditRowsOf(app().database, action);
  return { app, as, ASSIGN, input, messagesOf, auditRows };
}
