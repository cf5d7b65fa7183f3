import { FUTURE_PLAN_TOPICS, type FuturePlanSettings } from '@een-plan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { futurePlanSettingsQuery, setFuturePlanTopicActive } from '../../api/future-plan-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '../../components/Table.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { FuturePlanTopicForm, type OwnTopic } from './FuturePlanTopicForm.tsx';
import { TopicOrderButtons, useTopicOrder } from './TopicOrderButtons.tsx';

type Row = Omit<OwnTopic, 'deactivatedAt'> & { custom: boolean };
type Selected = { kind: 'edit' | 'deactivate'; topic: OwnTopic };

const focusById = (id: string) => document.getElementById(id)?.focus();
const editButtonId = (key: string) => `future-plan-edit-${key}`;
const activeButtonId = (key: string) => `future-plan-active-${key}`;

/** Asked before a topic is deactivated: says what happens to new and existing plans. */
function ConfirmDeactivate({
  topic,
  busy,
  onConfirm,
  onCancel,
}: {
  topic: OwnTopic;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  useEffect(() => focusById('future-plan-confirm'), []);
  return (
    <section className="future-plan-confirm" aria-labelledby="future-plan-confirm">
      <Heading level={3} id="future-plan-confirm" tabIndex={-1}>
        {t('futurePlan.admin.confirmTitle', { title: topic.title[language] })}
      </Heading>
      <Paragraph>{t('futurePlan.admin.confirmText')}</Paragraph>
      <div className="future-plan-actions">
        <Button appearance="primary-action" busy={busy} onClick={onConfirm}>
          {t('futurePlan.admin.confirmYes')}
        </Button>
        <Button onClick={onCancel}>{t('futurePlan.admin.cancel')}</Button>
      </div>
    </section>
  );
}

/**
 * Every topic a toekomstplan has, in the municipality's order: the standard ones and its own. The
 * administrator puts them all in order, and edits, stops using (after a confirmation) and uses
 * again its own ones.
 */
export function FuturePlanTopicsSection({ settings }: { settings: FuturePlanSettings }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [selected, setSelected] = useState<Selected | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const toggle = useMutation({
    mutationFn: ({ topic, active }: { topic: OwnTopic; active: boolean }) =>
      setFuturePlanTopicActive(topic.key, active),
    onSuccess: (saved, { topic, active }) => {
      queryClient.setQueryData(futurePlanSettingsQuery.queryKey, saved);
      setSelected(null);
      const title = topic.title[language];
      setNotice(t(active ? 'futurePlan.admin.reactivated' : 'futurePlan.admin.deactivated', { title }));
      // The row's button now does the opposite; the keyboard stays where it was.
      setTimeout(() => focusById(activeButtonId(topic.key)));
    },
  });
  const order = useTopicOrder(settings, (message) => {
    toggle.reset();
    setNotice(message);
  });
  // One list, standard and own topics in the municipality's order.
  const byKey = new Map<string, Row>([
    ...FUTURE_PLAN_TOPICS.map((topic): [string, Row] => [
      topic.key,
      { ...topic, custom: false, active: true },
    ]),
    ...settings.customTopics.map((topic): [string, Row] => [topic.key, { ...topic, custom: true }]),
  ]);
  const rows = settings.topicOrder.flatMap((key) => byKey.get(key) ?? []);
  const own = (key: string) => settings.customTopics.find((topic) => topic.key === key);
  const choose = (kind: Selected['kind'], key: string) => {
    const topic = own(key);
    toggle.reset();
    setNotice(null);
    setSelected(topic ? { kind, topic } : null);
  };
  const closeEdit = (saved: boolean) => {
    const key = selected?.topic.key;
    setSelected(null);
    if (saved) setNotice(t('futurePlan.admin.edited'));
    if (key) setTimeout(() => focusById(editButtonId(key)));
  };
  return (
    <section aria-labelledby="future-plan-topics">
      <Heading level={2} id="future-plan-topics">
        {t('futurePlan.admin.topicsTitle')}
      </Heading>
      <Paragraph>{t('futurePlan.admin.orderHint')}</Paragraph>
      <Table caption={t('futurePlan.admin.topicsTitle')} hideCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('futurePlan.admin.columns.topic')}</TableHeaderCell>
            <TableHeaderCell>{t('futurePlan.admin.columns.explanation')}</TableHeaderCell>
            <TableHeaderCell>{t('futurePlan.admin.columns.due')}</TableHeaderCell>
            <TableHeaderCell>{t('futurePlan.admin.columns.source')}</TableHeaderCell>
            <TableHeaderCell>{t('futurePlan.admin.columns.state')}</TableHeaderCell>
            <TableHeaderCell>{t('futurePlan.admin.columns.actions')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((topic) => {
            const title = topic.title[language];
            return (
              <TableRow key={topic.key} data-topic-key={topic.key}>
                <TableHeaderCell scope="row">{title}</TableHeaderCell>
                <TableCell>{topic.explanation[language]}</TableCell>
                <TableCell>
                  {topic.monthsBefore18 === 0
                    ? t('futurePlan.admin.dueAt18')
                    : t('futurePlan.admin.dueBefore18', { count: topic.monthsBefore18 })}
                </TableCell>
                <TableCell>
                  {t(topic.custom ? 'futurePlan.admin.custom' : 'futurePlan.admin.standard')}
                </TableCell>
                <TableCell>
                  <StatusBadge status={topic.active ? 'active' : 'inactive'}>
                    {t(topic.active ? 'futurePlan.admin.inUse' : 'futurePlan.admin.notInUse')}
                  </StatusBadge>
                </TableCell>
                <TableCell>
                  <div className="future-plan-actions">
                    {topic.custom && (
                      <>
                        <Button
                          id={editButtonId(topic.key)}
                          aria-label={t('futurePlan.admin.editLabel', { title })}
                          onClick={() => choose('edit', topic.key)}
                        >
                          {t('futurePlan.admin.edit')}
                        </Button>
                        <Button
                          id={activeButtonId(topic.key)}
                          appearance="subtle"
                          busy={toggle.isPending && toggle.variables?.topic.key === topic.key}
                          aria-label={t(
                            topic.active
                              ? 'futurePlan.admin.deactivateLabel'
                              : 'futurePlan.admin.reactivateLabel',
                            { title },
                          )}
                          onClick={() => {
                            const ownTopic = own(topic.key);
                            if (!topic.active && ownTopic) toggle.mutate({ topic: ownTopic, active: true });
                            else choose('deactivate', topic.key);
                          }}
                        >
                          {t(topic.active ? 'futurePlan.admin.deactivate' : 'futurePlan.admin.reactivate')}
                        </Button>
                      </>
                    )}
                    <TopicOrderButtons topicKey={topic.key} title={title} order={order} />
                  </div>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {settings.customTopics.length === 0 && <Paragraph>{t('futurePlan.admin.noOwnTopics')}</Paragraph>}
      {notice && <Alert type="ok">{notice}</Alert>}
      {toggle.isError && <Alert type="error">{errorMessage(toggle.error, language, t)}</Alert>}
      {order.move.isError && <Alert type="error">{errorMessage(order.move.error, language, t)}</Alert>}
      {selected?.kind === 'deactivate' && (
        <ConfirmDeactivate
          topic={selected.topic}
          busy={toggle.isPending}
          onConfirm={() => toggle.mutate({ topic: selected.topic, active: false })}
          onCancel={() => {
            setSelected(null);
            focusById(activeButtonId(selected.topic.key));
          }}
        />
      )}
      {selected?.kind === 'edit' && (
        <FuturePlanTopicForm
          key={selected.topic.key}
          ownTopics={settings.customTopics}
          editing={selected.topic}
          onDone={closeEdit}
        />
      )}
    </section>
  );
}
