import type { PublicTeamList, WaitingTimesOverview } from '@een-plan/contracts';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { listAreaPostcodes, listAreaRows } from '../tenancy/areas.ts';
import { tenantName } from '../tenancy/organisations.ts';
import { listTeamContacts } from '../tenancy/teams.ts';
import { recordReferralsListed } from './list-audit.ts';
import { OPEN_STATUSES, planAgreedAt, requireTeam, teamNameOrId, urgencyRank } from './referral-detail.ts';
import { referral } from './schema.ts';
import { loadReferralNorms } from './settings.ts';
import { computeWaitingTimes } from './waiting-times.ts';

/** The team lead's overview: open signals and the last 90 days, against the norm. */
export async function waitingTimesOverview(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  now = new Date(),
): Promise<WaitingTimesOverview> {
  const teamId = requireTeam(actor);
  const since = new Date(now.getTime() - 90 * 86_400_000);
  const rows = await db
    .select()
    .from(referral)
    .where(
      and(
        eq(referral.tenantId, actor.tenantId),
        eq(referral.teamId, teamId),
        sql`(${inArray(referral.status, OPEN_STATUSES)} or ${referral.receivedAt} >= ${since})`,
      ),
    )
    .orderBy(urgencyRank, asc(referral.receivedAt))
    .limit(200);
  const norms = await loadReferralNorms(db, actor.tenantId);
  const items = await Promise.all(
    rows.map(async (r) => ({
      id: r.id,
      subjectName: `${r.subjectFirstName} ${r.subjectLastName}`,
      urgency: r.urgency,
      status: r.status,
      reminderSentAt: r.reminderSentAt?.toISOString() ?? null,
      waitingTimes: computeWaitingTimes(
        { ...r, planAgreedAt: await planAgreedAt(db, r.tenantId, r.householdId) },
        norms,
        now,
      ),
    })),
  );
  await recordReferralsListed(
    db,
    actor,
    ctx,
    { dataCategory: 'referral.waiting_time', purpose: 'waiting_time_overview' },
    items.map((i) => i.id),
  );
  const open = items.filter(
    (i) => OPEN_STATUSES.includes(i.status) && i.waitingTimes.firstContactAt === null,
  );
  const contacted = items
    .map((i) => i.waitingTimes.workingDaysToFirstContact)
    .filter((d): d is number => d !== null);
  return {
    teamName: await teamNameOrId(db, actor.tenantId, teamId),
    firstContactNormDays: norms.firstContactNormDays,
    urgentFirstContactNormDays: norms.urgentFirstContactNormDays,
    openWithoutFirstContact: open.length,
    overdue: open.filter((i) => i.waitingTimes.firstContactOverdue).length,
    averageWorkingDaysToFirstContact:
      contacted.length === 0
        ? null
        : Math.round((contacted.reduce((a, b) => a + b, 0) / contacted.length) * 10) / 10,
    items,
  };
}

/** "Waar kan ik terecht?": teams, their areas and how to reach them. No personal data. */
export async function listPublicTeams(db: Db, tenantId: string): Promise<PublicTeamList> {
  const [name, teams, areas, postcodes] = await Promise.all([
    tenantName(db, tenantId),
    listTeamContacts(db, tenantId),
    listAreaRows(db, tenantId),
    listAreaPostcodes(db, tenantId),
  ]);
  return {
    tenantName: name ?? '',
    items: teams
      .map((x) => ({
        ...x,
        areas: areas
          .filter((a) => a.teamId === x.id)
          .map((a) => ({
            id: a.id,
            name: a.name,
            postcodes: postcodes.filter((p) => p.areaId === a.id).map((p) => p.postcode4),
          })),
      }))
      .filter((x) => x.areas.length > 0 || x.phone || x.email),
  };
}
