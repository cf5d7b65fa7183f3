import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Database } from '../db/database.ts';
import { openDatabase } from '../db/open.ts';

const PAGE = 500;

/**
 * Writes every stored iJw message (in and out, all tenants) as one XML file each:
 * `<tenant>-<nnnnnn>-<type>-<direction>-<BerichtIdentificatie>.xml`, in the order they were stored.
 */
export async function exportMessages(database: Database, outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const files: string[] = [];
  let offset = 0;
  for (;;) {
    const rows = await database.ownerQuery<{
      tenant_id: string;
      message_type: string;
      direction: string;
      bericht_identificatie: string;
      xml: string;
    }>(
      `select tenant_id, message_type, direction, bericht_identificatie, xml from ijw_message
       order by tenant_id, created_at, id limit $1 offset $2`,
      [PAGE, offset],
    );
    for (const r of rows) {
      const safeId = r.bericht_identificatie.replace(/[^A-Za-z0-9_-]/g, '_');
      const name = `${r.tenant_id}-${String(files.length + 1).padStart(6, '0')}-${r.message_type}-${r.direction}-${safeId}.xml`;
      await writeFile(join(outDir, name), r.xml, 'utf8');
      files.push(name);
    }
    if (rows.length < PAGE) return files;
    offset += PAGE;
  }
}

/** `npm run ijw -- export --out <dir>`: the database of DATABASE_URL, or the embedded one in DATA_DIR. */
export async function runExportCli(outDir: string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const dataDir = resolve(env.INIT_CWD ?? process.cwd(), env.DATA_DIR ?? './data');
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir });
  try {
    return (await exportMessages(database, outDir)).length;
  } finally {
    await database.close();
  }
}
