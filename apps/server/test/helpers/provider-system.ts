import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  buildMessage,
  buildRetour,
  type IjwBerichtMap,
  type IjwMessageType,
  parseMessage,
  RETOUR_BERICHT,
  type RetourHeenType,
  toIjwDatum,
  type ValidationReport,
  validateXml,
} from '@een-plan/ijw';

/** One message that crossed between the two parties, with its validation report. */
interface Crossed {
  direction: 'to_provider' | 'to_municipality';
  type: IjwMessageType;
  xml: string;
  report: ValidationReport;
}

/**
 * The other party in the two-party test: a provider's own system, written only against the iJw
 * library and HTTP. It receives the municipality's messages (JW301, JW319, JW325) on its own
 * endpoint, answers each heen message with its retour in the response, and sends its messages
 * (JW305, JW307, JW315, JW317, JW323) to the municipality with its bearer token. Everything that
 * crosses is validated (XSD + official rules) and kept in `crossed`.
 */
export class ProviderSystem {
  readonly crossed: Crossed[] = [];
  private server: Server | undefined;
  private sequence = 0;

  constructor(
    readonly agb: string,
    readonly municipality: { url: string; token: string },
  ) {}

  /** The messages of one type the provider received, parsed. */
  receivedOf<T extends IjwMessageType>(type: T): IjwBerichtMap[T][] {
    return this.crossed
      .filter((c) => c.direction === 'to_provider' && c.type === type)
      .map((c) => parseMessage(c.xml).bericht as IjwBerichtMap[T]);
  }

  nextIdentificatie(prefix: string): string {
    this.sequence += 1;
    return `${prefix}${String(this.sequence).padStart(6, '0')}`;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        void this.receive(Buffer.concat(chunks).toString('utf8')).then(
          (answer) => {
            res.writeHead(200, { 'content-type': 'application/xml; charset=utf-8' });
            res.end(answer ?? '');
          },
          () => {
            res.writeHead(400);
            res.end();
          },
        );
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/ijw`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private async receive(xml: string): Promise<string | undefined> {
    const report = await validateXml(xml);
    const parsed = parseMessage(xml);
    this.crossed.push({ direction: 'to_provider', type: parsed.type, xml, report });
    if (!(parsed.type in RETOUR_BERICHT) || parsed.type === 'JW323') return undefined;
    const retour = buildRetour(
      { type: parsed.type as RetourHeenType, bericht: parsed.bericht as never },
      {
        identificatie: this.nextIdentificatie('PR'),
        dagtekening: toIjwDatum(new Date()),
        xsltVersie: report.rules.xsltVersie,
        findings: [],
        technischAfgekeurd: !report.valid,
      },
    );
    const answer = buildMessage(retour.type, retour.bericht as never);
    this.crossed.push({
      direction: 'to_municipality',
      type: retour.type,
      xml: answer,
      report: await validateXml(answer),
    });
    return answer;
  }

  /** Sends one message to the municipality; returns its answer (retour or JW325) parsed. */
  async send<T extends IjwMessageType>(type: T, bericht: IjwBerichtMap[T]) {
    const xml = buildMessage(type, bericht);
    this.crossed.push({ direction: 'to_municipality', type, xml, report: await validateXml(xml) });
    const response = await fetch(this.municipality.url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${this.municipality.token}`,
        'content-type': 'application/xml; charset=utf-8',
      },
      body: xml,
    });
    const body = await response.text();
    if (!response.ok) throw new Error(`${type}: HTTP ${response.status} ${body}`);
    const answer = parseMessage(body);
    this.crossed.push({
      direction: 'to_provider',
      type: answer.type,
      xml: body,
      report: await validateXml(body),
    });
    return { xml: body, ...answer, duplicate: response.headers.get('ijw-duplicate') === 'true' };
  }
}
