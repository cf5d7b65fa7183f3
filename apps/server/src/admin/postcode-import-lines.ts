import { detectSeparator, splitCsvLine } from './csv.ts';
import type { ImportProblem } from './schema.ts';

const problemText = {
  columns: () => ({
    nl: 'Verwacht drie kolommen: postcode4, area, team.',
    en: 'Expected three columns: postcode4, area, team.',
  }),
  postcode: (d) => ({
    nl: `"${d}" is geen postcode van vier cijfers.`,
    en: `"${d}" is not a four-digit postcode.`,
  }),
  area_missing: () => ({ nl: 'De naam van het gebied ontbreekt.', en: 'The area name is missing.' }),
  unknown_team: (d) => ({ nl: `Team "${d}" bestaat niet.`, en: `Team "${d}" does not exist.` }),
  duplicate_postcode: (d) => ({
    nl: `Postcode ${d} staat al eerder in het bestand bij een ander gebied.`,
    en: `Postcode ${d} appears earlier in the file with another area.`,
  }),
  area_team_conflict: (d) => ({
    nl: `Gebied "${d}" staat in het bestand bij twee verschillende teams.`,
    en: `Area "${d}" appears in the file with two different teams.`,
  }),
  header: () => ({
    nl: 'De eerste regel moet de kopregel zijn: postcode4,area,team.',
    en: 'The first line must be the header: postcode4,area,team.',
  }),
} satisfies Record<string, (detail: string) => { nl: string; en: string }>;

const MAX_PROBLEMS = 500;

interface ParsedLine {
  line: number;
  postcode4: string;
  areaName: string;
  teamId: string;
}

interface CheckedLines {
  parsed: ParsedLine[];
  problems: ImportProblem[];
  /** Each area (by lower-case name) with its team. */
  teamOfArea: Map<string, string>;
}

/**
 * Checks every line of a postcode4,area,team file against the tenant's teams (by id or name) and
 * against the other lines; `progress` is told every 5000 lines so the screen can show it.
 */
export async function checkLines(
  lines: readonly string[],
  teams: ReadonlyArray<{ id: string; name: string }>,
  progress: (line: number) => Promise<void>,
): Promise<CheckedLines> {
  const headerLine = lines[0] ?? '';
  const separator = detectSeparator(headerLine);
  const problems: ImportProblem[] = [];
  const addProblem = (line: number, code: keyof typeof problemText, detail = '') => {
    if (problems.length < MAX_PROBLEMS) problems.push({ line, code, message: problemText[code](detail) });
  };
  const header = splitCsvLine(headerLine, separator).map((h) => h.toLowerCase());
  if (header.join(',') !== 'postcode4,area,team') addProblem(1, 'header');

  const teamByKey = new Map<string, string>();
  for (const t of teams) {
    teamByKey.set(t.id.toLowerCase(), t.id);
    teamByKey.set(t.name.toLowerCase(), t.id);
  }
  const parsed: ParsedLine[] = [];
  const areaOfPostcode = new Map<string, string>();
  const teamOfArea = new Map<string, string>();
  for (let i = 1; i < lines.length; i++) {
    const lineNo = i + 1;
    const text = lines[i] ?? '';
    if (text.trim() === '') continue;
    const fields = splitCsvLine(text, separator);
    if (fields.length !== 3) {
      addProblem(lineNo, 'columns');
      continue;
    }
    const [pc, areaName, teamKey] = fields as [string, string, string];
    let ok = true;
    if (!/^[1-9]\d{3}$/.test(pc)) {
      addProblem(lineNo, 'postcode', pc.slice(0, 20));
      ok = false;
    }
    if (areaName === '' || areaName.length > 100) {
      addProblem(lineNo, 'area_missing');
      ok = false;
    }
    const teamId = teamByKey.get(teamKey.toLowerCase());
    if (!teamId) {
      addProblem(lineNo, 'unknown_team', teamKey.slice(0, 60));
      ok = false;
    }
    if (!ok || !teamId) continue;
    const areaKey = areaName.toLowerCase();
    const seenArea = areaOfPostcode.get(pc);
    if (seenArea !== undefined && seenArea !== areaKey) {
      addProblem(lineNo, 'duplicate_postcode', pc);
      continue;
    }
    const seenTeam = teamOfArea.get(areaKey);
    if (seenTeam !== undefined && seenTeam !== teamId) {
      addProblem(lineNo, 'area_team_conflict', areaName.slice(0, 60));
      continue;
    }
    areaOfPostcode.set(pc, areaKey);
    teamOfArea.set(areaKey, teamId);
    parsed.push({ line: lineNo, postcode4: pc, areaName, teamId });
    if (i % 5000 === 0) await progress(i);
  }
  return { parsed, problems, teamOfArea };
}
