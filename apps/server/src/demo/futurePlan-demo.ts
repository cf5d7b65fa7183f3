/**
 * The toekomstplan story: Lisa Jansen (16½) with her own JIM mentor, and the Visser family with
 * Noor (17½, topics still open: the coordinator's 17 and 17½ tasks) and Daan (16, no plan yet).
 * The plans themselves are started by the real daily job. Idempotent: inserts skip existing rows.
 */
import { demoActorOf } from '../auth/users.ts';
import type { Db } from '../db/database.ts';
import { startDueFuturePlans } from '../futurePlan/start.ts';
import { ensureDemoHousehold } from '../households/demo.ts';
import { ProblemError } from '../http/problems.ts';
import { ensureNetworkMembers } from '../network/demo.ts';
import { createPlan } from '../plans/service.ts';
import { amsterdamDate } from '../referrals/working-days.ts';
import { routeAreaIdForPostcode } from '../tenancy/routing.ts';
import { testBsn } from './test-bsn.ts';

/** Past the BSNs the main story hands out, so no two people share one. */
const BSN_OFFSET = 60;

const VISSER_MEMBERS = [
  {
    id: 'p-ingrid',
    firstName: 'Ingrid',
    lastName: 'Visser',
    birthDate: '1979-04-08',
    sex: 'female',
    role: 'gezagsdrager',
  },
  {
    id: 'p-noor',
    firstName: 'Noor',
    lastName: 'Visser',
    birthDate: '2009-05-20',
    sex: 'female',
    role: 'kind',
  },
  { id: 'p-daan', firstName: 'Daan', lastName: 'Visser', birthDate: '2010-09-15', sex: 'male', role: 'kind' },
];

export async function loadFuturePlanDemo(db: Db, tenantId: string, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    await ensureNetworkMembers(tx, [
      {
        tenantId,
        id: 'nm-jansen-jim-yara',
        householdId: 'hh-jansen',
        name: 'Yara Bos (JIM van Lisa)',
        relation: 'jim_mentor',
        phone: '06 2345 6704',
        takesPartInPlan: true,
      },
    ]);
    const areaId = await routeAreaIdForPostcode(tx, tenantId, '2132 KL');
    await ensureDemoHousehold(
      tx,
      tenantId,
      {
        id: 'hh-visser',
        name: 'Gezin Visser',
        street: 'Marktlaan',
        houseNumber: '31',
        postcode: '2132 KL',
        city: 'Hoofddorp',
        areaId,
        coordinatorId: 'u-mohamed',
      },
      VISSER_MEMBERS.map((m, i) => ({ ...m, bsn: testBsn(BSN_OFFSET + i) })),
    );
  });
  // In care: Mohamed made the family's plan, through the plans module's own path.
  const mohamed = await demoActorOf(db, tenantId, 'u-mohamed');
  if (mohamed) {
    await createPlan(db, mohamed, 'hh-visser', 'Noor en Daan worden zelfstandig, met steun om hen heen.', {
      requestId: 'demo-data',
      clientAddress: '127.0.0.1',
    }).catch((error: unknown) => {
      // Loading the demo twice: the plan is there already.
      if (!(error instanceof ProblemError && error.code === 'plan_exists')) throw error;
    });
  }
  await startDueFuturePlans(db, tenantId, amsterdamDate(now));
}
