import type { DossierPart, DryRun, DueDossier } from '@een-plan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { destroyDossiers, runDryRun } from '../../api/retention-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '../../components/Table.tsx';
import { formatDate } from '../../i18n/dates.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { TextField } from '../referrals/fields.tsx';

/** Each part's term, the longest first and marked: the rule that made the dossier due. */
function TermRule({ dossier }: { dossier: DueDossier }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const parts = [...dossier.parts].sort((a, b) => b.keepUntil.localeCompare(a.keepUntil));
  const years = (p: DueDossier['parts'][number]) =>
    Number(p.keepUntil.slice(0, 4)) - Number(p.endedOn.slice(0, 4));
  return (
    <ul className="retention-list">
      {parts.map((p, i) => (
        <li key={p.recordType}>
          {t('retention.rule.part', {
            type: t(`retention.recordType.${p.recordType}`),
            ended: formatDate(p.endedOn, language),
            years: years(p),
            until: formatDate(p.keepUntil, language),
          })}
          {i === 0 && parts.length > 1 && <strong> ({t('retention.rule.decides')})</strong>}
        </li>
      ))}
    </ul>
  );
}

/** "Gezinsplan (3 versies)": the part's name and its main items, never a table name. */
export function partText(t: TFunction, p: DossierPart) {
  const amount =
    p.count > 0
      ? t(`retention.partCount.${p.part}`, { count: p.count })
      : t('retention.partRecords', { count: p.records });
  return `${t(`retention.partName.${p.part}`)} (${amount})`;
}

function WhatGoes({ parts }: { parts: DossierPart[] }) {
  const { t } = useTranslation();
  const total = parts.reduce((sum, p) => sum + p.records, 0);
  return (
    <>
      <ul className="retention-list">
        {parts.map((p) => (
          <li key={p.part}>{partText(t, p)}</li>
        ))}
      </ul>
      {t('retention.whatGoesTotal', { count: total })}
    </>
  );
}

function DueTable({ dossiers, dry }: { dossiers: DueDossier[]; dry?: DryRun }) {
  const { t } = useTranslation();
  const whatGoes = (id: string) => dry?.dossiers.find((d) => d.householdId === id)?.whatGoes;
  const columns = {
    dossier: t('retention.columns.household'),
    rule: t('retention.rule.title'),
    holds: t('retention.columns.holds'),
    goes: t('retention.whatGoesTitle'),
  };
  return (
    <Table caption={t('retention.dueTitle')} hideCaption className="een-plan-table--stack">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{columns.dossier}</TableHeaderCell>
          <TableHeaderCell>{columns.rule}</TableHeaderCell>
          <TableHeaderCell>{columns.holds}</TableHeaderCell>
          {dry && <TableHeaderCell>{columns.goes}</TableHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {dossiers.map((d) => {
          const parts = whatGoes(d.householdId);
          return (
            <TableRow key={d.householdId}>
              <TableHeaderCell scope="row" data-label={columns.dossier}>
                <span className="retention-dossier">
                  {d.householdName ?? t('retention.unnamedDossier', { id: d.householdId })}
                </span>
              </TableHeaderCell>
              <TableCell data-label={columns.rule}>
                <TermRule dossier={d} />
              </TableCell>
              <TableCell data-label={columns.holds}>
                {d.legalHolds.length === 0
                  ? t('retention.noHolds')
                  : d.legalHolds.map((h) => t(`retention.hold.${h}`, { defaultValue: h })).join(', ')}
              </TableCell>
              {dry && (
                <TableCell data-label={columns.goes}>
                  {parts ? <WhatGoes parts={parts} /> : t('retention.whatGoesHint')}
                </TableCell>
              )}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

/** The due list, the dry run (what would go, in plain words) and the typed confirmation. */
export function DuePanel({ dossiers }: { dossiers: DueDossier[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [typed, setTyped] = useState('');
  const ready = dossiers.filter((d) => d.legalHolds.length === 0).map((d) => d.householdId);
  const word = t('retention.confirmWord');
  const dry = useMutation({ mutationFn: runDryRun });
  const destroy = useMutation({
    mutationFn: () => destroyDossiers(ready),
    onSuccess: () => {
      setTyped('');
      dry.reset();
      void queryClient.invalidateQueries({ queryKey: ['admin', 'retention'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim() === word && ready.length > 0) destroy.mutate();
  };
  return (
    <section aria-labelledby="due-title">
      <Heading level={2} id="due-title">
        {t('retention.dueTitle')}
      </Heading>
      {destroy.isSuccess && (
        <Alert type="ok">{t('retention.destroyed', { count: destroy.data.destroyed.length })}</Alert>
      )}
      {dossiers.length === 0 ? (
        <Paragraph>{t('retention.dueEmpty')}</Paragraph>
      ) : (
        <>
          <DueTable dossiers={dossiers} dry={dry.data} />
          <div className="referral-actions">
            <Button type="button" busy={dry.isPending} onClick={() => dry.mutate()}>
              {t('retention.dryRun')}
            </Button>
          </div>
          <div aria-live="polite">
            {dry.isPending && <Paragraph>{t('retention.dryRunBusy')}</Paragraph>}
            {dry.isSuccess && <Alert type="info">{t('retention.dryRunDone')}</Alert>}
          </div>
          {dry.isError && <ErrorState error={dry.error} onRetry={() => dry.mutate()} />}
          {ready.length > 0 && (
            <form className="referral-form" onSubmit={submit}>
              <Heading level={3}>{t('retention.confirmTitle')}</Heading>
              <Paragraph>{t('retention.confirmIntro', { word, count: ready.length })}</Paragraph>
              <TextField
                label={t('retention.confirmLabel')}
                value={typed}
                onChange={setTyped}
                autoComplete="off"
              />
              {destroy.isError && <ErrorState error={destroy.error} />}
              <Button
                type="submit"
                appearance="primary-action"
                disabled={typed.trim() !== word}
                busy={destroy.isPending}
              >
                {t('retention.destroy')}
              </Button>
            </form>
          )}
        </>
      )}
    </section>
  );
}
