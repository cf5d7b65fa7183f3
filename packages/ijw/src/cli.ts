/**
 * iJw command line.
 *
 *   npm run ijw -- validate <file.xml>… [--json]   XSD + official rules; exit 1 when any file has errors
 *   npm run ijw -- export --out <dir>               every message in the server's database (DATABASE_URL or
 *                                                   DATA_DIR), one XML file each
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatReport, validateXml } from './validate/index.ts';

const USAGE = `usage:
  npm run ijw -- validate <file.xml>... [--json]
  npm run ijw -- export --out <dir>`;

type Output = Pick<NodeJS.WritableStream, 'write'>;

export async function main(
  argv: string[],
  out: Output = process.stdout,
  err: Output = process.stderr,
): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'validate': {
      const json = rest.includes('--json');
      const files = rest.filter((a) => a !== '--json');
      const unknown = files.find((f) => f.startsWith('--'));
      if (files.length === 0 || unknown) {
        err.write(`${unknown ? `unknown option ${unknown}\n` : ''}${USAGE}\n`);
        return 2;
      }
      let failed = false;
      const results: unknown[] = [];
      for (const file of files) {
        let xml: string;
        try {
          xml = await readFile(file, 'utf8');
        } catch (e) {
          err.write(`${file}: cannot read: ${(e as Error).message}\n`);
          return 2;
        }
        const report = await validateXml(xml);
        failed ||= !report.valid;
        if (json) results.push({ file, ...report });
        else out.write(`${formatReport(report, file)}\n`);
      }
      if (json) out.write(`${JSON.stringify(files.length === 1 ? results[0] : results, null, 2)}\n`);
      return failed ? 1 : 0;
    }
    case 'export': {
      const i = rest.indexOf('--out');
      const dir = i >= 0 ? rest[i + 1] : undefined;
      if (!dir || dir.startsWith('--')) {
        err.write(`${USAGE}\n`);
        return 2;
      }
      // The message store lives in the server; loaded at run time so this package has no build
      // dependency on it.
      const serverExport = new URL('../../../apps/server/src/assignments/export.ts', import.meta.url).href;
      const { runExportCli } = (await import(serverExport)) as {
        runExportCli: (outDir: string) => Promise<number>;
      };
      const count = await runExportCli(resolve(process.env.INIT_CWD ?? process.cwd(), dir));
      out.write(`${count} messages written to ${dir}\n`);
      return 0;
    }
    default:
      err.write(`${command ? `unknown command ${command}\n` : ''}${USAGE}\n`);
      return 2;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`ijw: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
