import type { PlanActionOwnerKind, PlanOwnerOption } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.tsx';
import { Fieldset, SelectField, TextAreaField, TextField } from './fields.tsx';
import {
  type DraftAction,
  FREE_TEXT_OWNERS,
  OWNER_KINDS,
  type UpdateDraft,
  updateAction,
  updateGoal,
} from './plan-draft.ts';

/** One action under a goal: what, who does it, how far along, and when. */
export function ActionFieldset({
  action,
  ai,
  gi,
  update,
  ownerOptions,
}: {
  action: DraftAction;
  ai: number;
  gi: number;
  update: UpdateDraft;
  ownerOptions: (kind: PlanActionOwnerKind) => PlanOwnerOption[];
}) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('plans.editor.actionLegend', { number: ai + 1, goal: gi + 1 })}>
      <TextAreaField
        label={t('plans.editor.actionDescriptionLabel')}
        value={action.description}
        aria-required="true"
        onChange={(e) =>
          updateAction(update, gi, ai, (a) => {
            a.description = e.target.value;
          })
        }
      />
      <SelectField
        label={t('plans.editor.ownerKindLabel')}
        value={action.owner.kind}
        onChange={(e) =>
          updateAction(update, gi, ai, (a) => {
            a.owner = {
              kind: e.target.value as PlanActionOwnerKind,
              ref: '',
              label: '',
            };
          })
        }
      >
        {OWNER_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`plans.ownerKind.${k}`)}
          </option>
        ))}
      </SelectField>
      {FREE_TEXT_OWNERS.has(action.owner.kind) && ownerOptions(action.owner.kind).length === 0 ? (
        <>
          <TextField
            label={t('plans.editor.ownerNameLabel')}
            value={action.owner.label ?? ''}
            onChange={(e) =>
              updateAction(update, gi, ai, (a) => {
                a.owner.label = e.target.value;
              })
            }
          />
          <TextField
            label={t('plans.editor.ownerRefLabel')}
            value={action.owner.ref}
            onChange={(e) =>
              updateAction(update, gi, ai, (a) => {
                a.owner.ref = e.target.value;
              })
            }
          />
        </>
      ) : (
        <SelectField
          label={t('plans.editor.ownerLabel')}
          value={action.owner.ref}
          onChange={(e) =>
            updateAction(update, gi, ai, (a) => {
              const owner = a.owner;
              owner.ref = e.target.value;
              owner.label = ownerOptions(owner.kind).find((o) => o.ref === e.target.value)?.label ?? '';
            })
          }
        >
          <option value="">{t('plans.editor.choose')}</option>
          {/* A network member or offer that is no longer listed stays selectable by its snapshot. */}
          {action.owner.ref && !ownerOptions(action.owner.kind).some((o) => o.ref === action.owner.ref) && (
            <option value={action.owner.ref}>{action.owner.label || action.owner.ref}</option>
          )}
          {ownerOptions(action.owner.kind).map((o) => (
            <option key={o.ref} value={o.ref}>
              {o.label}
            </option>
          ))}
        </SelectField>
      )}
      <SelectField
        label={t('plans.editor.levelLabel')}
        value={String(action.level)}
        onChange={(e) =>
          updateAction(update, gi, ai, (a) => {
            a.level = Number(e.target.value) as 0 | 1 | 2;
          })
        }
      >
        {([0, 1, 2] as const).map((l) => (
          <option key={l} value={l}>
            {t(`plans.level.l${l}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('plans.editor.statusLabel')}
        value={action.status ?? 'open'}
        onChange={(e) =>
          updateAction(update, gi, ai, (a) => {
            a.status = e.target.value as NonNullable<DraftAction['status']>;
          })
        }
      >
        {(['open', 'in_progress', 'done', 'cancelled'] as const).map((s) => (
          <option key={s} value={s}>
            {t(`plans.actionStatus.${s}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        type="date"
        label={t('plans.editor.startDateLabel')}
        value={action.startDate ?? ''}
        onChange={(e) =>
          updateAction(update, gi, ai, (a) => {
            a.startDate = e.target.value || null;
          })
        }
      />
      <TextField
        type="date"
        label={t('plans.editor.endDateLabel')}
        value={action.endDate ?? ''}
        onChange={(e) =>
          updateAction(update, gi, ai, (a) => {
            a.endDate = e.target.value || null;
          })
        }
      />
      <Button
        onClick={() =>
          updateGoal(update, gi, (g) => {
            g.actions?.splice(ai, 1);
          })
        }
      >
        {t('plans.editor.removeAction', { number: ai + 1 })}
      </Button>
    </Fieldset>
  );
}
