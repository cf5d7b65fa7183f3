import type { PlanOwnerOption } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { Fieldset } from './fields.tsx';
import type { SafetyDraft } from './safety-draft.ts';
import { SafetyField } from './safety-fields.tsx';

/** Changes one entry of a draft list in place (nothing when it is no longer there). */
function changeAt<T>(items: T[], i: number, change: (item: T) => void): void {
  const item = items[i];
  if (item !== undefined) change(item);
}

interface PartProps {
  draft: SafetyDraft;
  update: (fn: (d: SafetyDraft) => void) => void;
  /** The error message of a field path (`worries.0.text`), if any. */
  err: (path: string) => string | undefined;
  fid: (path: string) => string;
}

const textarea = 'utrecht-textarea utrecht-textarea--html-textarea';
const select = 'utrecht-select utrecht-select--html-select';

export function WorriesPart({ draft, update, err, fid }: PartProps) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('safetyPlan.worries')}>
      {draft.worries.map((w, i) => (
        <Fieldset key={w.id ?? `new-${i}`} legend={t('safetyPlan.fieldset.worry', { n: i + 1 })}>
          <SafetyField
            label={t('safetyPlan.field.worryKind')}
            fieldId={fid(`worries.${i}.kind`)}
            render={(a) => (
              <select
                {...a}
                className={select}
                value={w.kind}
                onChange={(e) =>
                  update((d) => {
                    changeAt(d.worries, i, (item) => {
                      item.kind = e.target.value as 'harm' | 'danger';
                    });
                  })
                }
              >
                <option value="harm">{t('safetyPlan.worryKind.harm')}</option>
                <option value="danger">{t('safetyPlan.worryKind.danger')}</option>
              </select>
            )}
          />
          <SafetyField
            label={t('safetyPlan.field.worryText', { n: i + 1 })}
            fieldId={fid(`worries.${i}.text`)}
            error={err(`worries.${i}.text`)}
            render={(a) => (
              <textarea
                {...a}
                className={textarea}
                rows={2}
                value={w.text}
                onChange={(e) =>
                  update((d) => {
                    changeAt(d.worries, i, (item) => {
                      item.text = e.target.value;
                    });
                  })
                }
              />
            )}
          />
          <RemoveButton
            label={t('safetyPlan.fieldset.worry', { n: i + 1 })}
            onRemove={() => update((d) => void d.worries.splice(i, 1))}
          />
        </Fieldset>
      ))}
      <Button onClick={() => update((d) => void d.worries.push({ kind: 'harm', text: '' }))}>
        {t('safetyPlan.add.worry')}
      </Button>
    </Fieldset>
  );
}

function RemoveButton({ label, onRemove }: { label: string; onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <Button appearance="subtle" onClick={onRemove} aria-label={`${t('safetyPlan.remove')}: ${label}`}>
      {t('safetyPlan.remove')}
    </Button>
  );
}

/** What goes well, and what must happen (the conditions of Veilig Thuis / the GI read-only). */
export function TextListPart({ list, ...p }: PartProps & { list: 'strengths' | 'goals' }) {
  const { t } = useTranslation();
  const items = p.draft[list];
  const labelOf = (i: number) =>
    t(list === 'goals' ? 'safetyPlan.field.goalText' : 'safetyPlan.field.strengthText', { n: i + 1 });
  return (
    <Fieldset legend={t(`safetyPlan.${list}`)}>
      {items.map((x, i) =>
        'setBy' in x && x.setBy !== 'plan' ? (
          <div key={x.id} className="safety-plan__locked">
            <Paragraph>
              <StatusBadge status="warning">{t(`safetyPlan.condition.${x.setBy}`)}</StatusBadge> {x.text}
            </Paragraph>
            <Paragraph>
              {t('safetyPlan.conditionLocked', { who: t(`safetyPlan.condition.${x.setBy}`) })}
            </Paragraph>
          </div>
        ) : (
          <div key={x.id ?? `new-${i}`} className="safety-plan__item">
            <SafetyField
              label={labelOf(i)}
              fieldId={p.fid(`${list}.${i}.text`)}
              error={p.err(`${list}.${i}.text`)}
              render={(a) => (
                <textarea
                  {...a}
                  className={textarea}
                  rows={2}
                  value={x.text}
                  onChange={(e) =>
                    p.update((d) => {
                      changeAt(d[list], i, (item) => {
                        item.text = e.target.value;
                      });
                    })
                  }
                />
              )}
            />
            <RemoveButton label={labelOf(i)} onRemove={() => p.update((d) => void d[list].splice(i, 1))} />
          </div>
        ),
      )}
      <Button
        onClick={() =>
          p.update((d) => {
            if (list === 'goals') d.goals.push({ text: '', setBy: 'plan' });
            else d.strengths.push({ text: '' });
          })
        }
      >
        {t(list === 'goals' ? 'safetyPlan.add.goal' : 'safetyPlan.add.strength')}
      </Button>
    </Fieldset>
  );
}

export function NetworkPart({
  network,
  ...p
}: PartProps & { network: Array<{ id: string; label: string }> }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('safetyPlan.network')}>
      {p.draft.networkRoles.map((r, i) => (
        <Fieldset key={r.id ?? `new-${i}`} legend={t('safetyPlan.fieldset.networkRole', { n: i + 1 })}>
          <SafetyField
            label={t('safetyPlan.field.networkMember')}
            fieldId={p.fid(`networkRoles.${i}.networkMemberId`)}
            error={p.err(`networkRoles.${i}.networkMemberId`)}
            render={(a) => (
              <select
                {...a}
                className={select}
                value={r.networkMemberId}
                onChange={(e) =>
                  p.update((d) => {
                    changeAt(d.networkRoles, i, (item) => {
                      item.networkMemberId = e.target.value;
                    });
                  })
                }
              >
                <option value="">{t('safetyPlan.field.choose')}</option>
                {network.map((n) => (
                  <option key={n.id} value={n.id}>
                    {n.label}
                  </option>
                ))}
              </select>
            )}
          />
          <SafetyField
            label={t('safetyPlan.field.networkTask')}
            fieldId={p.fid(`networkRoles.${i}.task`)}
            error={p.err(`networkRoles.${i}.task`)}
            render={(a) => (
              <textarea
                {...a}
                className={textarea}
                rows={2}
                value={r.task}
                onChange={(e) =>
                  p.update((d) => {
                    changeAt(d.networkRoles, i, (item) => {
                      item.task = e.target.value;
                    });
                  })
                }
              />
            )}
          />
          <RemoveButton
            label={t('safetyPlan.fieldset.networkRole', { n: i + 1 })}
            onRemove={() => p.update((d) => void d.networkRoles.splice(i, 1))}
          />
        </Fieldset>
      ))}
      <Button onClick={() => p.update((d) => void d.networkRoles.push({ networkMemberId: '', task: '' }))}>
        {t('safetyPlan.add.networkRole')}
      </Button>
    </Fieldset>
  );
}

export function ChecksPart({ checkers, ...p }: PartProps & { checkers: PlanOwnerOption[] }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('safetyPlan.checks')}>
      {p.draft.checks.map((c, i) => (
        <Fieldset key={c.id ?? `new-${i}`} legend={t('safetyPlan.fieldset.check', { n: i + 1 })}>
          <SafetyField
            label={t('safetyPlan.field.checkDescription')}
            fieldId={p.fid(`checks.${i}.description`)}
            error={p.err(`checks.${i}.description`)}
            render={(a) => (
              <textarea
                {...a}
                className={textarea}
                rows={2}
                value={c.description}
                onChange={(e) =>
                  p.update((d) => {
                    changeAt(d.checks, i, (item) => {
                      item.description = e.target.value;
                    });
                  })
                }
              />
            )}
          />
          <SafetyField
            label={t('safetyPlan.field.checkDue')}
            fieldId={p.fid(`checks.${i}.dueDate`)}
            error={p.err(`checks.${i}.dueDate`)}
            render={(a) => (
              <input
                {...a}
                type="date"
                className="utrecht-textbox utrecht-textbox--html-input"
                value={c.dueDate}
                onChange={(e) =>
                  p.update((d) => {
                    changeAt(d.checks, i, (item) => {
                      item.dueDate = e.target.value;
                    });
                  })
                }
              />
            )}
          />
          <SafetyField
            label={t('safetyPlan.field.checker')}
            fieldId={p.fid(`checks.${i}.checker`)}
            error={p.err(`checks.${i}.checker`)}
            render={(a) => (
              <select
                {...a}
                className={select}
                value={c.checker}
                onChange={(e) =>
                  p.update((d) => {
                    changeAt(d.checks, i, (item) => {
                      item.checker = e.target.value;
                    });
                  })
                }
              >
                <option value="">{t('safetyPlan.field.choose')}</option>
                {checkers.map((o) => (
                  <option key={`${o.kind}:${o.ref}`} value={`${o.kind}:${o.ref}`}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          />
          <RemoveButton
            label={t('safetyPlan.fieldset.check', { n: i + 1 })}
            onRemove={() => p.update((d) => void d.checks.splice(i, 1))}
          />
        </Fieldset>
      ))}
      <Button
        onClick={() => p.update((d) => void d.checks.push({ description: '', dueDate: '', checker: '' }))}
      >
        {t('safetyPlan.add.check')}
      </Button>
    </Fieldset>
  );
}
