import type { IjwMessageType } from '@een-plan/ijw';
import { declarationTechnicalAnswer, handleDeclaration } from './declarations-incoming.ts';
import type { IncomingHandler, TechnicalAnswer } from './incoming.ts';
import { handleRequest } from './requests-incoming.ts';
import { handleStartStop } from './start-stop-incoming.ts';

/**
 * The messages a provider sends to the municipality that the transport endpoint processes, one
 * handler per message type (each in its own module).
 */
export const incomingHandlers: Partial<Record<IjwMessageType, IncomingHandler>> = {
  JW305: handleStartStop as IncomingHandler,
  JW307: handleStartStop as IncomingHandler,
  JW323: handleDeclaration as IncomingHandler,
  JW315: handleRequest as IncomingHandler,
  JW317: handleRequest as IncomingHandler,
};

/** Answers to messages that failed the official rules, where that is not the standard retour (JW325 for JW323). */
export const technicalAnswers: Partial<Record<IjwMessageType, TechnicalAnswer>> = {
  JW323: declarationTechnicalAnswer,
};
