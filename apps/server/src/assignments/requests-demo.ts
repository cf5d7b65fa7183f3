import type { IjwFrequency, IjwReferrerType } from '@een-plan/contracts';
import { and, eq } from 'drizzle-orm';
import { demoActorOf } from '../auth/users.ts';
import type { Executor } from '../db/database.ts';
import { findClientIdentity } from '../households/ijw-client.ts';
import { decideTeamRequest, submitAssignmentRequest, submitChangeRequest } from './requests.ts';
import { assignmentRequest } from './requests-schema.ts';
import { assignment } from './schema.ts';

const DEMO_CTX = { requestId: 'demo-data', clientAddress: '127.0.0.1' };

function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Jeugdhulp Kennemerland asks the municipality for help after GP referrals, through the same code
 * paths as its screen, so every message is real, validated and stored: Lisa's request is still
 * open (the Nieuw-Vennep team has something under "Verzoeken"), Deniz's was granted by the team
 * lead (assignment + JW301 with the ReferentieAanbieder), Sem's was refused by his coordinator
 * (JW319 + JW320), and Tom's current assignment was extended on request (JW317/JW318, granted). Idempotent:
 * skipped when the provider has made requests before.
 */
export async function loadRequestsDemo(tx: Executor, tenantId: string): Promise<void> {
  if (tenantId !== '0394') return;
  const [existing] = await tx
    .select({ id: assignmentRequest.id })
    .from(assignmentRequest)
    .where(
      and(eq(assignmentRequest.tenantId, tenantId), eq(assignmentRequest.organisationId, 'org-jeugdhulp')),
    )
    .limit(1);
  if (existing) return;
  const [fatima, ahmed, mohamed, sanne] = await Promise.all(
    ['u-fatima', 'u-ahmed', 'u-mohamed', 'u-sanne'].map((id) => demoActorOf(tx, tenantId, id)),
  );
  if (!fatima || !ahmed || !mohamed || !sanne) return;
  const [tom] = await tx
    .select({ id: assignment.id, startDate: assignment.startDate, endDate: assignment.endDate })
    .from(assignment)
    .where(and(eq(assignment.tenantId, tenantId), eq(assignment.id, 'asg-jansen-tom-2')))
    .limit(1);
  if (!tom) return;

  async function request(personId: string, volume: number) {
    const p = await findClientIdentity(tx, tenantId, personId);
    if (!p?.bsn || !fatima) return null;
    const result = await submitAssignmentRequest(
      tx,
      fatima,
      {
        bsn: p.bsn,
        birthDate: p.birthDate,
        lastName: p.lastName,
        contractProductId: 'cp-jeugdhulp-ambulant',
        volume,
        frequency: '2' as IjwFrequency,
        startDate: daysFromToday(7),
        endDate: daysFromToday(7 + 26 * 7 - 1),
        // A GP's referral (COD327 02) with the GP's AGB code.
        referrerType: '02' as IjwReferrerType,
        referrerCode: '01234567',
      },
      DEMO_CTX,
    );
    return result.requestIds[0] ?? null;
  }

  const granted = await request('p-deniz', 1);
  if (granted) {
    await decideTeamRequest(
      tx,
      ahmed,
      granted,
      { version: 1, decision: 'grant', reason: null, municipality: null },
      DEMO_CTX,
    );
  }
  const refused = await request('p-sem', 2);
  if (refused) {
    await decideTeamRequest(
      tx,
      mohamed,
      refused,
      { version: 1, decision: 'refuse', reason: '7', municipality: null },
      DEMO_CTX,
    );
  }
  // Tom needs his help four weeks longer (JW317, for the whole period), granted by his coordinator.
  const change = await submitChangeRequest(
    tx,
    fatima,
    {
      assignmentId: tom.id,
      reason: '2',
      desiredStart: tom.startDate,
      endDate: new Date(Date.parse(`${tom.endDate}T00:00:00Z`) + 28 * 86_400_000).toISOString().slice(0, 10),
      volume: null,
    },
    DEMO_CTX,
  );
  if (change.requestIds[0]) {
    await decideTeamRequest(
      tx,
      sanne,
      change.requestIds[0],
      { version: 1, decision: 'grant', reason: null, municipality: null },
      DEMO_CTX,
    );
  }
  // Still open: Lisa's request, for the team to decide under "Verzoeken".
  await request('p-lisa', 1);
}
