import type { Assignment, DeclarationOutcome } from '@een-plan/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { declarationApi } from '../../api/declarations-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { ButtonGroup, Fieldset, TextField } from '../plans/fields.tsx';
import { formatDate } from '../plans/PlanView.tsx';
import { DeclarationHistoryTable } from './DeclarationHistoryTable.tsx';
import { formatEuro } from './format.ts';

/** The last month that is over: declarations are per whole calendar month, after it ended. */
function lastMonthOver(): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
}

/** The provider declares one month of delivered care and sees the municipality's answer. */
export function DeclareForm({ assignment, onClose }: { assignment: Assignment; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [month, setMonth] = useState(lastMonthOver());
  const [volume, setVolume] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [outcome, setOutcome] = useState<DeclarationOutcome | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setOutcome(null);
    try {
      setOutcome(await declarationApi.declare(assignment.id, { month, volume: Number(volume) }));
      await queryClient.invalidateQueries({ queryKey: ['assignments'] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const unit = t(`assignments.units.${assignment.unit}`);
  return (
    <>
      <form onSubmit={(e) => void submit(e)} data-declare-form>
        <Fieldset legend={t('declarations.declareFor', { number: assignment.assignmentNumber })}>
          <Paragraph>{t('declarations.intro')}</Paragraph>
          <TextField
            label={t('declarations.month')}
            type="month"
            value={month}
            max={lastMonthOver()}
            pattern="\d{4}-\d{2}"
            onChange={(e) => setMonth(e.target.value)}
            required
          />
          <TextField
            label={t('declarations.volume', { unit })}
            type="number"
            inputMode="numeric"
            min={1}
            max={99999}
            step={1}
            value={volume}
            onChange={(e) => setVolume(e.target.value)}
            required
          />
        </Fieldset>
        {error !== null && <Alert type="error">{errorMessage(error, language, t)}</Alert>}
        {outcome && <OutcomeAlert outcome={outcome} unit={unit} />}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action" busy={busy} disabled={busy}>
            {t('declarations.send')}
          </Button>
          <Button onClick={onClose}>{t('declarations.close')}</Button>
        </ButtonGroup>
      </form>
      <DeclarationHistoryTable assignmentId={assignment.id} unit={unit} />
    </>
  );
}

function OutcomeAlert({ outcome, unit }: { outcome: DeclarationOutcome; unit: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const amount = formatEuro(outcome.approvedCents, language);
  const submitted = formatEuro(outcome.submittedCents, language);
  const codes = [
    ...new Set([...outcome.declarationCodes, ...outcome.lines.flatMap((l) => l.rejectionCodes)]),
  ];
  return (
    <Alert type={outcome.status === 'approved' ? 'ok' : outcome.status === 'rejected' ? 'error' : 'warning'}>
      <span data-declaration-status={outcome.status}>
        {t(`declarations.outcome.${outcome.status}`, { amount, submitted })}
      </span>
      <ul className="utrecht-unordered-list">
        {outcome.lines.map((l) => (
          <li key={l.referenceNumber} className="utrecht-unordered-list__item">
            {t('declarations.outcome.period', {
              from: formatDate(l.periodStart, language),
              until: formatDate(l.periodEnd, language),
              volume: `${l.volume} ${unit}`,
              amount: formatEuro(l.amountCents, language),
            })}
          </li>
        ))}
      </ul>
      {codes.length > 0 && (
        <>
          {t('declarations.outcome.reasons')}
          <ul className="utrecht-unordered-list" data-rejection-reasons>
            {codes.map((code) => (
              <li key={code} className="utrecht-unordered-list__item">
                {t(`declarations.codes.${code}`, { defaultValue: t('declarations.codes.other', { code }) })}
              </li>
            ))}
          </ul>
        </>
      )}
    </Alert>
  );
}
