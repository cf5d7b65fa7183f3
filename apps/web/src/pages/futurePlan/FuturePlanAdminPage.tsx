import {
  FUTURE_PLAN_TOPICS,
  type FuturePlanSettings,
  type FuturePlanTopicDefinition,
} from '@een-plan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { futurePlanSettingsQuery, saveFuturePlanStartAge } from '../../api/future-plan-api.ts';
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
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { SelectField } from '../referrals/fields.tsx';
import '../referrals/referrals.css';
import { FuturePlanTopicForm } from './FuturePlanTopicForm.tsx';

/** The ages a toekomstplan may start at (the API's range): 12 to 17½, per month. */
const START_AGES = Array.from({ length: 210 - 144 + 1 }, (_, i) => 144 + i);

/** The administrator sets when toekomstplannen start and adds the tenant's own topics. */
export function FuturePlanAdminPage() {
  const { t } = useTranslation();
  usePageTitle(t('futurePlan.admin.title'));
  const settings = useQuery(futurePlanSettingsQuery);
  return (
    <div aria-busy={settings.isPending}>
      <Heading level={1}>{t('futurePlan.admin.title')}</Heading>
      <Paragraph lead>{t('futurePlan.admin.intro')}</Paragraph>
      {settings.isPending && <LoadingState />}
      {settings.isError && <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />}
      {settings.data && (
        <>
          <StartAgeForm current={settings.data.startAgeMonths} />
          <TopicsTable settings={settings.data} />
          <FuturePlanTopicForm takenKeys={settings.data.customTopics.map((topic) => topic.key)} />
        </>
      )}
    </div>
  );
}

function StartAgeForm({ current }: { current: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [months, setMonths] = useState(String(current));
  const save = useMutation({
    mutationFn: () => saveFuturePlanStartAge(Number(months)),
    onSuccess: (saved) => queryClient.setQueryData(futurePlanSettingsQuery.queryKey, saved),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form className="referral-form" onSubmit={submit} aria-labelledby="future-plan-start">
      <Heading level={2} id="future-plan-start">
        {t('futurePlan.admin.startTitle')}
      </Heading>
      <SelectField
        label={t('futurePlan.admin.startAge')}
        hint={t('futurePlan.admin.startAgeHint')}
        value={months}
        onChange={setMonths}
      >
        {START_AGES.map((m) => (
          <option key={m} value={m}>
            {m % 12 === 0
              ? t('futurePlan.admin.ageYears', { years: m / 12 })
              : t('futurePlan.admin.ageMonths', { years: Math.floor(m / 12), count: m % 12 })}
          </option>
        ))}
      </SelectField>
      {save.isError && <Alert type="error">{errorMessage(save.error, language, t)}</Alert>}
      {save.isSuccess && <Alert type="ok">{t('futurePlan.admin.startSaved')}</Alert>}
      <Button type="submit" appearance="primary-action" busy={save.isPending}>
        {t('futurePlan.admin.save')}
      </Button>
    </form>
  );
}

function TopicsTable({ settings }: { settings: FuturePlanSettings }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows: Array<FuturePlanTopicDefinition & { custom: boolean }> = [
    ...FUTURE_PLAN_TOPICS.map((topic) => ({ ...topic, custom: false })),
    ...settings.customTopics.map((topic) => ({ ...topic, custom: true })),
  ];
  return (
    <section aria-labelledby="future-plan-topics">
      <Heading level={2} id="future-plan-topics">
        {t('futurePlan.admin.topicsTitle')}
      </Heading>
      <Table caption={t('futurePlan.admin.topicsTitle')} hideCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('futurePlan.admin.columns.topic')}</TableHeaderCell>
            <TableHeaderCell>{t('futurePlan.admin.columns.explanation')}</TableHeaderCell>
            <TableHeaderCell>{t('futurePlan.admin.columns.due')}</TableHeaderCell>
            <TableHeaderCell>{t('futurePlan.admin.columns.source')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((topic) => (
            <TableRow key={topic.key} data-topic-key={topic.key}>
              <TableHeaderCell scope="row">{topic.title[language]}</TableHeaderCell>
              <TableCell>{topic.explanation[language]}</TableCell>
              <TableCell>
                {topic.monthsBefore18 === 0
                  ? t('futurePlan.admin.dueAt18')
                  : t('futurePlan.admin.dueBefore18', { count: topic.monthsBefore18 })}
              </TableCell>
              <TableCell>
                {t(topic.custom ? 'futurePlan.admin.custom' : 'futurePlan.admin.standard')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
