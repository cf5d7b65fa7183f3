import type { TestClient } from './test-app.ts';

/** A provider's system posts an iJw message (XML) to the transport route; the answer, unchecked. */
export const postIjwMessage = (client: TestClient, xml: string) =>
  client.request({
    method: 'POST',
    url: '/api/ijw/messages',
    headers: { 'content-type': 'application/xml' },
    payload: xml,
  });
