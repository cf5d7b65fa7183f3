/**
 * What happens to a resident's login when their dossier is destroyed (issue 16, decision in the
 * report): the account is retired, not deleted. Its personal data goes (name, e-mail, the
 * DigiD/OIDC subject, the link to the destroyed person) and its sessions end, so nobody can log in
 * with it and it points at nothing; the row itself stays, because audit rows and records in other
 * dossiers may name its id, and a delete there would make the destruction fail.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { appUser, session } from './schema.ts';
import { forgetUsers } from './session-cache.ts';

export const RETIRED_ACCOUNT_NAME = 'Verwijderd account';

/** `displayName` is what the account shows as author from now on (one erased person: that person). */
export async function retireResidentAccounts(
  tx: Executor,
  tenantId: string,
  personIds: readonly string[],
  displayName = RETIRED_ACCOUNT_NAME,
) {
  if (personIds.length === 0) return 0;
  const accounts = await tx
    .update(appUser)
    .set({
      personId: null,
      displayName,
      email: null,
      oidcSubject: null,
      demoDescription: null,
    })
    .where(
      and(
        eq(appUser.tenantId, tenantId),
        eq(appUser.role, 'resident'),
        inArray(appUser.personId, [...personIds]),
      ),
    )
    .returning({ id: appUser.id });
  if (accounts.length > 0) {
    forgetUsers(accounts.map((a) => a.id));
    await tx.delete(session).where(
      and(
        eq(session.tenantId, tenantId),
        inArray(
          session.userId,
          accounts.map((a) => a.id),
        ),
      ),
    );
  }
  return accounts.length;
}

/** The resident accounts of a person: whose words in the portal (comments, proposals) are theirs. */
export async function residentAccountIdsOf(db: Executor, tenantId: string, personId: string) {
  const rows = await db
    .select({ id: appUser.id })
    .from(appUser)
    .where(and(eq(appUser.tenantId, tenantId), eq(appUser.role, 'resident'), eq(appUser.personId, personId)));
  return rows.map((r) => r.id);
}
