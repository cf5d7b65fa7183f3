import type { BudgetLevel, BudgetLine, BudgetLineInput, ExecutionVariant } from '@een-plan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { budgetsApi } from '../../api/budgets-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { SelectField, TextField } from '../referrals/fields.tsx';
import { levelName, parseAmountToCents } from './budget-words.ts';

const LEVELS: BudgetLevel[] = ['0', '1', '2'];
const VARIANTS: ExecutionVariant[] = ['inspanningsgericht', 'outputgericht', 'taakgericht'];
const centsText = (c: number | null | undefined) => (c == null ? '' : (c / 100).toFixed(2).replace('.', ','));

interface Errors {
  amount?: string;
  quantity?: string;
  category?: string;
}

/** Add a budget line, or change `editing`; validates before sending, the server validates again. */
export function BudgetLineForm({
  year,
  areas,
  editing,
  onSaved,
  onCancel,
}: {
  year: number;
  areas: ReadonlyArray<{ id: string; name: string }>;
  editing: BudgetLine | null;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [level, setLevel] = useState<BudgetLevel>(editing?.level ?? '2');
  const [areaId, setAreaId] = useState(editing?.areaId ?? '');
  const [amount, setAmount] = useState(
    centsText(editing?.level === '2' ? editing.priceCents : editing?.amountCents),
  );
  const [quantity, setQuantity] = useState(editing?.quantity ? String(editing.quantity) : '');
  const [category, setCategory] = useState(editing?.productCategory ?? '');
  const [variant, setVariant] = useState<ExecutionVariant>(editing?.executionVariant ?? 'inspanningsgericht');
  const [label, setLabel] = useState(editing?.label ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const save = useMutation({
    mutationFn: (input: BudgetLineInput) =>
      editing ? budgetsApi.replaceLine(editing.id, input) : budgetsApi.addLine(input),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['budgets'] });
      // The page mounts a fresh form: empty fields, not marked as wrong.
      onSaved();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const cents = parseAmountToCents(amount, language);
    const next: Errors = {};
    if (cents === null || (level === '2' && cents === 0)) next.amount = t('budgets.admin.invalidAmount');
    const qty = Number(quantity);
    if (level === '2' && !(Number.isInteger(qty) && qty >= 1 && /^\d+$/.test(quantity.trim())))
      next.quantity = t('budgets.admin.invalidQuantity');
    if (level === '2' && !/^\d{2}$/.test(category.trim())) next.category = t('budgets.admin.invalidCategory');
    setErrors(next);
    if (Object.keys(next).length > 0 || cents === null) return;
    const common = { year, areaId: areaId || null, label };
    save.mutate(
      level === '2'
        ? {
            ...common,
            level,
            productCategory: category.trim(),
            executionVariant: variant,
            priceCents: cents,
            quantity: qty,
          }
        : { ...common, level, amountCents: cents },
    );
  };
  const titleId = editing ? 'budget-edit-title' : 'budget-add-title';
  return (
    <form className="referral-form" onSubmit={submit} aria-labelledby={titleId} noValidate>
      <Heading level={3} id={titleId}>
        {editing ? t('budgets.admin.editTitle') : t('budgets.admin.addTitle')}
      </Heading>
      <SelectField
        label={t('budgets.admin.level')}
        value={level}
        onChange={(v) => setLevel(v as BudgetLevel)}
      >
        {LEVELS.map((l) => (
          <option key={l} value={l}>
            {levelName(l, t)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('budgets.admin.area')} value={areaId} onChange={setAreaId}>
        <option value="">{t('budgets.wholeMunicipality')}</option>
        {areas.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </SelectField>
      {level === '2' && (
        <>
          <TextField
            label={t('budgets.admin.category')}
            hint={t('budgets.admin.categoryHint')}
            error={errors.category}
            value={category}
            onChange={setCategory}
            inputMode="numeric"
            required
          />
          <SelectField
            label={t('budgets.admin.variant')}
            value={variant}
            onChange={(v) => setVariant(v as ExecutionVariant)}
          >
            {VARIANTS.map((v) => (
              <option key={v} value={v}>
                {t(`budgets.variants.${v}`)}
              </option>
            ))}
          </SelectField>
        </>
      )}
      <TextField
        label={level === '2' ? t('budgets.admin.price') : t('budgets.admin.amount')}
        hint={t('budgets.admin.amountHint')}
        error={errors.amount}
        value={amount}
        onChange={setAmount}
        required
      />
      {level === '2' && (
        <TextField
          label={t('budgets.admin.quantity')}
          hint={t('budgets.admin.quantityHint')}
          error={errors.quantity}
          value={quantity}
          onChange={setQuantity}
          inputMode="numeric"
          required
        />
      )}
      <TextField label={t('budgets.admin.label')} value={label} onChange={setLabel} />
      {save.isError && <ErrorState error={save.error} />}
      <div className="budget-form-actions">
        <Button type="submit" appearance="primary-action" busy={save.isPending}>
          {editing ? t('budgets.admin.save') : t('budgets.admin.add')}
        </Button>
        {editing && <Button onClick={onCancel}>{t('budgets.admin.cancel')}</Button>}
      </div>
    </form>
  );
}
