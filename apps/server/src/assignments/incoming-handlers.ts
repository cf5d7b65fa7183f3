import type { IjwMessageType } from '@een-plan/ijw';
import type { IncomingHandler } from './incoming.ts';
import { handleStartStop } from './start-stop-incoming.ts';

/**
 * The messages a provider sends to the municipality that the transport endpoint processes, one
 * handler per message type (each in its own module).
 */
export const incomingHandlers: Partial<Record<IjwMessageType, IncomingHandler>> = {
  JW305: handleStartStop as IncomingHandler,
  JW307: handleStartStop as IncomingHandler,
};
