import type { HouseholdDossier, HouseholdMember, NetworkRelation } from '@een-plan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addNetworkMember, householdDossierQuery } from '../../api/households-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '../../components/Table.tsx';
import { UnorderedList, UnorderedListItem } from '../../components/UnorderedList.tsx';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { caseStatusBadge, caseStatusLabel } from '../case-status.ts';
import { FuturePlanDossierSection } from '../futurePlan/FuturePlanDossierSection.tsx';
import { SelfRelianceTrendSection } from '../plans/SelfRelianceTrendSection.tsx';
import { DisclosureForm, useDossierMutation } from './DisclosureForm.tsx';
import { Ecogram } from './Ecogram.tsx';
import { CheckboxField, TextField } from './form-fields.tsx';
import { formatDate, HouseholdFlags } from './HouseholdsPage.tsx';
import { AddMemberForm, ChangeMemberForm } from './MemberForms.tsx';
import { RelationSelectField } from './RelationSelectField.tsx';
import './households.css';
import { DossierCrisisSection } from '../crisis/DossierCrisisSection.tsx';

function roleLabel(role: string, t: ReturnType<typeof useTranslation>['t']): string {
  return ['gezagsdrager', 'kind', 'partner', 'other'].includes(role)
    ? // A plain string signature: the full typed key tree is too deep for TypeScript here.
      (t as (key: string) => string)(`dossier.roles.${role}`)
    : role;
}

function MembersTable({
  caption,
  members,
  former,
}: {
  caption: string;
  members: HouseholdMember[];
  former?: boolean;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Table caption={caption} hideCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('dossier.columns.name')}</TableHeaderCell>
          <TableHeaderCell>{t('dossier.columns.role')}</TableHeaderCell>
          <TableHeaderCell>{t('dossier.columns.birthDate')}</TableHeaderCell>
          <TableHeaderCell numeric>{t('dossier.columns.age')}</TableHeaderCell>
          <TableHeaderCell>{t('dossier.columns.contact')}</TableHeaderCell>
          <TableHeaderCell>{t('dossier.columns.since')}</TableHeaderCell>
          {former && <TableHeaderCell>{t('dossier.columns.until')}</TableHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {members.map((m) => (
          <TableRow key={`${m.personId}-${m.since}`}>
            <TableHeaderCell scope="row">
              {m.firstName} {m.lastName}
            </TableHeaderCell>
            <TableCell>{roleLabel(m.role, t)}</TableCell>
            <TableCell>{formatDate(m.birthDate, i18n.language)}</TableCell>
            <TableCell numeric>{m.age}</TableCell>
            <TableCell>{[m.phone, m.email].filter(Boolean).join(' · ') || t('dossier.noContact')}</TableCell>
            <TableCell>{formatDate(m.since, i18n.language)}</TableCell>
            {former && <TableCell>{m.until ? formatDate(m.until, i18n.language) : ''}</TableCell>}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function NetworkSection({ dossier }: { dossier: HouseholdDossier }) {
  const { t } = useTranslation();
  const visible = dossier.network.filter((n) => n.status !== 'declined');
  return (
    <section className="dossier-section" aria-labelledby="dossier-network">
      <Heading level={2} id="dossier-network">
        {t('dossier.networkTitle')}
      </Heading>
      {visible.length === 0 ? (
        <Paragraph>{t('dossier.networkEmpty')}</Paragraph>
      ) : (
        <Table caption={t('dossier.networkTitle')} hideCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('dossier.columns.name')}</TableHeaderCell>
              <TableHeaderCell>{t('dossier.networkRelation')}</TableHeaderCell>
              <TableHeaderCell>{t('dossier.columns.contact')}</TableHeaderCell>
              <TableHeaderCell>{t('dossier.takesPart')}</TableHeaderCell>
              <TableHeaderCell>{t('households.columns.status')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {visible.map((n) => (
              <TableRow key={n.id}>
                <TableHeaderCell scope="row">{n.name}</TableHeaderCell>
                <TableCell>{t(`dossier.relations.${n.relation}`)}</TableCell>
                <TableCell>
                  {[n.phone, n.email].filter(Boolean).join(' · ') || t('dossier.noContact')}
                </TableCell>
                <TableCell>{n.takesPartInPlan ? t('intake.yes') : t('intake.no')}</TableCell>
                <TableCell>
                  <StatusBadge status={n.status === 'active' ? 'active' : 'neutral'}>
                    {t(`dossier.networkStatus.${n.status}`)}
                  </StatusBadge>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {dossier.canEdit && <AddNetworkMemberForm householdId={dossier.id} />}
    </section>
  );
}

function AddNetworkMemberForm({ householdId }: { householdId: string }) {
  const { t } = useTranslation();
  const empty = { name: '', relation: 'grandparent' as NetworkRelation, phone: '', takesPartInPlan: false };
  const [form, setForm] = useState(empty);
  const add = useDossierMutation(
    () =>
      addNetworkMember(householdId, {
        name: form.name,
        relation: form.relation,
        phone: form.phone || null,
        takesPartInPlan: form.takesPartInPlan,
      }),
    () => setForm(empty),
  );
  return (
    <DisclosureForm
      title={t('dossier.addNetworkTitle')}
      mutation={add}
      submit={t('dossier.addNetwork')}
      done={add.data && t('dossier.added', { name: add.data.name })}
    >
      <TextField
        label={t('dossier.networkName')}
        value={form.name}
        required
        onChange={(e) => setForm({ ...form, name: e.target.value })}
      />
      <RelationSelectField
        label={t('dossier.networkRelation')}
        value={form.relation}
        onChange={(relation) => setForm({ ...form, relation })}
      />
      <TextField
        label={t('dossier.networkPhone')}
        type="tel"
        value={form.phone}
        onChange={(e) => setForm({ ...form, phone: e.target.value })}
      />
      <CheckboxField
        label={t('dossier.networkTakesPart')}
        checked={form.takesPartInPlan}
        onChange={(e) => setForm({ ...form, takesPartInPlan: e.target.checked })}
      />
    </DisclosureForm>
  );
}

function Dossier({ dossier }: { dossier: HouseholdDossier }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <Heading level={1}>{dossier.name}</Heading>
      <Paragraph lead>
        {dossier.street} {dossier.houseNumber}, {dossier.postcode} {dossier.city}
        {dossier.areaName ? ` · ${t('dossier.area', { area: dossier.areaName })}` : ''}
      </Paragraph>
      <Paragraph data-household-status>
        {t('dossierStatus.label')}:{' '}
        <StatusBadge status={caseStatusBadge(dossier.status)}>
          {caseStatusLabel(dossier.status, t)}
        </StatusBadge>
        {dossier.closedOn &&
          ` · ${t('dossierStatus.closedOn', { date: formatDate(dossier.closedOn, i18n.language) })}`}
      </Paragraph>
      <Paragraph>
        <HouseholdFlags safety={dossier.flags.safety} comingOfAge={dossier.flags.comingOfAge.length > 0} />
      </Paragraph>
      {dossier.flags.safety && <Alert type="warning">{t('dossier.safetyFlag')}</Alert>}
      {dossier.flags.comingOfAge.map((c) => (
        <Alert key={c.personId} type="info">
          {t('dossier.comingOfAge', { name: c.firstName, date: formatDate(c.turns18On, i18n.language) })}
        </Alert>
      ))}
      <Paragraph>
        <Link
          to="/werkruimte/huishoudens/$householdId/keukentafelgesprek"
          params={{ householdId: dossier.id }}
        >
          {t('dossier.intakeLink')}
        </Link>
        {' · '}
        <Link to="/werkruimte/huishoudens/$householdId/plan" params={{ householdId: dossier.id }}>
          {t('dossier.planLink')}
        </Link>
        {' · '}
        <Link to="/werkruimte/huishoudens/$householdId/toestemmingen" params={{ householdId: dossier.id }}>
          {t('dossier.consentLink')}
        </Link>
        {' · '}
        <Link to="/werkruimte/huishoudens/$householdId/rechten" params={{ householdId: dossier.id }}>
          {t('rights.work.nav')}
        </Link>
        {' · '}
        <Link to="/werkruimte/huishoudens/$householdId/meldcode" params={{ householdId: dossier.id }}>
          {t('dossier.meldcodeLink')}
        </Link>
      </Paragraph>

      <section className="dossier-section" aria-labelledby="dossier-members">
        <Heading level={2} id="dossier-members">
          {t('dossier.membersTitle')}
        </Heading>
        <MembersTable caption={t('dossier.membersTitle')} members={dossier.members} />
        {dossier.formerMembers.length > 0 && (
          <>
            <Heading level={3}>{t('dossier.formerMembersTitle')}</Heading>
            <MembersTable caption={t('dossier.formerMembersTitle')} members={dossier.formerMembers} former />
          </>
        )}
        {dossier.canEdit && (
          <div className="form-actions">
            <AddMemberForm householdId={dossier.id} />
            <ChangeMemberForm dossier={dossier} />
          </div>
        )}
      </section>

      <NetworkSection dossier={dossier} />

      <FuturePlanDossierSection householdId={dossier.id} />

      <section className="dossier-section" aria-labelledby="dossier-professionals">
        <Heading level={2} id="dossier-professionals">
          {t('dossier.professionalsTitle')}
        </Heading>
        <UnorderedList>
          {dossier.professionals.map((p) => (
            <UnorderedListItem key={`${p.kind}-${p.name}`}>
              {t(`dossier.professionalKind.${p.kind}`)}: {p.name}
              {[p.phone, p.email].filter(Boolean).length > 0 &&
                ` (${[p.phone, p.email].filter(Boolean).join(' · ')})`}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </section>

      <DossierCrisisSection
        householdId={dossier.id}
        members={dossier.members.map((m) => ({ personId: m.personId, firstName: m.firstName }))}
        canReport={dossier.canEdit}
      />

      <Ecogram dossier={dossier} />

      {/* The trend section brings its own heading and region. */}
      <SelfRelianceTrendSection
        householdId={dossier.id}
        members={dossier.members.map((m) => ({ personId: m.personId, firstName: m.firstName }))}
      />
    </>
  );
}

export function HouseholdDossierPage() {
  const { t } = useTranslation();
  const { householdId } = useParams({ from: '/werkruimte/huishoudens/$householdId' });
  const dossier = useQuery(householdDossierQuery(householdId));
  usePageTitle(dossier.data?.name ?? t('dossier.titleFallback'));
  return (
    <div aria-busy={dossier.isPending}>
      <Paragraph>
        <Link to="/werkruimte/huishoudens">{t('dossier.back')}</Link>
      </Paragraph>
      {dossier.isPending && (
        <>
          <Heading level={1}>{t('dossier.titleFallback')}</Heading>
          <LoadingState />
        </>
      )}
      {dossier.isError && (
        <>
          <Heading level={1}>{t('dossier.titleFallback')}</Heading>
          <ErrorState error={dossier.error} onRetry={() => void dossier.refetch()} />
        </>
      )}
      {dossier.isSuccess && <Dossier dossier={dossier.data} />}
    </div>
  );
}
