import type { Assignment, IjwStopReason } from '@een-plan/contracts';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error.ts';
import { assignmentApi, providerAssignmentsQuery } from '../../api/assignments-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Heading } from '../../components/Heading.tsx';
import { KeysetTable } from '../../components/KeysetList.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { TableCell, TableHeaderCell } from '../../components/Table.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { ButtonGroup, Fieldset, SelectField, TextField } from '../plans/fields.tsx';
import { formatDate } from '../plans/PlanView.tsx';
import { DeclareForm } from './DeclareForm.tsx';
import { STATUS_BADGE, todayIso, volumeText } from './format.ts';
import { ProviderRequestsSection } from './ProviderRequestsSection.tsx';
import { usageText } from './usage.ts';

const STOP_REASONS: IjwStopReason[] = ['31', '34', '32', '33', '35', '36', '37', '38', '39', '20', '02'];

/** The provider's "Toewijzingen": assignments to the own organisation, with start and stop. */
export function ProviderAssignmentsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  usePageTitle(t('assignments.provider.title'));
  const list = useInfiniteQuery(providerAssignmentsQuery);
  const assignments = list.data?.pages.flatMap((p) => p.assignments) ?? [];
  const [form, setForm] = useState<{ kind: 'start' | 'stop'; assignment: Assignment } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [declaring, setDeclaring] = useState<Assignment | null>(null);
  return (
    <div aria-busy={list.isPending}>
      <Heading level={1}>{t('assignments.provider.title')}</Heading>
      <Paragraph lead>{t('assignments.provider.intro')}</Paragraph>
      {done && <Alert type="ok">{done}</Alert>}
      <KeysetTable
        list={list}
        rows={assignments}
        empty={t('assignments.provider.empty')}
        loadMoreLabel={t('assignments.provider.loadMore')}
        caption={t('assignments.provider.title')}
        columns={[
          t('assignments.provider.columns.number'),
          t('assignments.provider.columns.youth'),
          t('assignments.provider.columns.product'),
          t('assignments.provider.columns.period'),
          t('assignments.provider.columns.volume'),
          t('assignments.provider.columns.status'),
          t('assignments.provider.columns.actions'),
        ]}
        rowKey={(a) => a.id}
      >
        {(a) => (
          <>
            <TableHeaderCell scope="row">{a.assignmentNumber}</TableHeaderCell>
            <TableCell>{a.personFirstName}</TableCell>
            <TableCell>{`${a.productName} (${a.productCategory} ${a.productCode})`}</TableCell>
            <TableCell>{`${formatDate(a.startDate, language)} – ${formatDate(a.endDate, language)}`}</TableCell>
            <TableCell>
              {volumeText(a, t)}
              {usageText(a, t) && (
                <>
                  <br />
                  <span data-volume-used>{usageText(a, t)}</span>
                </>
              )}
            </TableCell>
            <TableCell>
              <StatusBadge status={STATUS_BADGE[a.status]}>{t(`assignments.status.${a.status}`)}</StatusBadge>
            </TableCell>
            <TableCell>
              {a.status === 'assigned' && (
                <Button
                  onClick={() => {
                    setDone(null);
                    setForm({ kind: 'start', assignment: a });
                  }}
                  aria-label={t('assignments.provider.startFor', { number: a.assignmentNumber })}
                >
                  {t('assignments.provider.start')}
                </Button>
              )}
              {a.status === 'started' && (
                <Button
                  onClick={() => {
                    setDone(null);
                    setForm({ kind: 'stop', assignment: a });
                  }}
                  aria-label={t('assignments.provider.stopFor', { number: a.assignmentNumber })}
                >
                  {t('assignments.provider.stop')}
                </Button>
              )}
              {(a.status === 'started' || a.status === 'stopped') && (
                <Button
                  onClick={() => {
                    setDone(null);
                    setForm(null);
                    setDeclaring(a);
                  }}
                  aria-label={t('declarations.declareFor', { number: a.assignmentNumber })}
                >
                  {t('declarations.declare')}
                </Button>
              )}
            </TableCell>
          </>
        )}
      </KeysetTable>
      {declaring && (
        <DeclareForm key={declaring.id} assignment={declaring} onClose={() => setDeclaring(null)} />
      )}
      {form && (
        <ReportForm
          key={`${form.kind}-${form.assignment.id}`}
          kind={form.kind}
          assignment={form.assignment}
          onClose={(message) => {
            setForm(null);
            if (message) setDone(message);
          }}
        />
      )}
      <ProviderRequestsSection />
    </div>
  );
}

function ReportForm({
  kind,
  assignment,
  onClose,
}: {
  kind: 'start' | 'stop';
  assignment: Assignment;
  onClose: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const range = reportRange(kind, assignment, todayIso());
  const [date, setDate] = useState(range.defaultDate ?? '');
  const [reason, setReason] = useState<IjwStopReason>('31');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (kind === 'start') await assignmentApi.start(assignment.id, assignment.version, date);
      else await assignmentApi.stop(assignment.id, { version: assignment.version, stopDate: date, reason });
      await queryClient.invalidateQueries({ queryKey: ['assignments'] });
      onClose(t(kind === 'start' ? 'assignments.provider.started' : 'assignments.provider.stopped'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const hintId = `report-hint-${assignment.id}`;
  const legend = t(kind === 'start' ? 'assignments.provider.startFor' : 'assignments.provider.stopFor', {
    number: assignment.assignmentNumber,
  });
  return (
    <form onSubmit={(e) => void submit(e)}>
      <Fieldset legend={legend}>
        {range.defaultDate === null ? (
          <Alert type="info">
            {t('providerReport.notYet', { from: formatDate(assignment.startDate, language) })}
          </Alert>
        ) : (
          <>
            <TextField
              label={t(kind === 'start' ? 'assignments.provider.startDate' : 'assignments.provider.stopDate')}
              type="date"
              value={date}
              min={range.min}
              max={range.max}
              onChange={(e) => setDate(e.target.value)}
              aria-describedby={hintId}
              required
            />
            <Paragraph>
              <span id={hintId}>
                {kind === 'start'
                  ? t('providerReport.allowedStart', {
                      from: formatDate(range.min, language),
                      to: formatDate(assignment.endDate, language),
                    })
                  : t('providerReport.allowedStop', { from: formatDate(range.min, language) })}
              </span>
            </Paragraph>
          </>
        )}
        {kind === 'stop' && (
          <SelectField
            label={t('assignments.provider.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value as IjwStopReason)}
          >
            {STOP_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`assignments.stopReasons.${r}`)}
              </option>
            ))}
          </SelectField>
        )}
      </Fieldset>
      {error !== null && <ReportError error={error} />}
      <ButtonGroup>
        <Button
          type="submit"
          appearance="primary-action"
          busy={busy}
          disabled={busy || range.defaultDate === null}
        >
          {t('assignments.provider.send')}
        </Button>
        <Button onClick={() => onClose(null)}>{t('assignments.cancel')}</Button>
      </ButtonGroup>
    </form>
  );
}

/**
 * The dates a start or stop may carry: a start lies inside the assignment period and not after
 * today (TR019, and a start is reported once it happened); a stop lies between the start and
 * today. The default is today, moved into the range; null when no day is allowed yet (the
 * assignment begins in the future).
 */
export function reportRange(
  kind: 'start' | 'stop',
  a: Pick<Assignment, 'startDate' | 'endDate' | 'startedOn'>,
  today: string,
): { min: string; max: string; defaultDate: string | null } {
  const min = kind === 'start' ? a.startDate : (a.startedOn ?? a.startDate);
  const max = kind === 'start' && a.endDate < today ? a.endDate : today;
  if (min > max) return { min, max, defaultDate: null };
  return { min, max, defaultDate: today < min ? min : today > max ? max : today };
}

/** A rejected message: each retourcode with its meaning, and where the message is kept. */
function ReportError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const codes =
    error instanceof ApiError && error.problem?.code === 'assignment_message_rejected'
      ? (error.problem.errors ?? [])
      : [];
  if (codes.length === 0) return <Alert type="error">{errorMessage(error, language, t)}</Alert>;
  return (
    <Alert type="error">
      <Paragraph>{t('providerReport.rejectedCodes')}</Paragraph>
      <ul data-retourcodes>
        {codes.map((c) => (
          <li key={`${c.path}-${c.code}`}>
            {t('providerReport.code', { code: c.code, text: c.message[language] })}
          </li>
        ))}
      </ul>
      <Paragraph>{t('providerReport.stored')}</Paragraph>
    </Alert>
  );
}
