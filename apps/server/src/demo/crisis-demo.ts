/**
 * The crisis service and the certified institution in the demo story: their organisations and
 * people, crisis episodes in every state, and child-protection measures (an OTS for Deniz Öztürk
 * whose extension request is due soon, an unused machtiging uithuisplaatsing for Jayden).
 * Times are relative to loading, so the deadlines and tasks look the same every day.
 * Idempotent: every insert skips what exists.
 */

import { ensureDemoUsers } from '../auth/demo.ts';
import { loadCrisisEpisodesDemo } from '../crisis/demo.ts';
import type { Executor } from '../db/database.ts';
import { loadProtectionMeasuresDemo } from '../protection/demo.ts';
import { ensureOrganisations } from '../tenancy/demo.ts';

const users = [
  {
    id: 'u-karin',
    displayName: 'Karin Smit',
    role: 'crisis_service' as const,
    organisationId: 'org-crisisdienst',
    email: 'karin@crisisdienst.example',
    oidcSubject: 'karin.smit',
    demoDescription:
      'Crisismedewerker van de Integrale Crisisdienst Jeugd; ziet haar crisisepisodes en deadlines.',
  },
  {
    id: 'u-bram',
    displayName: 'Bram Koster',
    role: 'certified_institution' as const,
    organisationId: 'org-jeugdbescherming',
    email: 'bram@jeugdbescherming.example',
    oidcSubject: 'bram.koster',
    demoDescription:
      'Jeugdbeschermer bij Jeugdbescherming Noord-Holland (GI); registreert maatregelen zoals een OTS.',
  },
];

export async function loadCrisisDemo(tx: Executor, tenantId: string, now = new Date()): Promise<void> {
  await ensureOrganisations(tx, tenantId, [
    { id: 'org-crisisdienst', name: 'Integrale Crisisdienst Jeugd Kennemerland', kind: 'crisis_service' },
    { id: 'org-jeugdbescherming', name: 'Jeugdbescherming Noord-Holland', kind: 'certified_institution' },
  ]);
  await ensureDemoUsers(
    tx,
    tenantId,
    users.map((u) => ({ ...u, teamId: null, personId: null })),
  );
  await loadCrisisEpisodesDemo(tx, tenantId, now);
  await loadProtectionMeasuresDemo(tx, tenantId, now);
}
