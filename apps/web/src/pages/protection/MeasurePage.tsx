import { MEASURE_EXTENDABLE, MeasureEndReason, type ProtectionMeasure } from '@een-plan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeMeasure, measureKeys, measureQuery } from '../../api/crisis-api.ts';
import { useSession } from '../../auth/use-session.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { DateField, RecordForm } from '../crisis/RecordForm.tsx';
import { SelectField, TextField } from '../households/form-fields.tsx';
import { formatDate } from '../referrals/format.ts';
import '../crisis/crisis.css';

/** One measure: its period, deadlines and extensions; the GI records an extension, placement or end. */
export function MeasurePage() {
  const { t } = useTranslation();
  usePageTitle(t('protection.page.title'));
  const { measureId } = useParams({ strict: false }) as { measureId: string };
  const measure = useQuery(measureQuery(measureId));
  const gi = useSession()?.user.role === 'certified_institution';
  return (
    <div aria-busy={measure.isPending}>
      <Heading level={1}>{t('protection.page.title')}</Heading>
      {gi && <Link to="/maatregelen">{t('protection.page.back')}</Link>}
      {measure.isPending && <LoadingState />}
      {measure.isError && <ErrorState error={measure.error} onRetry={() => void measure.refetch()} />}
      {measure.isSuccess && (
        <MeasureView m={measure.data} editable={gi && measure.data.status === 'active'} />
      )}
    </div>
  );
}

function MeasureView({ m, editable }: { m: ProtectionMeasure; editable: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const d = (iso: string) => formatDate(iso, language);
  return (
    <>
      <Paragraph lead>
        {m.personFirstName} — {t(`protection.kind.${m.kind}`)}{' '}
        <StatusBadge status={m.status === 'active' ? 'active' : 'warning'}>
          {t(`protection.status.${m.status}`)}
        </StatusBadge>
      </Paragraph>
      <dl className="crisis-facts">
        <dt>{t('protection.endDate')}</dt>
        <dd>{t('protection.page.period', { start: d(m.startDate), end: d(m.endDate) })}</dd>
        {m.extensionDeadline && (
          <>
            <dt>{t('protection.page.extensionDeadline')}</dt>
            <dd>{d(m.extensionDeadline)}</dd>
          </>
        )}
        {m.lapsesUnusedOn && (
          <>
            <dt>{t('protection.page.lapsesUnusedOn')}</dt>
            <dd>{d(m.lapsesUnusedOn)}</dd>
          </>
        )}
        {m.placementStartedOn && (
          <>
            <dt>{t('protection.page.placementStartedOn')}</dt>
            <dd>{d(m.placementStartedOn)}</dd>
          </>
        )}
        <dt>{t('protection.page.organisation')}</dt>
        <dd>{m.organisationName}</dd>
        <dt>{t('protection.page.caseworker')}</dt>
        <dd>{m.caseworkerName}</dd>
        <dt>{t('protection.page.court')}</dt>
        <dd>{m.courtReference}</dd>
      </dl>
      {m.extensions.length > 0 && (
        <>
          <Heading level={2}>{t('protection.page.extensions')}</Heading>
          <ul>
            {m.extensions.map((x) => (
              <li key={x.newEndDate}>
                {t('protection.page.extension', {
                  from: d(x.previousEndDate),
                  to: d(x.newEndDate),
                  court: x.courtReference,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {editable && <MeasureForms m={m} />}
    </>
  );
}

function ChangeForm({
  title,
  run,
  children,
}: {
  title: string;
  run: () => Promise<ProtectionMeasure>;
  children: ReactNode;
}) {
  return (
    <RecordForm run={run} submit={title} title={title} oneKey={measureKeys.one} allKey={measureKeys.all}>
      {children}
    </RecordForm>
  );
}

function MeasureForms({ m }: { m: ProtectionMeasure }) {
  const { t } = useTranslation();
  const [newEnd, setNewEnd] = useState('');
  const [court, setCourt] = useState('');
  const [placedOn, setPlacedOn] = useState('');
  const [endedOn, setEndedOn] = useState('');
  const [reason, setReason] = useState<MeasureEndReason>('court_ended');
  return (
    <>
      {MEASURE_EXTENDABLE[m.kind] && (
        <ChangeForm
          title={t('protection.page.extend')}
          run={() => changeMeasure(m.id, 'extension', { newEndDate: newEnd, courtReference: court })}
        >
          <DateField label={t('protection.page.newEndDate')} value={newEnd} onChange={setNewEnd} />
          <TextField
            label={t('protection.register.courtReference')}
            value={court}
            onChange={(e) => setCourt(e.target.value)}
            required
            minLength={3}
          />
        </ChangeForm>
      )}
      {m.kind === 'out_of_home_placement' && !m.placementStartedOn && (
        <ChangeForm
          title={t('protection.page.placement')}
          run={() => changeMeasure(m.id, 'placement', { placementStartedOn: placedOn })}
        >
          <DateField
            label={t('protection.page.placementStartedOn')}
            value={placedOn}
            onChange={setPlacedOn}
          />
        </ChangeForm>
      )}
      <ChangeForm
        title={t('protection.page.end')}
        run={() => changeMeasure(m.id, 'end', { endedOn, reason })}
      >
        <DateField label={t('protection.page.endedOn')} value={endedOn} onChange={setEndedOn} />
        <SelectField
          label={t('protection.page.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value as MeasureEndReason)}
        >
          {MeasureEndReason.options.map((r) => (
            <option key={r} value={r}>
              {t(`protection.endReason.${r}`)}
            </option>
          ))}
        </SelectField>
      </ChangeForm>
    </>
  );
}
