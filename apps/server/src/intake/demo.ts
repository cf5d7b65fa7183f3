import type { LifeDomainCode } from '@een-plan/contracts';
import { and, eq } from 'drizzle-orm';
import { encryptOptional } from '../crypto/data-encryption.ts';
import type { Executor } from '../db/database.ts';
import { setDemoContactDetails } from '../households/demo.ts';
import { type DemoNetworkMember, ensureNetworkMembers, setNetworkMemberDecider } from '../network/demo.ts';
import { intake, intakeDomain, intakePreparation, selfRelianceScore } from './schema.ts';

/**
 * Demo story for the dossier and the kitchen-table conversation (product.md): Tom's family has
 * Oma Ria, a neighbour and Tom's JIM mentor around them; Anouk prepared the conversation in the
 * portal and suggested her sister; Sanne held the intake on 6 October 2026 (safety screening
 * negative). Every person is invented. Idempotent: existing rows are never overwritten.
 */
export async function loadHouseholdDossierDemo(tx: Executor, tenantId: string): Promise<void> {
  const t = tenantId;
  const contacts = [
    { id: 'p-anouk', phone: '06 1234 5601', email: 'anouk@voorbeeld.example' },
    { id: 'p-mark', phone: '06 1234 5602', email: null },
    { id: 'p-lisa', phone: '06 1234 5603', email: 'lisa@voorbeeld.example' },
    { id: 'p-elif', phone: '06 1234 5611', email: null },
    { id: 'p-willem', phone: '06 1234 5621', email: null },
  ];
  for (const c of contacts) await setDemoContactDetails(tx, t, c);

  const network: Array<Omit<DemoNetworkMember, 'tenantId'>> = [
    {
      id: 'nm-jansen-oma-ria',
      householdId: 'hh-jansen',
      name: 'Oma Ria',
      relation: 'grandparent',
      phone: '06 2345 6701',
      takesPartInPlan: true,
    },
    {
      id: 'nm-jansen-buurman-kees',
      householdId: 'hh-jansen',
      name: 'Kees van Dijk (buurman)',
      relation: 'neighbour',
      phone: '06 2345 6702',
      takesPartInPlan: false,
    },
    {
      id: 'nm-jansen-jim-jeroen',
      householdId: 'hh-jansen',
      name: 'Jeroen Smit (JIM van Tom)',
      relation: 'jim_mentor',
      phone: '06 2345 6703',
      takesPartInPlan: true,
    },
    {
      id: 'nm-ozturk-buurvrouw',
      householdId: 'hh-ozturk',
      name: 'Fatma Kaya (buurvrouw)',
      relation: 'neighbour',
      phone: '06 2345 6711',
      takesPartInPlan: false,
    },
    {
      id: 'nm-de-graaf-vrijwilliger',
      householdId: 'hh-de-graaf',
      name: 'Henk Mulder (maatje)',
      relation: 'volunteer',
      phone: null,
      takesPartInPlan: true,
    },
  ];
  await ensureNetworkMembers(
    tx,
    network.map((n) => ({ ...n, tenantId: t, status: 'active', decidedBy: 'u-sanne' })),
  );
  // Mohamed coordinates De Graaf: his decision, not Sanne's.
  await setNetworkMemberDecider(tx, t, 'nm-de-graaf-vrijwilliger', 'u-mohamed');
  // A suggestion of the family's own, still waiting for the coordinator.
  await ensureNetworkMembers(tx, [
    {
      tenantId: t,
      id: 'nm-jansen-tante-petra',
      householdId: 'hh-jansen',
      name: 'Tante Petra',
      relation: 'other',
      phone: '06 2345 6704',
      status: 'suggested',
      helpNoteEnc: encryptOptional('Mijn zus. Zij kan soms koken en op Tom letten.'),
      suggestedBy: 'u-anouk',
    },
  ]);

  const [prepared] = await tx
    .select({ v: intakePreparation.version })
    .from(intakePreparation)
    .where(and(eq(intakePreparation.tenantId, t), eq(intakePreparation.householdId, 'hh-jansen')))
    .limit(1);
  if (!prepared) {
    await tx.insert(intakePreparation).values({
      tenantId: t,
      householdId: 'hh-jansen',
      goesWellEnc: encryptOptional('Tom en Lisa kunnen goed met elkaar opschieten. Oma Ria helpt ons veel.'),
      worriesEnc: encryptOptional(
        'We hebben schulden en de brieven stapelen zich op. Mark is vaak somber. Tom wil niet naar school.',
      ),
      wishesEnc: encryptOptional('Dat Tom weer graag naar school gaat. Rust over geld. Meer tijd samen.'),
      updatedBy: 'u-anouk',
      updatedAt: new Date('2026-10-01T19:30:00Z'),
    });
  }

  const [held] = await tx
    .select({ id: intake.id })
    .from(intake)
    .where(and(eq(intake.tenantId, t), eq(intake.householdId, 'hh-jansen')))
    .limit(1);
  if (held) return;
  const intakeId = 'in-jansen';
  await tx.insert(intake).values({
    tenantId: t,
    id: intakeId,
    householdId: 'hh-jansen',
    status: 'completed',
    conductedOn: '2026-10-06',
    safetyUnsafeAtHome: false,
    safetyViolence: false,
    safetyChildConcern: false,
    safetyFlag: false,
    updatedBy: 'u-sanne',
    updatedAt: new Date('2026-10-06T15:00:00Z'),
  });
  const notes: Array<{ domainCode: LifeDomainCode; goesWell: string; worries: string; wishes: string }> = [
    {
      domainCode: 'finances',
      goesWell: 'Anouk houdt bij welke rekeningen er zijn.',
      worries: 'Schulden bij energie en zorgverzekeraar; aanmaningen.',
      wishes: 'Overzicht en een regeling, zonder nieuwe schulden.',
    },
    {
      domainCode: 'work_education',
      goesWell: 'Lisa doet het goed op school.',
      worries: 'Tom verzuimt veel en is moe.',
      wishes: 'Tom gaat weer elke dag naar school.',
    },
    {
      domainCode: 'mental_health',
      goesWell: 'Mark wil hulp.',
      worries: 'Mark is al maanden somber.',
      wishes: 'Mark krijgt hulp via de huisarts.',
    },
    {
      domainCode: 'social_network',
      goesWell: 'Oma Ria en de buurman helpen mee.',
      worries: '',
      wishes: 'Oma Ria brengt Tom twee keer per week naar school.',
    },
  ];
  await tx.insert(intakeDomain).values(
    notes.map((n) => ({
      tenantId: t,
      intakeId,
      domainCode: n.domainCode,
      goesWellEnc: encryptOptional(n.goesWell),
      worriesEnc: encryptOptional(n.worries),
      wishesEnc: encryptOptional(n.wishes),
    })),
  );
  const scores: Array<[string, string, number]> = [
    ['p-anouk', 'finances', 2],
    ['p-anouk', 'social_network', 4],
    ['p-anouk', 'family_relations', 3],
    ['p-mark', 'mental_health', 2],
    ['p-mark', 'work_education', 2],
    ['p-tom', 'work_education', 2],
    ['p-tom', 'mental_health', 3],
    ['p-lisa', 'work_education', 4],
  ];
  await tx
    .insert(selfRelianceScore)
    .values(
      scores.map(([personId, domainCode, score]) => ({
        tenantId: t,
        id: `srs-${intakeId}-${personId}-${domainCode}`,
        householdId: 'hh-jansen',
        personId,
        domainCode,
        score,
        measuredOn: '2026-10-06',
        source: 'intake' as const,
        sourceId: intakeId,
        recordedBy: 'u-sanne',
      })),
    )
    .onConflictDoNothing();
}
