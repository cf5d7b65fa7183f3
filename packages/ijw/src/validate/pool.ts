/**
 * A pool of worker threads that validate iJw messages, so a large message (parsing, XSD, the rules)
 * never blocks the event loop of the process that receives it. Each worker compiles the XSDs and the
 * rules stylesheet once and keeps them. Workers start on first use and do not keep the process alive
 * while idle.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ValidateOptions, ValidationReport } from './index.ts';

export interface PoolRequest {
  id: number;
  xml: string;
  options: ValidateOptions;
}

export type PoolResponse =
  | { ready: true }
  | { id: number; report: ValidationReport }
  | { id: number; error: string };

interface Job extends PoolRequest {
  resolve: (r: ValidationReport) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  job?: Job;
  /** Settles when the worker has compiled the schemas and the rules. */
  ready: Promise<void>;
}

/** Set by the server's build (scripts/build-server-if-stale.mjs), which bundles the worker beside it. */
declare const IJW_WORKER_BUNDLE: string | undefined;

const workerEntry = new URL('./worker-entry.mjs', import.meta.url);
// In the compiled server the worker is a bundle of its own next to main.js, so a worker starts
// without transpiling TypeScript; from the sources (tsx, vitest) the entry registers tsx first.
const workerModule =
  typeof IJW_WORKER_BUNDLE === 'string'
    ? pathToFileURL(join(import.meta.dirname, IJW_WORKER_BUNDLE))
    : new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);

export class ValidationPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;

  constructor(private readonly size = defaultSize()) {}

  validate(xml: string, options: ValidateOptions = {}): Promise<ValidationReport> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, xml, options, resolve, reject });
      this.dispatch();
    });
  }

  /**
   * Starts `workers` workers (all by default) and waits until each has compiled the schemas and
   * the rules; the rest start on demand.
   */
  async warmUp(workers = this.size): Promise<void> {
    while (this.slots.length < Math.min(workers, this.size)) this.spawn();
    await Promise.all(this.slots.map((s) => s.ready));
  }

  /** Ends the workers; queued and running validations are rejected. */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    for (const job of this.queue.splice(0)) job.reject(new Error('validation pool closed'));
    await Promise.all(
      slots.map((s) => {
        s.job?.reject(new Error('validation pool closed'));
        return s.worker.terminate();
      }),
    );
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => !s.job);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift() as Job;
      slot.job = job;
      slot.worker.ref();
      slot.worker.postMessage({ id: job.id, xml: job.xml, options: job.options } satisfies PoolRequest);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(workerEntry, { workerData: { entry: workerModule.href } });
    let markReady = () => {};
    const slot: Slot = { worker, ready: new Promise<void>((resolve) => (markReady = resolve)) };
    worker.unref();
    worker.on('message', (res: PoolResponse) => {
      if ('ready' in res) {
        markReady();
        return;
      }
      const job = slot.job;
      slot.job = undefined;
      worker.unref();
      if (job) {
        if ('report' in res) job.resolve(res.report);
        else job.reject(new Error(`validation failed: ${res.error}`));
      }
      this.dispatch();
    });
    const fail = (e: Error) => {
      markReady();
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      slot.job?.reject(e);
      slot.job = undefined;
      this.dispatch();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`validation worker exited with code ${code}`)));
    this.slots.push(slot);
    return slot;
  }
}

function defaultSize(): number {
  const configured = Number(process.env.IJW_VALIDATION_THREADS);
  if (Number.isInteger(configured) && configured > 0) return configured;
  return Math.max(1, Math.min(4, availableParallelism()));
}

let shared: ValidationPool | undefined;

/** The process-wide pool behind `validateXml`. */
export function validationPool(): ValidationPool {
  shared ??= new ValidationPool();
  return shared;
}
