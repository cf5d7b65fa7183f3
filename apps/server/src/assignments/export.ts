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
  // Keyset pagination: every page is an index range scan, however many messages there are.
  // created_at travels as text: a JS Date would cut its microseconds and repeat rows.
  let after: { tenantId: string; createdAt: string; id: string } | undefined;
  for (;;) {
    const rows = await database.ownerQuery<{
      tenant_id: string;
      id: string;
      created_key: string;
      message_type: string;
      direction: string;
      bericht_identificatie: string;
      xml: string;
    }>(
      `select tenant_id, id, created_at::text as created_key, message_type, direction, bericht_identificatie, xml
         from ijw_message
        where $1::text is null or (tenant_id, created_at, id) > ($1, $2::timestamptz, $3)
        order by tenant_id, created_at, id limit $4`,
      after ? [after.tenantId, after.createdAt, after.id, PAGE] : [null, null, null, PAGE],
    );
    for (const r of rows) {
      const safeId = r.bericht_identificatie.replace(/[^A-Za-z0-9_-]/g, '_');
      const name = `${r.tenant_id}-${String(files.length + 1).padStart(6, '0')}-${r.message_type}-${r.direction}-${safeId}.xml`;
      await writeFile(join(outDir, name), r.xml, 'utf8');
      files.push(name);
    }
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) return files;
    after = { tenantId: last.tenant_id, createdAt: last.created_key, id: last.id };
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
