import { retourcodeText } from '@een-plan/ijw';
import { describe, expect, it } from 'vitest';
import { assignTomAmbulant } from './helpers/assignment-builder.ts';
import { dutchDay } from './helpers/dutch-day.ts';
import { appOfFile } from './helpers/file-app.ts';

const { app, as } = appOfFile();

const day = (offset: number) => dutchDay(offset);

const assign = async (startDate: string, endDate: string) =>
  assignTomAmbulant(await as('u-sanne'), startDate, endDate);

describe("a provider's start: rough edge 3 of issue 13", () => {
  it('accepts the start on the default date (today, inside the assignment period)', async () => {
    // A period that has begun: today is a valid start date.
    const current = await assign(day(-3), day(40));
    const res = await (await as('u-fatima')).request({
      method: 'POST',
      url: `/api/provider/assignments/${current}/start`,
      payload: { version: 1, startDate: day(0) },
    });
    expect(res.statusCode).toBe(200);
  });

  it('answers a rejected start with its retourcodes in words and keeps the message under Berichten', async () => {
    const future = await assign(day(20), day(60));
    const res = await (await as('u-fatima')).request({
      method: 'POST',
      url: `/api/provider/assignments/${future}/start`,
      payload: { version: 1, startDate: day(0) },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'assignment_message_rejected',
      errors: [
        {
          path: 'Client/StartProducten/StartProduct[1]',
          code: '9019',
          // In words: the official meaning (code list WJ001) and its English.
          message: retourcodeText('9019'),
        },
      ],
    });
    // Both the JW305 (rejected) and the municipality's JW306 with the code are stored.
    const stored = await app().database.ownerQuery<{
      message_type: string;
      status: string;
      summary: unknown;
    }>('select message_type, status, summary from ijw_message where assignment_id = $1 order by created_at', [
      future,
    ]);
    expect(stored.map((m) => [m.message_type, m.status])).toEqual(
      expect.arrayContaining([
        ['JW305', 'rejected'],
        ['JW306', expect.any(String)],
      ]),
    );
    expect(stored.find((m) => m.message_type === 'JW306')?.summary).toMatchObject({
      retourcodes: ['9019'],
      accepted: false,
    });
    const list = await (await as('u-erik')).request({ url: '/api/admin/ijw-messages?limit=200' });
    expect(list.statusCode).toBe(200);
    const types = list
      .json()
      .messages.filter((m: { assignmentId: string | null }) => m.assignmentId === future)
      .map((m: { messageType: string }) => m.messageType);
    expect(types).toEqual(expect.arrayContaining(['JW305', 'JW306']));
    // The assignment itself is unchanged: still waiting for its start.
    const [row] = await app().database.ownerQuery<{ status: string; version: number }>(
      'select status, version from assignment where id = $1',
      [future],
    );
    expect(row).toEqual({ status: 'assigned', version: 1 });
  });
});
