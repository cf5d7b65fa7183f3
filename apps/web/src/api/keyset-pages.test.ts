import { describe, expect, it } from 'vitest';
import { pageUrl } from './keyset-pages.ts';

describe('pageUrl', () => {
  it('asks for the first page without a cursor and leaves out a filter that is not set', () => {
    expect(pageUrl('/api/assignment-requests', { status: undefined }, null)).toBe('/api/assignment-requests');
    expect(pageUrl('/api/tasks', { status: 'open', pageSize: 20 }, null)).toBe(
      '/api/tasks?status=open&pageSize=20',
    );
  });

  it('sends the cursor back as it came, encoded for the URL, after the list’s own query', () => {
    expect(pageUrl('/api/referrals/queue', { filter: 'all' }, 'WzEsIjIwMjYiXQ')).toBe(
      '/api/referrals/queue?filter=all&cursor=WzEsIjIwMjYiXQ',
    );
    expect(pageUrl('/api/admin/ijw-messages', {}, 'a b&c')).toBe('/api/admin/ijw-messages?cursor=a+b%26c');
  });
});
