import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ijwMessageQuery, ijwMessagesQuery } from '../../api/assignments-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { KeysetTable } from '../../components/KeysetList.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { TableCell, TableHeaderCell } from '../../components/Table.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { formatDate } from '../plans/PlanView.tsx';
import './assignments.css';

/** The administrator's "Berichten": every iJw message in and out, with XML, summary and report. */
export function MessagesPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  usePageTitle(t('assignments.messages.title'));
  const list = useInfiniteQuery(ijwMessagesQuery);
  const messages = list.data?.pages.flatMap((p) => p.messages) ?? [];
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <div aria-busy={list.isPending}>
      <Heading level={1}>{t('assignments.messages.title')}</Heading>
      <Paragraph lead>{t('assignments.messages.intro')}</Paragraph>
      <KeysetTable
        list={list}
        rows={messages}
        empty={t('assignments.messages.empty')}
        loadMoreLabel={t('assignments.messages.loadMore')}
        caption={t('assignments.messages.title')}
        columns={[
          t('assignments.messages.columns.type'),
          t('assignments.messages.columns.direction'),
          t('assignments.messages.columns.identification'),
          t('assignments.messages.columns.sender'),
          t('assignments.messages.columns.receiver'),
          t('assignments.messages.columns.status'),
          t('assignments.messages.columns.valid'),
          t('assignments.messages.columns.when'),
        ]}
        rowKey={(m) => m.id}
      >
        {(m) => (
          <>
            <TableHeaderCell scope="row">
              <Button
                appearance="subtle"
                pressed={selected === m.id}
                onClick={() => setSelected(selected === m.id ? null : m.id)}
                aria-label={t('assignments.messages.show', {
                  type: m.messageType,
                  id: m.berichtIdentificatie,
                })}
              >
                {m.messageType}
              </Button>
            </TableHeaderCell>
            <TableCell>
              {t(m.direction === 'in' ? 'assignments.messages.in' : 'assignments.messages.out')}
            </TableCell>
            <TableCell>{m.berichtIdentificatie}</TableCell>
            <TableCell>{m.sender}</TableCell>
            <TableCell>{m.receiver}</TableCell>
            <TableCell>{t(`assignments.messages.statuses.${m.status}`)}</TableCell>
            <TableCell>
              <StatusBadge status={m.valid ? 'success' : 'warning'}>
                {t(m.valid ? 'assignments.messages.valid' : 'assignments.messages.invalid')}
              </StatusBadge>
            </TableCell>
            <TableCell>{formatDate(m.createdAt, language)}</TableCell>
          </>
        )}
      </KeysetTable>
      {selected && <MessageDetail id={selected} onClose={() => setSelected(null)} />}
    </div>
  );
}

function MessageDetail({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const detail = useQuery(ijwMessageQuery(id));
  return (
    <section aria-labelledby="ijw-message-detail" aria-busy={detail.isPending}>
      {detail.isPending && <LoadingState />}
      {detail.isError && <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />}
      {detail.data && (
        <>
          <Heading level={2} id="ijw-message-detail">
            {`${detail.data.messageType} ${detail.data.berichtIdentificatie}`}
          </Heading>
          <Heading level={3}>{t('assignments.messages.summary')}</Heading>
          <pre className="ijw-pre">{JSON.stringify(detail.data.summary, null, 2)}</pre>
          <Heading level={3}>{t('assignments.messages.validation')}</Heading>
          <pre className="ijw-pre">{JSON.stringify(detail.data.validation, null, 2)}</pre>
          <Heading level={3}>{t('assignments.messages.xml')}</Heading>
          <pre className="ijw-pre">{detail.data.xml}</pre>
          <Button onClick={onClose}>{t('assignments.messages.close')}</Button>
        </>
      )}
    </section>
  );
}
