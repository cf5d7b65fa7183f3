import { loadConfig } from '../config/config.ts';
import { openDatabase } from '../db/open.ts';
import { verifyAuditCheckpoints } from './checkpoint-verify.ts';
import { verifyAuditChain } from './verify.ts';

/**
 * `npm run audit:verify`: exit 0 when every tenant's chain is intact and still ends at or after
 * every signed checkpoint; 1 naming the first bad row and every checkpoint the log no longer meets.
 */
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
  const anchored = await verifyAuditCheckpoints(database, {
    key: config.auditCheckpointKey,
    dir: config.auditCheckpointDir,
  });
  if (anchored.ok) {
    console.log(`audit checkpoints met: ${anchored.checkpoints} signed heads still in the chain`);
  } else {
    for (const p of anchored.problems) {
      const extra =
        p.problem === 'rows_missing_after_checkpoint'
          ? `; chain ends at ${p.chainHead}, ${p.missing} rows missing`
          : '';
      console.error(`audit checkpoint FAILED at tenant ${p.tenantId} seq=${p.seq} (${p.problem}${extra})`);
    }
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
