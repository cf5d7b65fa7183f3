import { appOfFile } from './file-app.ts';

/**
 * The set-up of a referral (signal) test file: the demo app of the file, its logged-in clients, and
 * the filing, reading and triage of a signal its tests share.
 */
export function referralFile() {
  const { app, as } = appOfFile();

  async function file(userId: string, body: unknown) {
    return (await as(userId)).request({ method: 'POST', url: '/api/referrals', payload: body as object });
  }

  async function detail(id: string, userId = 'u-ahmed') {
    return (await as(userId)).request({ url: `/api/referrals/${id}` });
  }

  async function triage(id: string, body: Record<string, unknown>, userId = 'u-ahmed') {
    const version = body.version ?? (await detail(id, userId)).json().version;
    return (await as(userId)).request({
      method: 'POST',
      url: `/api/referrals/${id}/triage`,
      payload: { ...body, version },
    });
  }
  return { app, as, file, detail, triage };
}
