/**
 * The formal letters of a rights case: made when the step is taken (decision, postponement,
 * objection decision, complaint acknowledgement), in Dutch and in English so the resident can ask
 * for either, from the tenant's template (theme logo, sender address, signatory). Each is stored
 * sealed with the SHA-256 of its bytes; reading one back checks the hash.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Locale, RightsCaseKind, RightsLetter, RightsLetterKind } from '@een-plan/contracts';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { decryptText, encryptText } from '../crypto/data-encryption.ts';
import type { Executor } from '../db/database.ts';
import type { HouseholdRow } from '../households/membership.ts';
import { ProblemError } from '../http/problems.ts';
import { renderLetter } from '../pdf/tagged-pdf.ts';
import type { Actor } from '../policy/actor.ts';
import { amsterdamDate } from '../referrals/working-days.ts';
import { findOrganisation, tenantName } from '../tenancy/organisations.ts';
import { getTenantTheme } from '../tenantTheme/service.ts';
import { objectionFilingDeadline } from './deadlines.ts';
import { letterTitle, type RightsLetterData, rightsLetterBlocks } from './letter-words.ts';
import { type rightsCase, rightsLetter } from './schema.ts';

// Not from cases.ts: that file lists the letters of its cases, so it imports this one.
type RightsCaseRow = typeof rightsCase.$inferSelect;

import { rightsSettings } from './settings.ts';

const LOCALES: readonly Locale[] = ['nl', 'en'];
const LOGO_ALT: Record<Locale, (name: string) => string> = {
  nl: (name) => `Logo van ${name}`,
  en: (name) => `Logo of ${name}`,
};

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** pdfkit embeds PNG and JPEG; an SVG or WebP theme logo is left out (the name is in the letterhead). */
function embeddableLogo(dataUri: string | null): Buffer | null {
  const match = dataUri ? /^data:image\/(png|jpeg);base64,(.*)$/s.exec(dataUri) : null;
  return match?.[2] ? Buffer.from(match[2], 'base64') : null;
}

/** Which letter a step on a case sends, if any. */
export function letterKindFor(
  step: 'decide' | 'postpone' | 'acknowledge',
  kind: RightsCaseKind,
): RightsLetterKind {
  if (step === 'postpone') return 'postponement';
  if (step === 'acknowledge') return 'complaint_acknowledgement';
  return kind === 'objection' ? 'objection_decision' : 'decision';
}

async function letterData(
  tx: Executor,
  tenantId: string,
  row: RightsCaseRow,
  kind: RightsLetterKind,
  household: HouseholdRow,
  on: string,
): Promise<RightsLetterData> {
  const [settings, name, routed] = await Promise.all([
    rightsSettings(tx, tenantId),
    tenantName(tx, tenantId),
    row.routedToOrganisationId ? findOrganisation(tx, tenantId, row.routedToOrganisationId) : undefined,
  ]);
  return {
    kind,
    caseKind: row.kind,
    sender: {
      name: name ?? tenantId,
      address: settings.letterAddress,
      signatory: settings.letterSignatory,
    },
    householdName: household.name,
    householdAddress: [
      [household.street, household.houseNumber].filter(Boolean).join(' '),
      [household.postcode, household.city].filter(Boolean).join(' '),
    ].filter(Boolean),
    reference: row.id.slice(0, 8),
    date: on,
    subject: decryptText(row.subjectEnc),
    receivedOn: row.receivedOn,
    outcome: row.outcome,
    reason: row.decisionReasonEnc ? decryptText(row.decisionReasonEnc) : null,
    dueOn: row.dueOn,
    postponementReason: row.postponementReasonEnc ? decryptText(row.postponementReasonEnc) : null,
    routedToName: routed?.name ?? null,
    objectUntil: row.kind === 'request' && row.decidedOn ? objectionFilingDeadline(row.decidedOn) : null,
  };
}

/** Makes and stores the letter for a step just taken (both languages); returns the Dutch one's hash. */
export async function issueLetter(
  tx: Executor,
  actor: Pick<Actor, 'tenantId' | 'userId'>,
  row: RightsCaseRow,
  kind: RightsLetterKind,
  household: HouseholdRow,
  /** The letter's date: the day of the step (the demo dates its letters in the past). */
  on = amsterdamDate(new Date()),
): Promise<{ kind: RightsLetterKind; sha256: string }> {
  const data = await letterData(tx, actor.tenantId, row, kind, household, on);
  const theme = await getTenantTheme(tx, actor.tenantId);
  const logo = embeddableLogo(theme.logo);
  let dutchHash = '';
  for (const locale of LOCALES) {
    const pdf = await renderLetter(
      { title: letterTitle(data, locale), author: data.sender.name, locale },
      rightsLetterBlocks(data, locale),
      { logo, logoAlt: LOGO_ALT[locale](data.sender.name) },
    );
    const hash = sha256(pdf);
    if (locale === 'nl') dutchHash = hash;
    await tx.insert(rightsLetter).values({
      tenantId: actor.tenantId,
      id: randomUUID(),
      caseId: row.id,
      householdId: row.householdId,
      kind,
      locale,
      pdfEnc: encryptText(pdf.toString('base64')),
      sha256: hash,
      createdOn: data.date,
      createdBy: actor.userId,
    });
  }
  return { kind, sha256: dutchHash };
}

/** The letters of these cases, per case, oldest first. */
export async function lettersByCase(
  db: Executor,
  tenantId: string,
  caseIds: string[],
): Promise<Map<string, RightsLetter[]>> {
  const rows = caseIds.length
    ? await db
        .select({
          id: rightsLetter.id,
          caseId: rightsLetter.caseId,
          kind: rightsLetter.kind,
          locale: rightsLetter.locale,
          createdOn: rightsLetter.createdOn,
          sha256: rightsLetter.sha256,
        })
        .from(rightsLetter)
        .where(and(eq(rightsLetter.tenantId, tenantId), inArray(rightsLetter.caseId, caseIds)))
        .orderBy(asc(rightsLetter.createdAt), desc(rightsLetter.locale))
    : [];
  const byCase = new Map<string, RightsLetter[]>();
  for (const { caseId, ...l } of rows) {
    const list = byCase.get(caseId) ?? [];
    list.push({ ...l, kind: l.kind, locale: l.locale });
    byCase.set(caseId, list);
  }
  return byCase;
}

/** One stored letter of a household, its bytes checked against the stored hash. */
export async function readLetter(db: Executor, tenantId: string, householdId: string, letterId: string) {
  const [row] = await db
    .select()
    .from(rightsLetter)
    .where(
      and(
        eq(rightsLetter.tenantId, tenantId),
        eq(rightsLetter.id, letterId),
        eq(rightsLetter.householdId, householdId),
      ),
    )
    .limit(1);
  if (!row) throw new ProblemError('not_found');
  const pdf = Buffer.from(decryptText(row.pdfEnc), 'base64');
  // A copy that no longer matches its hash is not handed out as the letter that was sent.
  if (sha256(pdf) !== row.sha256) throw new Error(`rights letter ${row.id} does not match its hash`);
  return {
    pdf,
    sha256: row.sha256,
    kind: row.kind,
    locale: row.locale,
    caseId: row.caseId,
  };
}
