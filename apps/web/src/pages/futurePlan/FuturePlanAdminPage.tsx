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
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { SelectField } from '../referrals/fields.tsx';
import '../referrals/referrals.css';
import './future-plan.css';
import { FuturePlanTopicForm } from './FuturePlanTopicForm.tsx';
import { FuturePlanTopicsSection } from './FuturePlanTopicsSection.tsx';

/** The ages a toekomstplan may start at (the API's range): 12 to 17½, per month. */
const START_AGES = Array.from({ length: 210 - 144 + 1 }, (_, i) => 144 + i);

/** The administrator sets when toekomstplannen start and keeps the tenant's own topics. */
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
          <FuturePlanTopicsSection settings={settings.data} />
          <FuturePlanTopicForm ownTopics={settings.data.customTopics} />
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
