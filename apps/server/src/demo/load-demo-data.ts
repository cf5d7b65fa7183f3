import { sql } from 'drizzle-orm';
import { loadDeclarationsDemo } from '../assignments/declarations-demo.ts';
import { loadApprovalDemo, loadAssignmentsDemo } from '../assignments/demo.ts';
import { loadRequestsDemo } from '../assignments/requests-demo.ts';
import { sealAllAuditRows } from '../audit/seal.ts';
import { ensureDemoUsers } from '../auth/demo.ts';
import { loadBudgetsDemo } from '../budgets/demo.ts';
import { loadBreakGlassDemo } from '../consent/demo.ts';
import type { Database, Db } from '../db/database.ts';
import { refreshPlannerStatistics } from '../db/planner-statistics.ts';
import { ensureDemoHousehold } from '../households/demo.ts';
import { loadHouseholdDossierDemo } from '../intake/demo.ts';
import { loadPlacementsDemo } from '../placements/demo.ts';
import { loadPlanDemoData } from '../plans/demo.ts';
import { loadSafetyPlanDemo } from '../plans/safety-plan-demo.ts';
import { loadReferralsDemo } from '../referrals/demo.ts';
import { loadRightsDemo } from '../rights/demo.ts';
import { loadRightsLettersDemo } from '../rights/letters-demo.ts';
import { loadSafetyDemo } from '../safety/demo.ts';
import { loadSocialMapDemo } from '../socialMap/demo.ts';
import { reconcileTasks } from '../tasks/reconcile.ts';
import { ensureTenancy, hasNoTenant } from '../tenancy/demo.ts';
import { routeAreaIdForPostcode } from '../tenancy/routing.ts';
import { loadCrisisDemo } from './crisis-demo.ts';
import {
  DEMO_TENANT,
  demoAreas,
  demoHouseholds,
  demoOrganisations,
  demoTeams,
  demoUsers,
} from './demo-data.ts';
import { loadFuturePlanDemo } from './futurePlan-demo.ts';
import { loadOutcomesDemo } from './outcomes-demo.ts';
import { loadRetentionDemo } from './retention-demo.ts';
import { testBsn } from './test-bsn.ts';

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  return hasNoTenant(db);
}

/**
 * Loads the demo story. Idempotent: every insert skips rows that exist, so running it twice (or
 * after people changed things) never duplicates or overwrites. One transaction: a first start
 * commits (and, embedded, syncs to disk) once instead of once per step, and a start that is
 * interrupted leaves an empty database that the next start fills again.
 */
export async function loadDemoData(db: Db, options: { midwayStatistics?: boolean } = {}): Promise<void> {
  const t = DEMO_TENANT.tenantId;
  await db.transaction(async (tx) => {
    await ensureTenancy(tx, DEMO_TENANT, {
      organisations: demoOrganisations,
      teams: demoTeams,
      teamOrganisationId: 'org-sociaal-team',
      areas: demoAreas,
    });
    await ensureDemoUsers(tx, t, demoUsers);
    let bsnIndex = 0;
    for (const { members, ...fields } of demoHouseholds) {
      const areaId = await routeAreaIdForPostcode(tx, t, fields.postcode);
      await ensureDemoHousehold(
        tx,
        t,
        { ...fields, areaId },
        members.map((m) => ({
          id: m.id,
          bsn: testBsn(bsnIndex++),
          firstName: m.firstName,
          lastName: m.lastName,
          birthDate: m.birthDate,
          sex: m.sex,
          role: m.role,
        })),
      );
    }
    // Without statistics the planner takes the tables just filled for a row or two and nests loops
    // over whole tables: every later "current members of a household" read scanned all members for
    // each person (0.1 s apiece on PGlite, 55 times). As the owner only (see planner-statistics.ts).
    if (options.midwayStatistics) await tx.execute(sql`analyze household, household_member, person`);
    await loadReferralsDemo(tx, t);
    await loadSocialMapDemo(tx, t);
    await loadHouseholdDossierDemo(tx, t);
    await loadPlanDemoData(tx, t);
    await loadAssignmentsDemo(tx, t);
    await loadDeclarationsDemo(tx, t);
    await loadRequestsDemo(tx, t);
    await loadApprovalDemo(tx, t);
    await loadCrisisDemo(tx, t);
    await loadPlacementsDemo(tx, t);
    await loadRightsDemo(tx, t);
    await loadRightsLettersDemo(tx, t);
    await loadRetentionDemo(tx, t);
    // These take the database and open their own transactions: inside this one they are savepoints.
    await loadBreakGlassDemo(tx, t);
    await loadFuturePlanDemo(tx, t);
    await loadOutcomesDemo(tx, t);
    await loadSafetyDemo(tx, t);
    await loadSafetyPlanDemo(tx, t);
    await loadBudgetsDemo(tx, t);
    // The story's tasks come from the real rules, as they would after these events.
    await reconcileTasks(tx, t);
  });
}

/** The demo story on a database, with the planner's statistics of what was just loaded. */
export async function loadDemoStory(database: Database): Promise<void> {
  // The embedded database's one role owns the tables; on PostgreSQL the app role may not analyze.
  await loadDemoData(database.db, { midwayStatistics: database.kind === 'pglite' });
  // Sealed first: statistics taken while every audit row is unsealed would tell the planner that
  // the whole log always is, and stay so where autovacuum is off (PGlite, CI; decision 0055).
  await sealAllAuditRows(database.db);
  await refreshPlannerStatistics(database);
}
