import type { AdminAreaList, PostcodeImport, ReferralSettings } from '@een-plan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  adminAreasQuery,
  fetchImport,
  referralSettingsQuery,
  saveArea,
  saveReferralSettings,
  uploadPostcodeCsv,
} from '../../api/referrals-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '../../components/Table.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { SelectField, TextField } from '../referrals/fields.tsx';
import '../referrals/referrals.css';

type Team = AdminAreaList['teams'][number];

function TeamField({
  label,
  teams,
  value,
  onChange,
}: {
  label: string;
  teams: readonly Team[];
  value: string;
  onChange: (teamId: string) => void;
}) {
  return (
    <SelectField label={label} value={value} onChange={onChange}>
      {teams.map((x) => (
        <option key={x.id} value={x.id}>
          {x.name}
        </option>
      ))}
    </SelectField>
  );
}

/** Below an admin form: the failure, or that it was saved, and the save button. */
function SaveActions({
  mutation,
  saved,
}: {
  mutation: { isError: boolean; error: unknown; isSuccess: boolean; isPending: boolean };
  saved: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      {mutation.isError && <ErrorState error={mutation.error} />}
      {mutation.isSuccess && <Alert type="ok">{saved}</Alert>}
      <Button type="submit" appearance="primary-action" busy={mutation.isPending}>
        {t('areasAdmin.save')}
      </Button>
    </>
  );
}

/** The day counts of the referral settings, each a number field within its bounds. */
const DAY_FIELDS = [
  { key: 'firstContactNormDays', label: 'areasAdmin.norm', min: 1, max: 60 },
  { key: 'urgentFirstContactNormDays', label: 'areasAdmin.urgentNorm', min: 1, max: 60 },
  { key: 'reminderLeadDays', label: 'areasAdmin.lead', min: 0, max: 10 },
] as const;

function AreaEditor({ data }: { data: AdminAreaList }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [selected, setSelected] = useState('');
  const [newId, setNewId] = useState('');
  const [name, setName] = useState('');
  const [teamId, setTeamId] = useState(data.teams[0]?.id ?? '');
  const [postcodes, setPostcodes] = useState('');
  const choose = (id: string) => {
    setSelected(id);
    const a = data.areas.find((x) => x.id === id);
    setName(a?.name ?? '');
    setTeamId(a?.teamId ?? data.teams[0]?.id ?? '');
    setPostcodes(a?.postcodes.join(', ') ?? '');
  };
  const mutation = useMutation({
    mutationFn: () =>
      saveArea(selected || newId, {
        name,
        teamId,
        postcodes: postcodes.split(/[\s,;]+/).filter(Boolean),
      }),
    onSuccess: (list) => queryClient.setQueryData(adminAreasQuery.queryKey, list),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };
  return (
    <form className="referral-form" onSubmit={submit}>
      <Heading level={2}>{t('areasAdmin.editTitle')}</Heading>
      <SelectField label={t('areasAdmin.areaSelect')} value={selected} onChange={choose}>
        <option value="">{t('areasAdmin.newArea')}</option>
        {data.areas.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </SelectField>
      {!selected && (
        <TextField
          label={t('areasAdmin.areaId')}
          hint={t('areasAdmin.areaIdHint')}
          value={newId}
          onChange={setNewId}
          required
        />
      )}
      <TextField label={t('areasAdmin.name')} value={name} onChange={setName} required />
      <TeamField label={t('areasAdmin.team')} teams={data.teams} value={teamId} onChange={setTeamId} />
      <TextField
        label={t('areasAdmin.postcodes')}
        hint={t('areasAdmin.postcodesHint')}
        value={postcodes}
        onChange={setPostcodes}
      />
      <SaveActions mutation={mutation} saved={t('areasAdmin.saved')} />
    </form>
  );
}

function ImportStatus({ job }: { job: PostcodeImport }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const running = job.status === 'validating' || job.status === 'applying';
  return (
    <div>
      <Alert
        type={
          job.status === 'done'
            ? 'ok'
            : job.status === 'invalid' || job.status === 'failed'
              ? 'error'
              : 'info'
        }
      >
        <Paragraph>
          {t(`areasAdmin.status.${job.status}`, {
            created: job.created,
            moved: job.moved,
            unchanged: job.unchanged,
            areas: job.areasCreated,
          })}
        </Paragraph>
        {running && (
          <Paragraph>
            {t('areasAdmin.progress', { done: job.processedLines, total: job.totalLines })}
          </Paragraph>
        )}
      </Alert>
      {running && (
        <progress max={job.totalLines} value={job.processedLines} aria-label={t('areasAdmin.importTitle')} />
      )}
      {job.problems.length > 0 && (
        <Table caption={t('areasAdmin.problemsCaption')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell numeric>{t('areasAdmin.problemLine')}</TableHeaderCell>
              <TableHeaderCell>{t('areasAdmin.problemText')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {job.problems.map((p) => (
              <TableRow key={`${p.line}-${p.code}`}>
                <TableCell numeric>{p.line}</TableCell>
                <TableCell>{p.message[language]}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}

function CsvImport() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const upload = useMutation({
    mutationFn: async (f: File) => uploadPostcodeCsv(await f.text()),
    onSuccess: (job) => setJobId(job.id),
  });
  const job = useQuery({
    queryKey: ['admin', 'import', jobId],
    // Enabled only once there is a job; the guard keeps the type honest.
    queryFn: () => (jobId === null ? Promise.reject(new Error('no import job')) : fetchImport(jobId)),
    enabled: jobId !== null,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      if (status === 'done') void queryClient.invalidateQueries({ queryKey: adminAreasQuery.queryKey });
      return status === 'validating' || status === 'applying' || !status ? 500 : false;
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) upload.mutate(file);
  };
  return (
    <form className="referral-form" onSubmit={submit}>
      <Heading level={2}>{t('areasAdmin.importTitle')}</Heading>
      <Paragraph>{t('areasAdmin.importIntro')}</Paragraph>
      <div className="utrecht-form-field">
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor="postcode-csv">
            {t('areasAdmin.file')}
          </label>
        </div>
        <div className="utrecht-form-field__input">
          <input
            id="postcode-csv"
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
      </div>
      {upload.isError && <ErrorState error={upload.error} />}
      <div className="referral-actions">
        <Button
          type="submit"
          appearance="primary-action"
          disabled={!file || upload.isPending}
          busy={upload.isPending}
        >
          {t('areasAdmin.upload')}
        </Button>
      </div>
      <div aria-live="polite">{job.data && <ImportStatus job={job.data} />}</div>
    </form>
  );
}

function SettingsForm({ settings, data }: { settings: ReferralSettings; data: AdminAreaList }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState(settings);
  const mutation = useMutation({
    mutationFn: () => saveReferralSettings(form),
    onSuccess: (saved) => {
      setForm(saved);
      queryClient.setQueryData(referralSettingsQuery.queryKey, saved);
    },
  });
  return (
    <form
      className="referral-form"
      onSubmit={(e) => {
        e.preventDefault();
        mutation.mutate();
      }}
    >
      <Heading level={2}>{t('areasAdmin.settingsTitle')}</Heading>
      <TeamField
        label={t('areasAdmin.fallbackTeam')}
        teams={data.teams}
        value={form.fallbackTeamId}
        onChange={(v) => setForm((f) => ({ ...f, fallbackTeamId: v }))}
      />
      {DAY_FIELDS.map(({ key, label, min, max }) => (
        <TextField
          key={key}
          label={t(label)}
          type="number"
          min={min}
          max={max}
          value={String(form[key])}
          onChange={(v) => setForm((f) => ({ ...f, [key]: Number(v) }))}
        />
      ))}
      <SaveActions mutation={mutation} saved={t('areasAdmin.settingsSaved')} />
    </form>
  );
}

export function AreasAdminPage() {
  const { t } = useTranslation();
  usePageTitle(t('areasAdmin.title'));
  const areas = useQuery(adminAreasQuery);
  const settings = useQuery(referralSettingsQuery);
  return (
    <div aria-busy={areas.isPending}>
      <Heading level={1}>{t('areasAdmin.title')}</Heading>
      <Paragraph lead>{t('areasAdmin.intro')}</Paragraph>
      {areas.isPending && <LoadingState />}
      {areas.isError && <ErrorState error={areas.error} onRetry={() => void areas.refetch()} />}
      {areas.data && (
        <>
          <Table caption={t('areasAdmin.title')} hideCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('areasAdmin.columns.area')}</TableHeaderCell>
                <TableHeaderCell>{t('areasAdmin.columns.team')}</TableHeaderCell>
                <TableHeaderCell>{t('areasAdmin.columns.postcodes')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {areas.data.areas.map((a) => (
                <TableRow key={a.id}>
                  <TableHeaderCell scope="row">{a.name}</TableHeaderCell>
                  <TableCell>{a.teamName}</TableCell>
                  <TableCell>
                    {a.postcodes.length > 12
                      ? `${a.postcodes.slice(0, 12).join(', ')} … (${a.postcodes.length})`
                      : a.postcodes.join(', ')}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <AreaEditor data={areas.data} />
          <CsvImport />
          {settings.data && (
            <SettingsForm key={settings.data.version} settings={settings.data} data={areas.data} />
          )}
        </>
      )}
    </div>
  );
}
