/**
 * Demo story for client rights (issue 16): requests, objections, complaints, second opinions and
 * changes of coordinator in every state, for Anouk Jansen's household and two others, with their
 * clocks computed by the same functions as the API. Idempotent: skipped when the tenant has any.
 */
import type { RightsOutcome } from '@een-plan/contracts';
import { eq } from 'drizzle-orm';
import { encryptText } from '../crypto/data-encryption.ts';
import type { Executor } from '../db/database.ts';
import { amsterdamDate } from '../referrals/working-days.ts';
import {
  addCalendarDays,
  changeDecisionDue,
  complaintHandlingDue,
  objectionDecisionDue,
  objectionExtendedDue,
  objectionFilingDeadline,
  requestDeadlines,
} from './deadlines.ts';
import { rightsCase, rightsSetting } from './schema.ts';
import { DEFAULT_RIGHTS_SETTINGS } from './settings.ts';

type Row = typeof rightsCase.$inferInsert;

export async function loadRightsDemo(db: Executor, tenantId: string): Promise<void> {
  const [existing] = await db
    .select({ id: rightsCase.id })
    .from(rightsCase)
    .where(eq(rightsCase.tenantId, tenantId))
    .limit(1);
  if (existing) return;
  const today = amsterdamDate(new Date());
  const ago = (days: number) => addCalendarDays(today, -days);
  const decisionDue = (receivedOn: string, law: 'jeugdwet' | 'wmo' = 'jeugdwet') =>
    requestDeadlines(law, receivedOn, DEFAULT_RIGHTS_SETTINGS);
  const base = (id: string, householdId: string, kind: Row['kind'], subject: string, receivedOn: string) => ({
    tenantId,
    id,
    householdId,
    kind,
    subjectEnc: encryptText(subject),
    receivedOn,
    // Each household's own coordinator recorded it (De Graaf is Mohamed's).
    createdBy: householdId === 'hh-de-graaf' ? 'u-mohamed' : 'u-sanne',
  });
  const decided = (outcome: RightsOutcome, decidedOn: string, reason: string, by = 'u-sanne') => ({
    status: 'decided' as const,
    outcome,
    decidedOn,
    decisionReasonEnc: encryptText(reason),
    decidedBy: by,
  });
  const objection = (decidedOn: string, filedOn: string, committee = false) => {
    const filingDeadline = objectionFilingDeadline(decidedOn);
    return {
      filingDeadline,
      late: filedOn > filingDeadline,
      advisoryCommittee: committee,
      dueOn: objectionDecisionDue(filingDeadline, filedOn, committee),
    };
  };

  const rows: Row[] = [
    // Anouk Jansen: an open request, a postponed one, a refusal she objects to (hearing planned),
    // a granted one, an acknowledged complaint about the provider and an open second opinion.
    {
      ...base(
        'rc-jansen-aanvraag-open',
        'hh-jansen',
        'request',
        'Ambulante hulp voor Lisa bij schoolverzuim',
        ago(20),
      ),
      law: 'jeugdwet',
      dueOn: decisionDue(ago(20)).decisionDueOn,
    },
    {
      ...base('rc-jansen-aanvraag-verdaagd', 'hh-jansen', 'request', 'Logeeropvang in het weekend', ago(50)),
      law: 'jeugdwet',
      status: 'postponed',
      postponedOn: ago(5),
      postponementReasonEnc: encryptText('We wachten op het advies van de jeugdarts.'),
      dueOn: addCalendarDays(decisionDue(ago(50)).decisionDueOn, 28),
    },
    {
      ...base(
        'rc-jansen-aanvraag-geweigerd',
        'hh-jansen',
        'request',
        'Vergoeding vervoer naar de dagbehandeling',
        ago(40),
      ),
      law: 'jeugdwet',
      dueOn: decisionDue(ago(40)).decisionDueOn,
      ...decided('refused', ago(12), 'De school ligt binnen fietsafstand; vervoer wordt niet vergoed.'),
    },
    {
      ...base(
        'rc-jansen-bezwaar',
        'hh-jansen',
        'objection',
        'Lisa kan niet alleen fietsen door haar angst.',
        ago(5),
      ),
      relatedCaseId: 'rc-jansen-aanvraag-geweigerd',
      ...objection(ago(12), ago(5)),
      status: 'hearing_planned',
      hearingOn: addCalendarDays(today, 10),
    },
    {
      ...base('rc-jansen-aanvraag-toegekend', 'hh-jansen', 'request', 'Gezinscoaching', ago(200)),
      law: 'jeugdwet',
      dueOn: decisionDue(ago(200)).decisionDueOn,
      ...decided('granted', ago(170), 'Gezinscoaching voor een half jaar.'),
    },
    {
      ...base(
        'rc-jansen-klacht',
        'hh-jansen',
        'complaint',
        'Afspraken met de hulpverlener worden vaak afgezegd.',
        ago(8),
      ),
      complaintAbout: 'provider',
      routedToOrganisationId: 'org-jeugdhulp',
      acknowledgedOn: ago(6),
      status: 'acknowledged',
      dueOn: complaintHandlingDue(ago(8), 6),
    },
    {
      ...base(
        'rc-jansen-second-opinion',
        'hh-jansen',
        'second_opinion',
        'Ik wil dat een andere deskundige naar Lisa kijkt.',
        ago(3),
      ),
      dueOn: changeDecisionDue(ago(3)),
    },
    // Öztürk: a Wmo request close to its deadline, a late objection decided, a new complaint, a declined change.
    {
      ...base('rc-ozturk-wmo', 'hh-ozturk', 'request', 'Huishoudelijke ondersteuning', ago(50)),
      law: 'wmo',
      dueOn: decisionDue(ago(50), 'wmo').decisionDueOn,
      investigationDueOn: decisionDue(ago(50), 'wmo').investigationDueOn,
    },
    {
      ...base('rc-ozturk-aanvraag', 'hh-ozturk', 'request', 'Dagbesteding', ago(150)),
      law: 'jeugdwet',
      dueOn: decisionDue(ago(150)).decisionDueOn,
      ...decided('refused', ago(120), 'Er is een voorliggende voorziening op school.'),
    },
    {
      ...base('rc-ozturk-bezwaar', 'hh-ozturk', 'objection', 'De voorziening op school is vol.', ago(60)),
      relatedCaseId: 'rc-ozturk-aanvraag',
      ...objection(ago(120), ago(60)),
      lateReasonEnc: encryptText('De brief kwam op een oud adres binnen.'),
      hearingOn: ago(30),
      hearingOutcomeEnc: encryptText('Moeder liet de brief van school zien.'),
      ...decided(
        'unfounded',
        ago(10),
        'Het bezwaar is te laat en de reden maakt dat niet verschoonbaar.',
        'u-ahmed',
      ),
    },
    {
      ...base(
        'rc-ozturk-klacht',
        'hh-ozturk',
        'complaint',
        'De brief van de gemeente was onduidelijk.',
        ago(2),
      ),
      complaintAbout: 'municipality',
      routedToOrganisationId: 'org-gemeente',
      dueOn: complaintHandlingDue(ago(2), 6),
    },
    {
      ...base('rc-ozturk-wissel', 'hh-ozturk', 'coordinator_change', 'Ik wil een andere regisseur.', ago(30)),
      dueOn: changeDecisionDue(ago(30)),
      ...decided(
        'declined',
        ago(20),
        'We zijn in gesprek gegaan; de regisseur blijft en we maken nieuwe afspraken.',
        'u-ahmed',
      ),
    },
    // De Graaf (another team): a partly granted request, an objection with a committee and an
    // extension, a founded complaint, an agreed second opinion and an open change request.
    {
      ...base('rc-degraaf-aanvraag', 'hh-de-graaf', 'request', 'Begeleid wonen voor Daan', ago(90)),
      law: 'jeugdwet',
      dueOn: decisionDue(ago(90)).decisionDueOn,
      ...decided('partly_granted', ago(35), 'Begeleiding thuis, geen begeleid wonen.', 'u-mohamed'),
    },
    {
      ...base(
        'rc-degraaf-bezwaar',
        'hh-de-graaf',
        'objection',
        'Daan heeft meer nodig dan begeleiding thuis.',
        ago(30),
      ),
      relatedCaseId: 'rc-degraaf-aanvraag',
      ...objection(ago(35), ago(30), true),
      postponedOn: ago(2),
      postponementReasonEnc: encryptText('De bezwaarcommissie heeft meer tijd nodig.'),
      dueOn: objectionExtendedDue(objectionDecisionDue(objectionFilingDeadline(ago(35)), ago(30), true)),
      status: 'postponed',
    },
    {
      ...base('rc-degraaf-klacht', 'hh-de-graaf', 'complaint', 'Ik werd niet teruggebeld.', ago(60)),
      complaintAbout: 'professional',
      routedToOrganisationId: 'org-sociaal-team',
      acknowledgedOn: ago(58),
      dueOn: complaintHandlingDue(ago(60), 6),
      ...decided(
        'founded',
        ago(25),
        'Terecht; we maken afspraken over terugbellen binnen twee werkdagen.',
        'u-mohamed',
      ),
    },
    {
      ...base(
        'rc-degraaf-second-opinion',
        'hh-de-graaf',
        'second_opinion',
        'Graag een second opinion over de diagnose.',
        ago(40),
      ),
      dueOn: changeDecisionDue(ago(40)),
      ...decided('agreed', ago(32), 'Een GZ-psycholoog van een andere aanbieder kijkt mee.', 'u-mohamed'),
    },
    {
      ...base(
        'rc-degraaf-wissel',
        'hh-de-graaf',
        'coordinator_change',
        'Liever een regisseur die Turks spreekt.',
        ago(1),
      ),
      dueOn: changeDecisionDue(ago(1)),
    },
  ];
  await db.insert(rightsCase).values(rows).onConflictDoNothing();
  await db
    .insert(rightsSetting)
    .values({
      tenantId,
      vertrouwenspersoon: {
        name: 'AKJ – vertrouwenspersoon jeugd',
        phone: '088 555 1000',
        email: 'info@akj.nl',
        website: 'https://www.akj.nl',
      },
      clientSupport: {
        name: 'Onafhankelijke cliëntondersteuning Haarlemmermeer',
        phone: '023 555 0142',
        email: 'clientondersteuning@example.org',
        website: 'https://example.org/clientondersteuning',
      },
    })
    .onConflictDoNothing();
}
