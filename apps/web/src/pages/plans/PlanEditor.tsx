import type {
  FamilyPlan,
  PlanActionOwnerKind,
  PlanContentInput,
  PlanDiff,
  PlanOwnerOption,
  PlanPriority,
} from '@een-plan/contracts';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error.ts';
import { fetchDiff, ownerOptionsQuery, planApi } from '../../api/plans-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { UnorderedList, UnorderedListItem } from '../../components/UnorderedList.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { ButtonGroup, Fieldset, SelectField, TextAreaField, TextField } from './fields.tsx';
import { DiffList, useDomainNames } from './PlanView.tsx';

type Draft = PlanContentInput;
type DraftGoal = Draft['goals'][number];
type DraftAction = NonNullable<DraftGoal['actions']>[number];

const OWNER_KINDS: PlanActionOwnerKind[] = [
  'household_member',
  'network_member',
  'social_map_offer',
  'professional',
  'provider',
];
const FREE_TEXT_OWNERS = new Set<PlanActionOwnerKind>(['network_member', 'social_map_offer']);

export function draftOf(plan: FamilyPlan): Draft {
  return {
    version: plan.version,
    vision: plan.vision,
    goals: plan.goals.map((g) => ({
      id: g.id,
      domainCode: g.domainCode,
      description: g.description,
      achievedWhen: g.achievedWhen,
      priority: g.priority,
      targetDate: g.targetDate,
      concernsPersonIds: g.concernsPersonIds,
      actions: g.actions.map((a) => ({
        id: a.id,
        description: a.description,
        owner: { ...a.owner },
        level: a.level as 0 | 1 | 2,
        startDate: a.startDate,
        endDate: a.endDate,
        status: a.status,
      })),
    })),
  };
}

function emptyGoal(): DraftGoal {
  return {
    domainCode: '',
    description: '',
    achievedWhen: '',
    priority: 'medium',
    targetDate: null,
    actions: [],
  };
}

function emptyAction(): DraftAction {
  return {
    description: '',
    owner: { kind: 'household_member', ref: '', label: '' },
    level: 0,
    status: 'open',
  };
}

/**
 * Edits vision, goals and actions as one version. The server checks the version: if someone else
 * saved first, the editor shows what they changed and lets the user start again from the latest.
 */
export function PlanEditor({
  plan,
  onSaved,
  onCancel,
  onReload,
}: {
  plan: FamilyPlan;
  onSaved: () => void;
  onCancel: () => void;
  onReload: () => Promise<FamilyPlan | null>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const domains = useDomainNames();
  const owners = useQuery(ownerOptionsQuery(plan.householdId));
  const [draft, setDraft] = useState<Draft>(() => draftOf(plan));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<PlanDiff | null>(null);

  const update = (fn: (d: Draft) => void) =>
    setDraft((d) => {
      const copy = structuredClone(d);
      fn(copy);
      return copy;
    });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await planApi.save(plan.householdId, draft);
      onSaved();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'version_conflict' && e.problem?.currentVersion) {
        setConflict(await fetchDiff(plan.householdId, draft.version, e.problem.currentVersion));
      }
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  async function redo() {
    const latest = await onReload();
    if (latest) setDraft(draftOf(latest));
    setConflict(null);
    setError(null);
  }

  const ownerOptions = (kind: PlanActionOwnerKind): PlanOwnerOption[] =>
    (owners.data?.options ?? []).filter((o) => o.kind === kind);

  return (
    <form onSubmit={submit} className="plan-editor" noValidate>
      <Heading level={2}>{t('plans.editor.edit')}</Heading>
      {error !== null && (
        <Alert type="error">
          {conflict ? (
            <>
              <Heading level={3}>{t('plans.conflict.title')}</Heading>
              <Paragraph>{t('plans.conflict.text', { from: draft.version })}</Paragraph>
              <DiffList diff={conflict} />
              <Button appearance="primary-action" onClick={() => void redo()}>
                {t('plans.conflict.redo')}
              </Button>
            </>
          ) : (
            <>
              <Paragraph>{errorMessage(error, language, t)}</Paragraph>
              {error instanceof ApiError && error.problem?.errors && (
                <UnorderedList>
                  {error.problem.errors.map((fe) => (
                    <UnorderedListItem key={fe.path}>
                      {fe.path.replace(/^body\./, '')}: {fe.message[language]}
                    </UnorderedListItem>
                  ))}
                </UnorderedList>
              )}
            </>
          )}
        </Alert>
      )}
      <TextAreaField
        label={t('plans.editor.visionLabel')}
        value={draft.vision}
        rows={4}
        onChange={(e) =>
          update((d) => {
            d.vision = e.target.value;
          })
        }
      />
      {draft.goals.map((goal, gi) => (
        <Fieldset key={goal.id ?? `new-${gi}`} legend={t('plans.editor.goalLegend', { number: gi + 1 })}>
          <SelectField
            label={t('plans.editor.domainLabel')}
            value={goal.domainCode}
            aria-required="true"
            onChange={(e) =>
              update((d) => {
                d.goals[gi]!.domainCode = e.target.value;
              })
            }
          >
            <option value="">{t('plans.editor.choose')}</option>
            {[...domains].map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </SelectField>
          <TextAreaField
            label={t('plans.editor.descriptionLabel')}
            value={goal.description}
            aria-required="true"
            onChange={(e) =>
              update((d) => {
                d.goals[gi]!.description = e.target.value;
              })
            }
          />
          <TextAreaField
            label={t('plans.editor.achievedWhenLabel')}
            value={goal.achievedWhen}
            aria-required="true"
            onChange={(e) =>
              update((d) => {
                d.goals[gi]!.achievedWhen = e.target.value;
              })
            }
          />
          <SelectField
            label={t('plans.editor.priorityLabel')}
            value={goal.priority}
            onChange={(e) =>
              update((d) => {
                d.goals[gi]!.priority = e.target.value as PlanPriority;
              })
            }
          >
            {(['high', 'medium', 'low'] as const).map((p) => (
              <option key={p} value={p}>
                {t(`plans.priority.${p}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            type="date"
            label={t('plans.editor.targetDateLabel')}
            value={goal.targetDate ?? ''}
            onChange={(e) =>
              update((d) => {
                d.goals[gi]!.targetDate = e.target.value || null;
              })
            }
          />
          <Fieldset legend={t('plans.editor.concernsLabel')}>
            {plan.members.map((m) => (
              <div key={m.personId} className="utrecht-form-field utrecht-form-field--checkbox">
                <label className="utrecht-form-label utrecht-form-label--checkbox">
                  <input
                    type="checkbox"
                    className="utrecht-checkbox utrecht-checkbox--html-input"
                    checked={(goal.concernsPersonIds ?? []).includes(m.personId)}
                    onChange={(e) =>
                      update((d) => {
                        const g = d.goals[gi]!;
                        const others = (g.concernsPersonIds ?? []).filter((id) => id !== m.personId);
                        g.concernsPersonIds = e.target.checked ? [...others, m.personId] : others;
                      })
                    }
                  />{' '}
                  {m.firstName}
                </label>
              </div>
            ))}
          </Fieldset>
          {(goal.actions ?? []).map((action, ai) => (
            <Fieldset
              key={action.id ?? `new-${ai}`}
              legend={t('plans.editor.actionLegend', { number: ai + 1, goal: gi + 1 })}
            >
              <TextAreaField
                label={t('plans.editor.actionDescriptionLabel')}
                value={action.description}
                aria-required="true"
                onChange={(e) =>
                  update((d) => {
                    d.goals[gi]!.actions![ai]!.description = e.target.value;
                  })
                }
              />
              <SelectField
                label={t('plans.editor.ownerKindLabel')}
                value={action.owner.kind}
                onChange={(e) =>
                  update((d) => {
                    d.goals[gi]!.actions![ai]!.owner = {
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
                      update((d) => {
                        d.goals[gi]!.actions![ai]!.owner.label = e.target.value;
                      })
                    }
                  />
                  <TextField
                    label={t('plans.editor.ownerRefLabel')}
                    value={action.owner.ref}
                    onChange={(e) =>
                      update((d) => {
                        d.goals[gi]!.actions![ai]!.owner.ref = e.target.value;
                      })
                    }
                  />
                </>
              ) : (
                <SelectField
                  label={t('plans.editor.ownerLabel')}
                  value={action.owner.ref}
                  onChange={(e) =>
                    update((d) => {
                      const owner = d.goals[gi]!.actions![ai]!.owner;
                      owner.ref = e.target.value;
                      owner.label =
                        ownerOptions(owner.kind).find((o) => o.ref === e.target.value)?.label ?? '';
                    })
                  }
                >
                  <option value="">{t('plans.editor.choose')}</option>
                  {/* A network member or offer that is no longer listed stays selectable by its snapshot. */}
                  {action.owner.ref &&
                    !ownerOptions(action.owner.kind).some((o) => o.ref === action.owner.ref) && (
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
                  update((d) => {
                    d.goals[gi]!.actions![ai]!.level = Number(e.target.value) as 0 | 1 | 2;
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
                  update((d) => {
                    d.goals[gi]!.actions![ai]!.status = e.target.value as NonNullable<DraftAction['status']>;
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
                  update((d) => {
                    d.goals[gi]!.actions![ai]!.startDate = e.target.value || null;
                  })
                }
              />
              <TextField
                type="date"
                label={t('plans.editor.endDateLabel')}
                value={action.endDate ?? ''}
                onChange={(e) =>
                  update((d) => {
                    d.goals[gi]!.actions![ai]!.endDate = e.target.value || null;
                  })
                }
              />
              <Button
                onClick={() =>
                  update((d) => {
                    d.goals[gi]!.actions!.splice(ai, 1);
                  })
                }
              >
                {t('plans.editor.removeAction', { number: ai + 1 })}
              </Button>
            </Fieldset>
          ))}
          <ButtonGroup>
            <Button
              onClick={() =>
                update((d) => {
                  d.goals[gi]!.actions = [...(d.goals[gi]!.actions ?? []), emptyAction()];
                })
              }
            >
              {t('plans.editor.addAction', { number: gi + 1 })}
            </Button>
            <Button
              onClick={() =>
                update((d) => {
                  d.goals.splice(gi, 1);
                })
              }
            >
              {t('plans.editor.removeGoal', { number: gi + 1 })}
            </Button>
          </ButtonGroup>
        </Fieldset>
      ))}
      <ButtonGroup>
        <Button
          onClick={() =>
            update((d) => {
              d.goals.push(emptyGoal());
            })
          }
        >
          {t('plans.editor.addGoal')}
        </Button>
      </ButtonGroup>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action" busy={busy} disabled={busy}>
          {t('plans.editor.save')}
        </Button>
        <Button onClick={onCancel}>{t('plans.editor.cancel')}</Button>
      </ButtonGroup>
    </form>
  );
}
