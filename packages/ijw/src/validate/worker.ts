/** A validation worker: compiles the schemas and the rules once, then validates what it is sent. */
import { parentPort } from 'node:worker_threads';
import { validateXmlHere } from './index.ts';
import type { PoolRequest, PoolResponse } from './pool.ts';
import { loadRules } from './rules.ts';
import { loadSchemas } from './xsd.ts';

loadSchemas();
loadRules();

const port = parentPort;
if (!port) throw new Error('validation worker started outside a worker thread');
port.postMessage({ ready: true } satisfies PoolResponse);
port.on('message', (req: PoolRequest) => {
  let res: PoolResponse;
  try {
    res = { id: req.id, report: validateXmlHere(req.xml, req.options) };
  } catch (e) {
    res = { id: req.id, error: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(res);
});
