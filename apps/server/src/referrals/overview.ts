import type { PublicTeamList, ReferralStatus, WaitingTimesOverview } from '@een-plan/contracts';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { recordAuditMany } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { area, areaPostcode, team, tenant } from '../tenancy/schema.ts';
import {
  audit,
  OPEN_STATUSES,
  planAgreedAt,
  requireTeam,
  teamNameOf,
  urgencyRank,
} from './referral-detail.ts';
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
      urgency: r.urgency as 'normal' | 'urgent',
      status: r.status as ReferralStatus,
      reminderSentAt: r.reminderSentAt?.toISOString() ?? null,
      waitingTimes: computeWaitingTimes(
        { ...r, planAgreedAt: await planAgreedAt(db, r.tenantId, r.householdId) },
        norms,
        now,
      ),
    })),
  );
  await recordAuditMany(
    db,
    items.map((i) =>
      audit(actor, ctx, {
        action: 'referral.list',
        outcome: 'success',
        subjectType: 'referral',
        subjectId: i.id,
        dataCategory: 'referral.waiting_time',
        purpose: 'waiting_time_overview',
      }),
    ),
  );
  const open = items.filter(
    (i) => OPEN_STATUSES.includes(i.status) && i.waitingTimes.firstContactAt === null,
  );
  const contacted = items
    .map((i) => i.waitingTimes.workingDaysToFirstContact)
    .filter((d): d is number => d !== null);
  return {
    teamName: await teamNameOf(db, actor.tenantId, teamId),
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
  const [t] = await db
    .select({ name: tenant.name })
    .from(tenant)
    .where(eq(tenant.tenantId, tenantId))
    .limit(1);
  const teams = await db
    .select({ id: team.id, name: team.name, phone: team.phone, email: team.email })
    .from(team)
    .where(eq(team.tenantId, tenantId))
    .orderBy(asc(team.name))
    .limit(200);
  const areas = await db
    .select({ id: area.id, name: area.name, teamId: area.teamId })
    .from(area)
    .where(eq(area.tenantId, tenantId))
    .orderBy(asc(area.name))
    .limit(1000);
  const postcodes = await db
    .select({ areaId: areaPostcode.areaId, postcode4: areaPostcode.postcode4 })
    .from(areaPostcode)
    .where(eq(areaPostcode.tenantId, tenantId))
    .orderBy(asc(areaPostcode.postcode4))
    .limit(20_000);
  return {
    tenantName: t?.name ?? '',
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
