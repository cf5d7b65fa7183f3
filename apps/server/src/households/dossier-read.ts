import type { HouseholdDossier, HouseholdMember } from '@een-plan/contracts';
import { sql } from 'drizzle-orm';
import { userContactOf } from '../auth/fragments.ts';
import { membersHiddenFromResident } from '../consent/youth-privacy.ts';
import { correlated } from '../db/correlated.ts';
import type { Db, Executor } from '../db/database.ts';
import { preparedOnce } from '../db/prepared.ts';
import { safetyFlagOf } from '../intake/safety-flag.ts';
import { DOSSIER_NETWORK_STATUSES, networkRowsOf, toNetworkMembers } from '../network/service.ts';
import type { Actor } from '../policy/actor.ts';
import { ageOn } from '../policy/decide-consent.ts';
import { seesPendingNetworkSuggestions } from '../policy/household-scope.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { amsterdamDate } from '../referrals/working-days.ts';
import { teamContactOfArea } from '../tenancy/fragments.ts';
import { auditSuccess, decideFor, requireHouseholdOf } from './access.ts';
import { householdFactsColumns, oneHousehold } from './membership.ts';
import { household, householdMember, person } from './schema.ts';
import { eighteenthBirthday, turns18Soon } from './service.ts';

const READ_AUDIT = {
  action: 'household.read',
  dataCategory: 'household.dossier',
  purpose: 'care_coordination',
};

type MemberJson = Omit<HouseholdMember, 'age' | 'sex'> & { sex: string | null };

// Current and former members, oldest first, as one JSON value; the dossier splits them.
const membersOf = correlated(sql<MemberJson[]>`(
  select coalesce(json_agg(json_build_object('personId', x.id, 'firstName', x.first_name,
    'lastName', x.last_name, 'birthDate', x.birth_date, 'phone', x.phone, 'email', x.email, 'sex', x.sex,
    'role', x.member_role, 'since', x.since, 'until', x.until) order by x.birth_date, x.id), '[]'::json)
  from (select p.*, m.member_role, m.since, m.until from ${householdMember} m
    join ${person} p on p.tenant_id = m.tenant_id and p.id = m.person_id
    where m.tenant_id = ${household.tenantId} and m.household_id = ${household.id}
    order by p.birth_date, p.id limit 200) x)`);

// The household's facts (the policy decides on them), its members and network, and what stands
// around it from the modules that own it (intake's safety flag, the coordinator's and the team's
// contact): one prepared statement, one round trip. Only the audit append follows.
const dossierStatement = (db: Executor) =>
  db
    .select({
      ...householdFactsColumns,
      members: membersOf,
      network: networkRowsOf(household.tenantId, household.id, sql.placeholder('statuses')),
      safety: safetyFlagOf(household.tenantId, household.id),
      coordinator: userContactOf(household.tenantId, household.coordinatorId),
      team: teamContactOfArea(household.tenantId, household.areaId),
    })
    .from(household)
    .where(oneHousehold())
    .limit(1)
    .prepare('household_dossier');

function splitMembers(rows: MemberJson[], today: Date) {
  // Today's Dutch date once, not once per member (it goes through Intl).
  const day = amsterdamDate(today);
  const all = rows.map(
    (r): HouseholdMember => ({
      ...r,
      sex: r.sex === 'male' || r.sex === 'female' ? r.sex : null,
      age: ageOn(r.birthDate, day),
    }),
  );
  return {
    // Youngest last, as the family reads it; those who left, the most recent first.
    current: all.filter((m) => m.until === null),
    former: all.filter((m) => m.until !== null).sort((x, y) => (y.until ?? '').localeCompare(x.until ?? '')),
  };
}

/** The household dossier: members (and former members), network, professionals, flags. */
export async function getHouseholdDossier(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  householdId: string,
): Promise<HouseholdDossier> {
  const h = await requireHouseholdOf(
    db,
    actor,
    ctx,
    { householdId, policyAction: 'household.read', audit: READ_AUDIT },
    async () => {
      const [row] = await preparedOnce(db, 'household_dossier', dossierStatement).execute({
        tenantId: actor.tenantId,
        householdId,
        statuses: DOSSIER_NETWORK_STATUSES,
      });
      return row ?? null;
    },
  );
  // The answer leaves only once its audit row is durable.
  await auditSuccess(db, actor, ctx, householdId, READ_AUDIT);
  const today = new Date();
  const { current: members, former: formerMembers } = splitMembers(h.members, today);
  const network = toNetworkMembers(h.network);
  // From 16 a youth's own contact details are theirs: a parent sees them only with the youth's consent.
  const hiddenContact = await membersHiddenFromResident(db, actor, h, 'contact');
  const shownMembers = members.map((m) =>
    hiddenContact.has(m.personId) ? { ...m, phone: null, email: null } : m,
  );
  const professionals: HouseholdDossier['professionals'] = [];
  if (h.coordinator) {
    professionals.push({
      kind: 'coordinator',
      name: h.coordinator.name,
      phone: null,
      email: h.coordinator.email,
    });
  }
  if (h.team) professionals.push({ kind: 'team', ...h.team });
  return {
    id: h.id,
    name: h.name,
    status: h.status,
    closedOn: h.closedOn,
    street: h.street,
    houseNumber: h.houseNumber,
    postcode: h.postcode,
    city: h.city,
    areaName: h.areaName,
    members: shownMembers,
    formerMembers,
    // A resident sees the network but not the coordinator's pending decisions on others' suggestions.
    network: seesPendingNetworkSuggestions(actor) ? network : network.filter((n) => n.status === 'active'),
    professionals,
    flags: {
      safety: h.safety,
      comingOfAge: members
        .filter((m) => turns18Soon(m.birthDate, today))
        .map((m) => ({
          personId: m.personId,
          firstName: m.firstName,
          turns18On: eighteenthBirthday(m.birthDate),
        })),
    },
    canEdit: decideFor(actor, 'household.write', h).allowed,
  };
}
