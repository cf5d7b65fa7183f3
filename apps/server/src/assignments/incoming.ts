import type { IjwBerichtMap, IjwMessageType, RetourFinding, ValidationReport } from '@een-plan/ijw';
import type { Executor } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import type { StoredMessage } from './messages.ts';

/** One incoming provider message, already stored (status `processing`) under `incomingId`. */
export interface IncomingMessage<T extends IjwMessageType = IjwMessageType> {
  tx: Executor;
  actor: Actor;
  /** The provider organisation that sent it (the logged-in provider or API client). */
  organisationId: string;
  /** The sender's AGB code (Header/Afzender). */
  sender: string;
  type: T;
  bericht: IjwBerichtMap[T];
  incomingId: string;
  report: ValidationReport;
}

/** What a handler decided about an incoming message. */
export interface IncomingOutcome {
  /** The assignment the message is about, when there is one (links the message in the inbox). */
  assignmentId: string | null;
  /** Level 3/4 findings: each becomes retour codes on its element. Empty = accepted. */
  findings: RetourFinding[];
  /** The parsed summary stored with the message (no names, no BSN). */
  summary: Record<string, unknown>;
  /**
   * Builds and stores the answer when it is not the standard retour message, e.g. the JW325 that
   * answers a JW323. Without it the transport answers with the retour (JW306, JW308, JW316, …).
   */
  answer?: () => Promise<StoredMessage>;
}

/**
 * Processes one message type. Called inside the receipt transaction only for messages that passed
 * the XSD and the official rules; it checks the message against what the municipality knows
 * (level 3/4) and applies it. Throwing rolls the whole receipt back.
 */
export type IncomingHandler<T extends IjwMessageType = IjwMessageType> = (
  message: IncomingMessage<T>,
) => Promise<IncomingOutcome>;

/**
 * Builds and stores the answer to a message that failed the official rules (controleniveau 2)
 * when it is not the standard retour message — the JW325 (Header + 0001) for a JW323.
 */
export type TechnicalAnswer = (message: {
  tx: Executor;
  tenantId: string;
  // biome-ignore lint/suspicious/noExplicitAny: the heen message model of that type
  bericht: any;
  report: ValidationReport;
}) => Promise<StoredMessage>;
