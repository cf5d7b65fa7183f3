import type { HouseholdDossier, MemberRole, Sex } from '@een-plan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addMember,
  caseloadFirstPageQuery,
  endMember,
  moveMember,
  updateMember,
} from '../../api/households-api.ts';
import { DisclosureForm, useDossierMutation } from './DisclosureForm.tsx';
import { RadioGroup, SelectField, TextField } from './form-fields.tsx';

const ROLES: MemberRole[] = ['gezagsdrager', 'kind', 'partner', 'other'];
const today = () => new Date().toISOString().slice(0, 10);

/** The recorded sex as the select holds it: '' is not known. */
function SexOptions() {
  const { t } = useTranslation();
  return (
    <>
      <option value="">{t('dossier.sexes.unknown')}</option>
      <option value="female">{t('dossier.sexes.female')}</option>
      <option value="male">{t('dossier.sexes.male')}</option>
    </>
  );
}

function RoleOptions() {
  const { t } = useTranslation();
  return (
    <>
      {ROLES.map((r) => (
        <option key={r} value={r}>
          {t(`dossier.roles.${r}`)}
        </option>
      ))}
    </>
  );
}

export function AddMemberForm({ householdId }: { householdId: string }) {
  const { t } = useTranslation();
  const empty = {
    firstName: '',
    lastName: '',
    birthDate: '',
    bsn: '',
    sex: '' as '' | 'male' | 'female',
    role: 'kind' as MemberRole,
    since: today(),
    phone: '',
  };
  const [form, setForm] = useState(empty);
  const add = useDossierMutation(
    () =>
      addMember(householdId, {
        firstName: form.firstName,
        lastName: form.lastName,
        birthDate: form.birthDate,
        role: form.role,
        since: form.since,
        ...(form.bsn ? { bsn: form.bsn.replace(/\s/g, '') } : {}),
        ...(form.sex ? { sex: form.sex } : {}),
        phone: form.phone || null,
      }),
    () => setForm(empty),
  );
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value });
  return (
    <DisclosureForm
      title={t('dossier.addMemberTitle')}
      mutation={add}
      submit={t('dossier.addMember')}
      done={t('dossier.memberAdded')}
    >
      <TextField label={t('dossier.firstName')} value={form.firstName} required onChange={set('firstName')} />
      <TextField label={t('dossier.lastName')} value={form.lastName} required onChange={set('lastName')} />
      <TextField
        label={t('dossier.birthDate')}
        type="date"
        value={form.birthDate}
        required
        onChange={set('birthDate')}
      />
      <TextField
        label={t('dossier.bsnOptional')}
        value={form.bsn}
        inputMode="numeric"
        autoComplete="off"
        onChange={set('bsn')}
      />
      <SelectField label={t('dossier.sexOptional')} value={form.sex} onChange={set('sex')}>
        <SexOptions />
      </SelectField>
      <SelectField label={t('dossier.role')} value={form.role} onChange={set('role')}>
        <RoleOptions />
      </SelectField>
      <TextField label={t('dossier.since')} type="date" value={form.since} required onChange={set('since')} />
      <TextField label={t('dossier.phone')} type="tel" value={form.phone} onChange={set('phone')} />
    </DisclosureForm>
  );
}

export function ChangeMemberForm({ dossier }: { dossier: HouseholdDossier }) {
  const { t } = useTranslation();
  const sexOf = (id: string) => dossier.members.find((m) => m.personId === id)?.sex ?? '';
  const [personId, setPersonId] = useState(dossier.members[0]?.personId ?? '');
  const [change, setChange] = useState<'end' | 'move' | 'sex'>('end');
  const [sex, setSex] = useState<Sex | ''>(sexOf(personId));
  const [on, setOn] = useState(today());
  const [toHouseholdId, setToHouseholdId] = useState('');
  const [role, setRole] = useState<MemberRole>('kind');
  const targets = useQuery({ ...caseloadFirstPageQuery, enabled: change === 'move' });
  const save = useDossierMutation(() => {
    if (change === 'sex') return updateMember(dossier.id, personId, { sex: sex || null });
    return change === 'end'
      ? endMember(dossier.id, personId, { on })
      : moveMember(dossier.id, personId, { toHouseholdId, role, on });
  });
  if (dossier.members.length === 0) return null;
  const otherHouseholds = (targets.data?.items ?? []).filter((h) => h.householdId !== dossier.id);
  return (
    <DisclosureForm
      title={t('dossier.changeMemberTitle')}
      mutation={save}
      submit={t('dossier.changeSubmit')}
      done={t('dossier.memberChanged')}
    >
      <SelectField
        label={t('dossier.member')}
        value={personId}
        onChange={(e) => {
          setPersonId(e.target.value);
          setSex(sexOf(e.target.value));
        }}
      >
        {dossier.members.map((m) => (
          <option key={m.personId} value={m.personId}>
            {m.firstName} {m.lastName}
          </option>
        ))}
      </SelectField>
      <RadioGroup<'end' | 'move' | 'sex'>
        legend={t('dossier.change')}
        name="member-change"
        value={change}
        onChange={setChange}
        options={[
          { value: 'end', label: t('dossier.changeEnd') },
          { value: 'move', label: t('dossier.changeMove') },
          { value: 'sex', label: t('dossier.changeSex') },
        ]}
      />
      {change === 'sex' ? (
        <SelectField
          label={t('dossier.sex')}
          value={sex}
          onChange={(e) => setSex(e.target.value as Sex | '')}
        >
          <SexOptions />
        </SelectField>
      ) : (
        <TextField
          label={t('dossier.changeOn')}
          type="date"
          value={on}
          onChange={(e) => setOn(e.target.value)}
        />
      )}
      {change === 'move' && (
        <>
          <SelectField
            label={t('dossier.moveTo')}
            value={toHouseholdId}
            onChange={(e) => setToHouseholdId(e.target.value)}
          >
            <option value="">–</option>
            {otherHouseholds.map((h) => (
              <option key={h.householdId} value={h.householdId}>
                {h.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('dossier.moveRole')}
            value={role}
            onChange={(e) => setRole(e.target.value as MemberRole)}
          >
            <RoleOptions />
          </SelectField>
        </>
      )}
    </DisclosureForm>
  );
}
