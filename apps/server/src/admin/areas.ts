import type { AdminAreaList, SaveAreaRequest } from '@een-plan/contracts';
import { recordAudit } from '../audit/record.ts';
import type { Db, Executor } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import { listAreaPostcodes, listAreaRows, listTeams, saveAreaRow, teamExists } from '../tenancy/areas.ts';

export async function listAreas(db: Db, tenantId: string): Promise<AdminAreaList> {
  const teams = await listTeams(db, tenantId);
  const areas = await listAreaRows(db, tenantId);
  const postcodes = await listAreaPostcodes(db, tenantId);
  return {
    teams,
    areas: areas.map((a) => ({
      ...a,
      teamName: teams.find((x) => x.id === a.teamId)?.name ?? a.teamId,
      postcodes: postcodes.filter((p) => p.areaId === a.id).map((p) => p.postcode4),
    })),
  };
}

export async function requireTeamExists(db: Executor, tenantId: string, teamId: string) {
  if (!(await teamExists(db, tenantId, teamId))) throw new ProblemError('admin_unknown_team');
}

/** Creates or replaces an area: its name, team and exact postcode set (postcodes move here). */
export async function saveArea(
  db: Db,
  actor: Actor,
  areaId: string,
  input: SaveAreaRequest,
  requestId: string,
) {
  const postcodes = [...new Set(input.postcodes)];
  await db.transaction(async (tx) => {
    await requireTeamExists(tx, actor.tenantId, input.teamId);
    await saveAreaRow(tx, actor.tenantId, areaId, { name: input.name, teamId: input.teamId, postcodes });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor,
      action: 'area.save',
      outcome: 'success',
      subjectType: 'area',
      subjectId: areaId,
      requestId,
      details: { teamId: input.teamId, postcodes: postcodes.length },
    });
  });
}
