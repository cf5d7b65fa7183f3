import type { RightsCase } from '@een-plan/contracts';
import { amsterdamDate } from '../../src/referrals/working-days.ts';
import { addCalendarDays } from '../../src/rights/deadlines.ts';
import { appOfFile } from './file-app.ts';
import { postChecked } from './post-checked.ts';

/**
 * The set-up of a rights (request, objection, complaint) API test file: the demo app of the file, its
 * logged-in clients, and the posts and look-ups its tests share.
 */
export function rightsFile() {
  /** Issue 16: the rights with their legal clocks, through the API (PGlite, real migrations). */
  const { app, as } = appOfFile();
  const today = () => amsterdamDate(new Date());
  const daysAgo = (n: number) => addCalendarDays(today(), -n);
  const HH = '/api/households/hh-jansen/rights';

  const post = <T = RightsCase>(user: string, url: string, payload: unknown, status = 201) =>
    postChecked<T>(as, user, url, payload, status);

  async function problem(user: string, url: string, payload: unknown) {
    const res = await (await as(user)).request({ method: 'POST', url, payload: payload as object });
    return { status: res.statusCode, code: res.json().code as string };
  }

  async function auditCount(action: string, outcome = 'success') {
    const [row] = await app().database.ownerQuery<{ n: string }>(
      'select count(*)::text as n from audit_log where action = $1 and outcome = $2',
      [action, outcome],
    );
    return Number(row?.n);
  }

  async function openTask(subjectId: string) {
    const [row] = await app().database.ownerQuery<{
      assignee_user_id: string | null;
      assignee_team_id: string | null;
      audience_role: string | null;
      due_date: string;
      status: string;
    }>(
      "select assignee_user_id, assignee_team_id, audience_role, to_char(due_date, 'YYYY-MM-DD') as due_date, status from task where kind = 'rights' and subject_id = $1",
      [subjectId],
    );
    return row;
  }

  /** A refused request, decided `decidedDaysAgo` days ago: something to object to. */
  async function refusedRequest(decidedDaysAgo: number) {
    const request = await post('u-sanne', `${HH}/requests`, {
      law: 'jeugdwet',
      subject: 'Ambulante gezinsbegeleiding',
      receivedOn: daysAgo(decidedDaysAgo + 20),
    });
    return post(
      'u-sanne',
      `${HH}/${request.id}/decision`,
      {
        outcome: 'refused',
        reason: 'De hulp past niet bij de vraag; we bieden een andere vorm.',
        decidedOn: daysAgo(decidedDaysAgo),
        version: request.version,
      },
      200,
    );
  }
  return { app, as, today, daysAgo, HH, post, problem, auditCount, openTask, refusedRequest };
}
