// @vitest-environment jsdom
import { IjwMessageList } from '@een-plan/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, ok } from '../../testing/fake-api.ts';
import { renderPage } from '../../testing/render-page.tsx';
import { MessagesPage } from './MessagesPage.tsx';

const message = (id: string, status: string, direction: 'in' | 'out', type: string) => ({
  id,
  direction,
  messageType: type,
  berichtIdentificatie: `B-${id}`,
  sender: direction === 'out' ? '0394' : '98765432',
  receiver: direction === 'out' ? '98765432' : '0394',
  assignmentId: null,
  retourMessageId: null,
  status,
  attempts: 0,
  valid: true,
  createdAt: '2026-11-03T08:00:00.000Z',
});

describe('Berichten (iJw messages)', () => {
  it('says each message’s status in words, never the stored code', async () => {
    const list = IjwMessageList.parse({
      messages: [
        message('1', 'delivered_locally', 'out', 'JW301'),
        message('2', 'processed', 'in', 'JW305'),
        message('3', 'partly_rejected', 'in', 'JW303'),
      ],
      nextCursor: null,
    });
    fakeApi().on('GET /api/admin/ijw-messages', ok(list));
    renderPage(MessagesPage, { path: '/beheer/berichten', url: '/beheer/berichten' });
    const table = await screen.findByRole('table');
    expect(within(table).getByText('Afgeleverd in Eén Plan')).toBeInTheDocument();
    expect(within(table).getByText('Verwerkt')).toBeInTheDocument();
    expect(within(table).getByText('Deels afgekeurd')).toBeInTheDocument();
    expect(table).not.toHaveTextContent(/delivered_locally|processed|partly_rejected/);
  });
});
