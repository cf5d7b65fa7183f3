import { EventEmitter } from 'node:events';

/**
 * Availability changes, for the search page's live updates (server-sent events). In-process: a
 * second server process would need PostgreSQL LISTEN/NOTIFY behind the same two functions.
 */
const bus = new EventEmitter();
bus.setMaxListeners(1000);

export interface PlaceChange {
  placeId: string;
  free: number;
}

/** Announces changed places after their transaction committed. */
export function announcePlaceChanges(tenantId: string, changes: PlaceChange[]): void {
  if (changes.length > 0) bus.emit(`tenant:${tenantId}`, changes);
}

/** Subscribes to a tenant's changes; returns the unsubscribe. */
export function onPlaceChanges(tenantId: string, listener: (changes: PlaceChange[]) => void): () => void {
  bus.on(`tenant:${tenantId}`, listener);
  return () => bus.off(`tenant:${tenantId}`, listener);
}
