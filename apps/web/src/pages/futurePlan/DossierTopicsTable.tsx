import type { FuturePlan, FuturePlanTopicOwner, FuturePlanTopicStatus } from '@een-plan/contracts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
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
import { formatDate } from '../households/HouseholdsPage.tsx';
import { ownerChoices, type PlanTopic, TOPIC_STATUSES, useTopicUpdate } from './topic-update.ts';

const settled = (topic: PlanTopic) => topic.status === 'done' || topic.status === 'not_needed';

/** A select inside a table cell: its label is the column and the row, said to screen readers. */
function CellSelect<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: readonly (readonly [T, string])[];
  onChange: (value: T) => void;
}) {
  return (
    <select
      className="utrecht-select utrecht-select--html-select"
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.target.value as T)}
    >
      {options.map(([v, text]) => (
        <option key={v} value={v}>
          {text}
        </option>
      ))}
    </select>
  );
}

/** The column's name above a value, shown only where the narrow layout hides the table header. */
function CellLabel({ children }: { children: string }) {
  return (
    <span className="future-plan-cell-label" aria-hidden="true">
      {children}
    </span>
  );
}

function DueCell({ topic }: { topic: PlanTopic }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <TableCell>
      <CellLabel>{t('futurePlan.dossier.dueDate')}</CellLabel>
      {formatDate(topic.dueDate, language)}{' '}
      {topic.overdue && <StatusBadge status="warning">{t('futurePlan.dossier.overdue')}</StatusBadge>}
    </TableCell>
  );
}

/** The coordinator changes one topic's status and owner, saved with the row's button. */
function EditableTopicRow({
  plan,
  topic,
  onSaved,
}: {
  plan: FuturePlan;
  topic: PlanTopic;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const title = topic.title[language];
  const [status, setStatus] = useState<FuturePlanTopicStatus>(topic.status);
  const [owner, setOwner] = useState<FuturePlanTopicOwner>(topic.owner);
  const save = useTopicUpdate(plan, topic);
  // After a save (here or elsewhere) the row starts from what is stored; it stays mounted, so
  // the keyboard stays on its button.
  useEffect(() => {
    setStatus(topic.status);
    setOwner(topic.owner);
  }, [topic.status, topic.owner]);
  const ownerName = (o: FuturePlanTopicOwner) =>
    o === 'helper' && plan.helper
      ? t('futurePlan.dossier.helperOwner', { name: plan.helper.name })
      : t(`futurePlan.owner.${o}`);
  return (
    <TableRow>
      <TableHeaderCell scope="row">{title}</TableHeaderCell>
      <TableCell>
        <CellLabel>{t('futurePlan.dossier.status')}</CellLabel>
        <CellSelect
          label={t('futurePlan.dossier.statusOf', { title })}
          value={status}
          options={TOPIC_STATUSES.map((s) => [s, t(`futurePlan.status.${s}`)] as const)}
          onChange={setStatus}
        />
      </TableCell>
      <TableCell>
        <CellLabel>{t('futurePlan.dossier.owner')}</CellLabel>
        <CellSelect
          label={t('futurePlan.dossier.ownerOf', { title })}
          value={owner}
          options={ownerChoices(plan, topic.owner).map((o) => [o, ownerName(o)] as const)}
          onChange={setOwner}
        />
      </TableCell>
      <DueCell topic={topic} />
      <TableCell>
        <Button
          busy={save.isPending}
          aria-label={t('futurePlan.dossier.saveTopic', { title })}
          onClick={() => {
            if (save.isPending) return;
            save.mutate(
              { status, owner },
              {
                onSuccess: () =>
                  onSaved(
                    t('futurePlan.dossier.topicSaved', {
                      title,
                      status: t(`futurePlan.status.${status}`),
                      owner: ownerName(owner),
                    }),
                  ),
              },
            );
          }}
        >
          {t('futurePlan.dossier.save')}
        </Button>
        {save.isError && (
          <Alert type="error">
            {t('futurePlan.dossier.topicNotSaved', { title })} {errorMessage(save.error, language, t)}
          </Alert>
        )}
      </TableCell>
    </TableRow>
  );
}

function ReadOnlyTopicRow({ topic }: { topic: PlanTopic }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <TableRow>
      <TableHeaderCell scope="row">{topic.title[language]}</TableHeaderCell>
      <TableCell>{t(`futurePlan.status.${topic.status}`)}</TableCell>
      <TableCell>{t(`futurePlan.owner.${topic.owner}`)}</TableCell>
      <DueCell topic={topic} />
    </TableRow>
  );
}

/**
 * The plan's topics for the coordinator, soonest due first, settled ones included so she can open
 * one again (the order does not change with a status, so a saved row stays where it was). Where
 * she may, she sets status and owner.
 */
export function DossierTopicsTable({ plan }: { plan: FuturePlan }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [notice, setNotice] = useState<string | null>(null);
  const active = plan.topics.filter((x) => x.active);
  const byDue = (a: PlanTopic, b: PlanTopic) => a.dueDate.localeCompare(b.dueDate);
  const open = active.filter((x) => !settled(x));
  const rows = [...active].sort(byDue);
  const editable = plan.may.updateTopics;
  // Topics the municipality stopped using: no longer due, but their answers stay visible.
  const retired = plan.topics.filter((x) => !x.active);
  return (
    <>
      {open.length === 0 && <Paragraph>{t('futurePlan.dossier.allDone')}</Paragraph>}
      <div className="future-plan-table-wrap">
        <Table
          caption={t('futurePlan.dossier.caption', { name: plan.youthFirstName })}
          hideCaption
          className={editable ? 'future-plan-edit-table' : undefined}
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('futurePlan.dossier.topic')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('futurePlan.dossier.status')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('futurePlan.dossier.owner')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('futurePlan.dossier.dueDate')}</TableHeaderCell>
              {editable && (
                <TableHeaderCell scope="col">
                  <span className="visually-hidden">{t('futurePlan.dossier.actions')}</span>
                </TableHeaderCell>
              )}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((topic) =>
              editable ? (
                <EditableTopicRow key={topic.key} plan={plan} topic={topic} onSaved={setNotice} />
              ) : (
                <ReadOnlyTopicRow key={topic.key} topic={topic} />
              ),
            )}
          </TableBody>
        </Table>
      </div>
      {notice && <Alert type="ok">{notice}</Alert>}
      {retired.length > 0 && (
        <Paragraph>
          {t('futurePlan.dossier.notInUse', {
            topics: retired
              .map((x) => `${x.title[language]} (${t(`futurePlan.status.${x.status}`)})`)
              .join(', '),
          })}
        </Paragraph>
      )}
    </>
  );
}
