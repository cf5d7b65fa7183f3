import { EventEmitter } from 'node:events';

export interface PlaceChange {
  placeId: string;
  free: number;
}

export type PlaceChangeListener = (changes: PlaceChange[]) => void;

/** Listeners per tenant in this process; both buses deliver through one. */
export function tenantListeners() {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(1000);
  return {
    deliver: (tenantId: string, changes: PlaceChange[]) => emitter.emit(`tenant:${tenantId}`, changes),
    subscribe(tenantId: string, listener: PlaceChangeListener) {
      emitter.on(`tenant:${tenantId}`, listener);
      return () => void emitter.off(`tenant:${tenantId}`, listener);
    },
  };
}

/** Carries availability changes to the search pages of this process (and, on PostgreSQL, of others). */
export interface PlaceChangeBus {
  announce(tenantId: string, changes: PlaceChange[]): Promise<void>;
  subscribe(tenantId: string, listener: PlaceChangeListener): () => void;
  close(): Promise<void>;
}
