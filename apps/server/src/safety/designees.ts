/**
 * The aandachtsfunctionaris: who an organisation designated for the meldcode, and their list of
 * the organisation's open tracks. The list is decided in policy/decide-safety.ts; every track on
 * it is an audited read and a refusal is audited too.
 */
import type { OrganisationTrackList } from '@een-plan/contracts';
import { and, asc, eq } from 'drizzle-orm';
import { recordListed } from '../audit/record.ts';
import { findUserNames } from '../auth/users.ts';
import type { Db } from '../db/database.ts';
import { currentMembers, findHouseholdFacts } from '../households/membership.ts';
import type { Actor } from '../policy/actor.ts';
import { refuse } from '../policy/authorize.ts';
import { decideOrganisationTracks } from '../policy/decide-safety.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { TRACK_AUDIT } from './access.ts';
import { readerDesignations } from './designations.ts';
import { entryRows } from './read-model.ts';
import { meldcodeTrack } from './schema.ts';
import { reportedTrackIds, summaryOf } from './tracks.ts';

export async function organisationOpenTracks(
  db: Db,
  actor: Actor,
  origin: RequestOrigin,
): Promise<OrganisationTrackList> {
  const decision = decideOrganisationTracks(actor, await readerDesignations(db, actor));
  const organisationId = actor.organisationId;
  if (!decision.allowed || organisationId === null) {
    return refuse(
      db,
      actor,
      origin,
      {
        action: 'meldcode.organisation_list',
        subjectType: 'organisation',
        subjectId: organisationId ?? 'none',
        dataCategory: 'safety',
        purpose: 'safety',
      },
      decision.allowed ? 'role_not_allowed' : decision.reason,
    );
  }
  const t = actor.tenantId;
  const tracks = await db
    .select()
    .from(meldcodeTrack)
    .where(and(eq(meldcodeTrack.tenantId, t), eq(meldcodeTrack.organisationId, organisationId)))
    .orderBy(asc(meldcodeTrack.openedAt))
    .limit(500);
  const ids = tracks.map((x) => x.id);
  const [rows, reported, openers] = await Promise.all([
    entryRows(db, t, ids),
    reportedTrackIds(db, t, ids),
    findUserNames(db, t, [...new Set(tracks.map((x) => x.openedBy))]),
  ]);
  const open = tracks.filter((x) => !rows.some((r) => r.trackId === x.id && r.step === 'closure'));
  const households = new Map<string, { name: string; firstNames: Map<string, string> }>();
  for (const householdId of new Set(open.map((x) => x.householdId))) {
    const [h, members] = await Promise.all([
      findHouseholdFacts(db, t, householdId),
      currentMembers(db, t, householdId),
    ]);
    households.set(householdId, {
      name: h?.name ?? '',
      firstNames: new Map(members.map((m) => [m.personId, m.firstName])),
    });
  }
  // One event naming every track the list showed (decision 0028).
  await recordListed(
    db,
    actor,
    origin,
    { ...TRACK_AUDIT, action: 'meldcode.read', purpose: 'safety:organisation' },
    open.map((x) => x.id),
    { via: 'organisation_list' },
  );
  const opener = new Map(openers.map((u) => [u.id, u.displayName]));
  return {
    organisationId,
    items: open.map((x) => {
      const h = households.get(x.householdId);
      return {
        ...summaryOf(
          x,
          rows.filter((r) => r.trackId === x.id),
          reported.has(x.id),
          h?.firstNames.get(x.personId) ?? null,
          opener.get(x.openedBy) ?? null,
        ),
        householdName: h?.name ?? '',
      };
    }),
  };
}
