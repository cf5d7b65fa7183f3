import type { CrisisEpisode, CrisisPlacementDraft, FamilyPlan, IjwFrequency } from '@een-plan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error.ts';
import { placementDraftQuery, requestPlacement } from '../../api/crisis-api.ts';
import { householdPlanQuery } from '../../api/plans-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { ButtonGroup } from '../plans/fields.tsx';
import { fieldErrorFor, SelectField, TextField } from '../referrals/fields.tsx';
import { formatDate } from '../referrals/format.ts';
import { type PlacementDraft, placementDays, validatePlacement } from './placement-draft.ts';

const FREQUENCIES: IjwFrequency[] = ['6', '1', '2', '4'];

/**
 * The household's coordinator assigns a crisis placement (category 46) from the episode: the form
 * starts from the episode's person and bridging period and offers only contracted crisis products;
 * after a check the coordinator confirms, and the normal assignment flow (budget, approval, JW301)
 * takes over on the server.
 */
export function CrisisPlacementSection({ e }: { e: CrisisEpisode }) {
  const { t } = useTranslation();
  const draft = useQuery(placementDraftQuery(e.id));
  const plan = useQuery(householdPlanQuery(e.householdId));
  const failed = draft.isError ? draft : plan.isError ? plan : null;
  return (
    <section aria-labelledby="crisis-placement" className="crisis-placement">
      <Heading level={2} id="crisis-placement">
        {t('crisis.placement.title')}
      </Heading>
      <Paragraph>{t('crisis.placement.intro', { max: e.maxBridgingDays })}</Paragraph>
      {(draft.isPending || plan.isPending) && !failed && <LoadingState />}
      {failed && <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />}
      {draft.isSuccess && plan.isSuccess && (
        <PlacementBody draft={draft.data} plan={plan.data.plan} max={e.maxBridgingDays} />
      )}
    </section>
  );
}

function PlacementBody({
  draft,
  plan,
  max,
}: {
  draft: CrisisPlacementDraft;
  plan: FamilyPlan | null;
  max: number;
}) {
  const { t } = useTranslation();
  if (draft.products.length === 0) return <Alert type="warning">{t('crisis.placement.noProducts')}</Alert>;
  if (!plan) {
    return (
      <Paragraph>
        {t('crisis.placement.noPlan')}{' '}
        <Link to="/werkruimte/huishoudens/$householdId/plan" params={{ householdId: draft.householdId }}>
          {t('crisis.page.placementLink')}
        </Link>
      </Paragraph>
    );
  }
  return <PlacementForm draft={draft} plan={plan} max={max} />;
}

function PlacementForm({ draft, plan, max }: { draft: CrisisPlacementDraft; plan: FamilyPlan; max: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<PlacementDraft>(() => ({
    personId: draft.personId ?? plan.members.find((m) => m.age < 18)?.personId ?? '',
    contractProductId: draft.products.length === 1 ? (draft.products[0]?.contractProductId ?? '') : '',
    planActionId: '',
    startDate: draft.startDate,
    endDate: draft.endDate,
    volume: String(placementDays(draft.startDate, draft.endDate)),
    frequency: '6',
  }));
  const [errors, setErrors] = useState<Partial<Record<keyof PlacementDraft, string>>>({});
  const [checked, setChecked] = useState(false);
  const set = (field: keyof PlacementDraft) => (value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    setChecked(false);
  };
  const product = draft.products.find((p) => p.contractProductId === form.contractProductId);
  const actions = plan.goals
    .flatMap((g) => g.actions)
    .filter((a) => a.level === 2 && a.owner.kind === 'provider' && a.owner.ref === product?.organisationId);
  const actionId = actions.some((a) => a.id === form.planActionId)
    ? form.planActionId
    : (actions[0]?.id ?? '');
  const place = useMutation({
    mutationFn: () =>
      requestPlacement(draft.episodeId, {
        planActionId: actionId,
        contractProductId: form.contractProductId,
        ...(form.personId ? { personId: form.personId } : {}),
        volume: Number(form.volume),
        frequency: form.frequency,
        startDate: form.startDate,
        endDate: form.endDate,
        referrerType: '01',
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['assignments'] }),
  });
  const serverErrors = place.error instanceof ApiError ? place.error.problem?.errors : undefined;
  const fieldError = (field: keyof PlacementDraft) =>
    errors[field] ??
    (serverErrors?.find((x) => x.path === field)?.message[language] ||
      fieldErrorFor(serverErrors, field, language));

  const check = (event: FormEvent) => {
    event.preventDefault();
    const found = validatePlacement({ ...form, planActionId: actionId }, max);
    setErrors(
      Object.fromEntries(
        Object.entries(found).map(([k, v]) => [k, t(`crisis.placement.errors.${v.key}`, v.values ?? {})]),
      ),
    );
    setChecked(Object.keys(found).length === 0);
    place.reset();
  };

  if (place.isSuccess) {
    return (
      <Alert type="ok">
        {place.data.status === 'awaiting_approval'
          ? t('crisis.placement.awaitingApproval')
          : t('crisis.placement.assigned')}
      </Alert>
    );
  }
  const count = Object.keys(errors).length;
  const person = plan.members.find((m) => m.personId === form.personId);
  const days = placementDays(form.startDate, form.endDate);
  return (
    <form className="crisis-form" onSubmit={check} noValidate aria-describedby="crisis-placement">
      {count > 0 && <Alert type="error">{t('crisis.placement.fixErrors', { count })}</Alert>}
      <SelectField
        label={t('crisis.placement.person')}
        value={form.personId}
        onChange={set('personId')}
        error={fieldError('personId')}
      >
        <option value="">{t('crisis.placement.choosePerson')}</option>
        {plan.members.map((m) => (
          <option key={m.personId} value={m.personId}>
            {m.firstName} ({m.age})
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('crisis.placement.product')}
        value={form.contractProductId}
        onChange={set('contractProductId')}
        error={fieldError('contractProductId')}
      >
        <option value="">{t('crisis.placement.chooseProduct')}</option>
        {draft.products.map((p) => (
          <option key={p.contractProductId} value={p.contractProductId}>
            {`${p.name} — ${p.organisationName} (${p.productCode})`}
          </option>
        ))}
      </SelectField>
      {product && actions.length === 0 ? (
        // Without the plan action nothing can be assigned: an error once the form was checked.
        <Alert type={errors.planActionId ? 'error' : 'warning'}>
          {t('crisis.placement.noAction', { provider: product.organisationName })}
        </Alert>
      ) : (
        <SelectField
          label={t('crisis.placement.action')}
          hint={t('crisis.placement.actionHint')}
          value={actionId}
          onChange={set('planActionId')}
          error={fieldError('planActionId')}
          disabled={!product}
        >
          {actions.map((a) => (
            <option key={a.id} value={a.id}>
              {a.description}
            </option>
          ))}
        </SelectField>
      )}
      <TextField
        type="date"
        label={t('crisis.placement.startDate')}
        value={form.startDate}
        onChange={set('startDate')}
        error={fieldError('startDate')}
        required
      />
      <TextField
        type="date"
        label={t('crisis.placement.endDate')}
        hint={t('crisis.placement.endHint', { max })}
        value={form.endDate}
        onChange={set('endDate')}
        error={fieldError('endDate')}
        required
      />
      <TextField
        type="number"
        inputMode="numeric"
        min={1}
        label={t('crisis.placement.volume')}
        value={form.volume}
        onChange={set('volume')}
        error={fieldError('volume')}
        required
      />
      <SelectField label={t('assignments.frequency')} value={form.frequency} onChange={set('frequency')}>
        {FREQUENCIES.map((f) => (
          <option key={f} value={f}>
            {t(`assignments.frequencies.${f}`)}
          </option>
        ))}
      </SelectField>
      {checked && product ? (
        <div className="crisis-placement__confirm" aria-live="polite">
          <Heading level={3}>{t('crisis.placement.confirmTitle')}</Heading>
          <Paragraph>
            {t('crisis.placement.confirmText', {
              person: person?.firstName ?? '',
              product: product.name,
              provider: product.organisationName,
              start: formatDate(form.startDate, language),
              end: formatDate(form.endDate, language),
              days,
            })}
          </Paragraph>
          {place.isError && <Alert type="error">{errorMessage(place.error, language, t)}</Alert>}
          <ButtonGroup>
            <Button
              appearance="primary-action"
              busy={place.isPending}
              disabled={place.isPending}
              onClick={() => place.mutate()}
            >
              {t('crisis.placement.confirm')}
            </Button>
            <Button onClick={() => setChecked(false)}>{t('crisis.placement.change')}</Button>
          </ButtonGroup>
        </div>
      ) : (
        <Button type="submit" appearance="primary-action">
          {t('crisis.placement.check')}
        </Button>
      )}
    </form>
  );
}
