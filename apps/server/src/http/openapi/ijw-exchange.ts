import { PROBLEM_MEDIA_TYPE } from './operation.ts';
import { COMPONENT_REF } from './schema-components.ts';

type Json = Record<string, unknown>;

const IJW_PATH = '/api/ijw/messages';
/** The XSDs of iJw 3.2 as this server validates against them, and the standard they come from. */
const IJW_XSD_URL = 'https://github.com/een-plan/een-plan/tree/main/packages/ijw/spec/xsd';

const xmlMessage = (description: string) => ({
  schema: { type: 'string', contentMediaType: 'application/xml', description },
});
const problem = (description: string) => ({
  description,
  content: { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: `${COMPONENT_REF}Problem` } } },
});

/**
 * The iJw endpoint takes and answers XML, which its zod schema cannot say: its request, answer,
 * errors and the link to the XSDs are set here, on the generated operation.
 */
export function describeIjwEndpoint(document: Json): void {
  const operation = (document.paths as Record<string, Record<string, Json>>)[IJW_PATH]?.post;
  if (!operation) return;
  operation.operationId = 'postIjwMessage';
  operation.externalDocs = {
    description: 'iJw 3.2 XSD schemas (from iStandaarden, https://www.istandaarden.nl/ijw)',
    url: IJW_XSD_URL,
  };
  operation.requestBody = {
    required: true,
    content: {
      'application/xml': xmlMessage(
        'One iJw 3.2 heen message (JW305, JW307, JW315, JW317 or JW323), valid against its XSD, at most 1 MiB.',
      ),
    },
  };
  const responses = operation.responses as Json;
  responses['200'] = {
    description:
      'The retour message (JW306, JW308, JW316 or JW318; a JW325 answers a JW317). Rule violations (level 2) and findings against the assignment (levels 3 and 4) are retour codes in it, not HTTP errors.',
    headers: {
      'ijw-duplicate': {
        description:
          '`true` when this BerichtIdentificatie from this sender was received before: the stored answer, nothing processed again.',
        schema: { type: 'string', enum: ['true', 'false'] },
      },
    },
    content: { 'application/xml': xmlMessage('The retour message as XML.') },
  };
  responses['403'] = problem(
    'Not a provider, or the message names another sender or receiver (`forbidden`, `ijw_message_wrong_party`).',
  );
  responses['409'] = problem(
    'The provider has no AGB code to exchange messages with (`contract_no_agb_code`).',
  );
  responses['415'] = problem('The body is not `application/xml` (`unsupported_media_type`).');
  responses['422'] = problem(
    'Not well-formed or not valid against the XSD (`ijw_message_invalid`, no retour: IV028), or a message type this endpoint does not take (`ijw_message_type_not_supported`).',
  );
}

/** Outgoing deliveries to `IJW_DELIVERY_URL`, which the receiver implements (OpenAPI 3.1 webhooks). */
export const ijwWebhooks = {
  ijwMessage: {
    post: {
      operationId: 'receiveIjwMessage',
      summary: 'An iJw message from the municipality (JW301, JW319, JW325), POSTed to IJW_DELIVERY_URL',
      description:
        'Eén Plan sends every outgoing iJw message as one request to the URL configured in `IJW_DELIVERY_URL` (a regional hub adapter or the provider system). A 2xx answer marks it delivered; a retour message in that answer (JW302 for a JW301, JW320 for a JW319) is stored with it. Anything else, or no answer within 30 seconds, is retried after 1, 2, 4, … minutes (at most 6 hours apart), 10 attempts in all.',
      externalDocs: { description: 'iJw 3.2 XSD schemas', url: IJW_XSD_URL },
      parameters: [
        {
          name: 'ijw-message-type',
          in: 'header',
          required: true,
          description: 'The message type in the body.',
          schema: { type: 'string', enum: ['JW301', 'JW319', 'JW325'] },
        },
      ],
      requestBody: {
        required: true,
        content: {
          'application/xml': xmlMessage('One iJw 3.2 message, valid against its XSD and the iJw rules.'),
        },
      },
      responses: {
        '200': {
          description:
            'Received. The body may hold the retour message (JW302 or JW320), which is then stored.',
          content: { 'application/xml': xmlMessage('The retour message, or empty.') },
        },
        '204': { description: 'Received, no retour message in the answer.' },
        default: { description: 'Not received: the message is delivered again later.' },
      },
      security: [],
    },
  },
};
