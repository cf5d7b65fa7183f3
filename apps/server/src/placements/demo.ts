import type { PlaceType } from '@een-plan/contracts';
import { and, eq } from 'drizzle-orm';
import { createContract } from '../assignments/service.ts';
import { demoActorOf } from '../auth/users.ts';
import type { Executor } from '../db/database.ts';
import { ensureOrganisations } from '../tenancy/demo.ts';
import { centreOf } from './geo.ts';
import { typeRank } from './place-types.ts';
import { placementPlace } from './schema.ts';

const DEMO_CTX = { requestId: 'demo-data', clientAddress: '127.0.0.1' };
const DAY_MS = 86_400_000;
const JEUGDHULP = 'org-jeugdhulp';
/** A second provider: only it is contracted for closed youth care (JeugdzorgPlus). */
const DEMO_CLOSED_PROVIDER = {
  id: 'org-jeugdzorgplus',
  name: 'JeugdzorgPlus Noord-Holland',
  agbCode: '98765401',
};

const day = (offset: number) => new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);

/** Per-etmaal products (WJ756 14), inspanningsgericht: foster care, family home, group, crisis. */
const product = (name: string, productCategory: string, productCode: string, tariffCents: number) => ({
  name,
  productCategory,
  productCode,
  unit: '14' as const,
  tariffCents,
  executionVariant: 'inspanningsgericht' as const,
});

interface DemoPlace {
  id: string;
  org: string;
  type: PlaceType;
  category: string;
  ages: [number, number];
  postcode: string;
  region: string;
  places: number;
  /** Days since the provider last confirmed it (7 or more: stale). */
  confirmedDaysAgo: number;
  notes: string;
}

const PLACES: DemoPlace[] = [
  {
    id: 'place-netwerk-nieuw-vennep',
    org: JEUGDHULP,
    type: 'foster_network',
    category: '35',
    ages: [0, 12],
    postcode: '2151',
    region: 'Haarlemmermeer',
    places: 1,
    confirmedDaysAgo: 1,
    notes: 'Netwerkpleeggezin (tante en oom), broertjes en zusjes samen mogelijk.',
  },
  {
    id: 'place-netwerk-hoofddorp',
    org: JEUGDHULP,
    type: 'foster_network',
    category: '35',
    ages: [4, 17],
    postcode: '2132',
    region: 'Haarlemmermeer',
    places: 1,
    confirmedDaysAgo: 9,
    notes: 'Grootouders, school in de buurt.',
  },
  {
    id: 'place-pleeggezin-hoofddorp',
    org: JEUGDHULP,
    type: 'foster_regular',
    category: '35',
    ages: [0, 10],
    postcode: '2134',
    region: 'Haarlemmermeer',
    places: 2,
    confirmedDaysAgo: 2,
    notes: 'Ervaren pleeggezin, huisdieren.',
  },
  {
    id: 'place-pleeggezin-haarlem',
    org: JEUGDHULP,
    type: 'foster_regular',
    category: '35',
    ages: [6, 18],
    postcode: '2011',
    region: 'Zuid-Kennemerland',
    places: 1,
    confirmedDaysAgo: 3,
    notes: '',
  },
  {
    id: 'place-deeltijd-vijfhuizen',
    org: JEUGDHULP,
    type: 'foster_part_time',
    category: '35',
    ages: [4, 14],
    postcode: '2141',
    region: 'Haarlemmermeer',
    places: 2,
    confirmedDaysAgo: 0,
    notes: 'Weekend- en vakantiepleegzorg.',
  },
  {
    id: 'place-gezinshuis-nieuw-vennep',
    org: JEUGDHULP,
    type: 'family_home',
    category: '36',
    ages: [4, 18],
    postcode: '2153',
    region: 'Haarlemmermeer',
    places: 2,
    confirmedDaysAgo: 4,
    notes: 'Gezinshuis met vier kinderen; extra aandacht voor hechting.',
  },
  {
    id: 'place-gezinshuis-aalsmeer',
    org: JEUGDHULP,
    type: 'family_home',
    category: '36',
    ages: [8, 18],
    postcode: '1431',
    region: 'Amstelland',
    places: 1,
    confirmedDaysAgo: 12,
    notes: '',
  },
  {
    id: 'place-groep-hoofddorp',
    org: JEUGDHULP,
    type: 'residential_group',
    category: '38',
    ages: [12, 18],
    postcode: '2131',
    region: 'Haarlemmermeer',
    places: 3,
    confirmedDaysAgo: 1,
    notes: 'Leefgroep, eigen kamer.',
  },
  {
    id: 'place-groep-leiden',
    org: JEUGDHULP,
    type: 'residential_group',
    category: '38',
    ages: [12, 18],
    postcode: '2311',
    region: 'Holland Rijnland',
    places: 2,
    confirmedDaysAgo: 20,
    notes: '',
  },
  {
    id: 'place-crisis-haarlem',
    org: JEUGDHULP,
    type: 'crisis_bed',
    category: '46',
    ages: [0, 18],
    postcode: '2011',
    region: 'Zuid-Kennemerland',
    places: 1,
    confirmedDaysAgo: 0,
    notes: 'Direct beschikbaar, dag en nacht.',
  },
  {
    id: 'place-gesloten-velsen',
    org: DEMO_CLOSED_PROVIDER.id,
    type: 'closed',
    category: '37',
    ages: [12, 18],
    postcode: '1971',
    region: 'IJmond',
    places: 2,
    confirmedDaysAgo: 2,
    notes: 'Alleen met machtiging gesloten jeugdhulp.',
  },
];

/**
 * Plekvrij's demo: contracts for foster care, family homes, groups, crisis beds and (with a second
 * provider) closed youth care, and a place of every type around Haarlemmermeer — three of them
 * not confirmed for a week or more (stale). Idempotent: skipped once the places exist.
 */
export async function loadPlacementsDemo(tx: Executor, tenantId: string): Promise<void> {
  if (tenantId !== '0394') return;
  const [existing] = await tx
    .select({ id: placementPlace.id })
    .from(placementPlace)
    .where(and(eq(placementPlace.tenantId, tenantId), eq(placementPlace.id, 'place-netwerk-nieuw-vennep')))
    .limit(1);
  if (existing) return;
  const admin = await demoActorOf(tx, tenantId, 'u-erik');
  if (!admin) return;
  await ensureOrganisations(tx, tenantId, [{ kind: 'youth_care_provider', ...DEMO_CLOSED_PROVIDER }]);
  const validity = { validFrom: day(-365), validUntil: day(730) };
  await createContract(
    tx,
    admin,
    {
      organisationId: JEUGDHULP,
      ...validity,
      products: [
        product('Pleegzorg', '35', '35A01', 4_000),
        product('Gezinshuis', '36', '36A01', 15_000),
        product('Residentiële leefgroep', '38', '38A01', 25_000),
        product('Crisisopvang', '46', '46A01', 30_000),
      ],
    },
    DEMO_CTX,
    {
      contractId: 'contract-jeugdhulp-verblijf',
      productIds: ['cp-pleegzorg', 'cp-gezinshuis', 'cp-leefgroep', 'cp-crisis'],
    },
  );
  await createContract(
    tx,
    admin,
    {
      organisationId: DEMO_CLOSED_PROVIDER.id,
      ...validity,
      products: [product('JeugdzorgPlus', '37', '37A01', 45_000)],
    },
    DEMO_CTX,
    { contractId: 'contract-jeugdzorgplus', productIds: ['cp-jeugdzorgplus'] },
  );
  const now = Date.now();
  await tx.insert(placementPlace).values(
    PLACES.map((p) => {
      const centre = centreOf(p.postcode);
      return {
        tenantId,
        id: p.id,
        organisationId: p.org,
        placeType: p.type,
        typeRank: typeRank(p.type),
        productCategory: p.category,
        minAge: p.ages[0],
        maxAge: p.ages[1],
        postcode: p.postcode,
        region: p.region,
        lat: centre.lat,
        lon: centre.lon,
        availableFrom: day(-30),
        availableUntil: null,
        placesTotal: p.places,
        notes: p.notes,
        createdBy: admin.userId,
        createdAt: new Date(now - 40 * DAY_MS),
        confirmedAt: new Date(now - p.confirmedDaysAgo * DAY_MS),
      };
    }),
  );
}
