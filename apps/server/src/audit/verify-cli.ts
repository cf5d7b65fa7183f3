import { loadConfig } from '../config/config.ts';
import { openDatabase } from '../db/open.ts';
import { verifyAuditChain } from './verify.ts';

/** `npm run audit:verify`: exit 0 when every tenant's chain is intact, 1 naming the first bad row. */
const config = loadConfig();
const database = await openDatabase(config);
try {
  const result = await verifyAuditChain(database);
  if (result.ok) {
    console.log(`audit chain intact: ${result.rows} rows verified`);
  } else {
    const b = result.firstBreak;
    console.error(
      `audit chain BROKEN at tenant ${b.tenantId} row seq=${b.seq} (${b.problem}); ${result.rows} rows verified before it`,
    );
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
