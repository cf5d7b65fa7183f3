import { buildMessage, headerDefaults, type Jw315Bericht } from '@een-plan/ijw';
import { dutchDay } from './dutch-day.ts';
import { appOfFile } from './file-app.ts';
import { postIjwMessage } from './ijw-post.ts';
import type { TestClient } from './test-app.ts';

/**
 * The set-up of an assignment-request (JW315/JW317) test file: the demo app of the file, its logged-in
 * clients, the rows a test reads back and the messages it sends.
 */
export function requestFile() {
  const { app, as } = appOfFile();

  function day(offset: number): string {
    return dutchDay(offset);
  }

  async function personOf(id: string) {
    const [p] = await app().database.ownerQuery<{ bsn: string; birth_date: string; last_name: string }>(
      "select bsn, to_char(birth_date, 'YYYY-MM-DD') as birth_date, last_name from person where id = $1",
      [id],
    );
    return p!;
  }

  async function requestRow(id: string) {
    const [r] = await app().database.ownerQuery<{
      status: string;
      person_id: string | null;
      household_id: string | null;
      provider_reference: string;
      refusal_reason: string | null;
      auto_refusal: string | null;
      granted_assignment_id: string | null;
      answer_message_id: string | null;
      version: number;
    }>('select * from assignment_request where id = $1', [id]);
    return r!;
  }

  async function message(id: string) {
    const [m] = await app().database.ownerQuery<{
      message_type: string;
      direction: string;
      xml: string;
      status: string;
      retour_message_id: string | null;
      assignment_id: string | null;
    }>('select * from ijw_message where id = $1', [id]);
    return m!;
  }

  /** A provider asks for an assignment through the screen (Fatima unless told). */
  async function uiRequest(personId: string, overrides: Record<string, unknown> = {}, provider?: TestClient) {
    const p = await personOf(personId);
    return (provider ?? (await as('u-fatima'))).request({
      method: 'POST',
      url: '/api/provider/assignment-requests',
      payload: {
        bsn: p.bsn,
        birthDate: p.birth_date,
        lastName: p.last_name,
        contractProductId: 'cp-jeugdhulp-ambulant',
        volume: 1,
        frequency: '2',
        startDate: day(10),
        endDate: day(10 + 12 * 7 - 1),
        referrerType: '02',
        referrerCode: '01234567',
        ...overrides,
      },
    });
  }

  function jw315(opts: {
    identificatie: string;
    reference: string;
    bsn: string;
    birthDate: string;
    category?: string;
    code?: string;
  }) {
    return buildMessage('JW315', {
      Header: {
        ...headerDefaults('JW315'),
        Afzender: '98765432',
        Ontvanger: '0394',
        BerichtIdentificatie: { Identificatie: opts.identificatie, Dagtekening: day(0) },
      },
      Client: {
        Bsn: opts.bsn,
        Geboortedatum: { Datum: opts.birthDate },
        Geslacht: '0',
        Naam: { Geslachtsnaam: { Achternaam: 'Test' } },
        AangevraagdeProducten: [
          {
            ReferentieAanbieder: opts.reference,
            Product: { Categorie: opts.category ?? '45', Code: opts.code ?? '45A03' },
            ToewijzingIngangsdatum: day(14),
            ToewijzingEinddatum: day(14 + 8 * 7 - 1),
            Omvang: { Volume: 2, Eenheid: '04', Frequentie: '2' },
            Verwijzer: { Type: '02', ZorgverlenerCode: '01234567' },
          },
        ],
      },
    } as Jw315Bericht);
  }

  const post = postIjwMessage;

  async function requestIdByReference(reference: string) {
    const [r] = await app().database.ownerQuery<{ id: string }>(
      'select id from assignment_request where provider_reference = $1',
      [reference],
    );
    return r?.id;
  }
  return { app, as, day, personOf, requestRow, message, uiRequest, jw315, post, requestIdByReference };
}
