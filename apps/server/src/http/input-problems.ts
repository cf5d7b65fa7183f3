import type { LocalizedText } from '@een-plan/contracts';

/**
 * Problem codes for input the framework or the database refused (spread into the one catalog in
 * http/problem-catalog.ts). Each one used to surface as a 500 or as Fastify's own error body.
 */
export const inputProblems = {
  invalid_cursor: {
    status: 400,
    title: 'Invalid cursor',
    message: {
      nl: 'Deze vervolgpagina bestaat niet. Begin de lijst opnieuw.',
      en: 'This next page does not exist. Start the list again.',
    },
  },
  text_contains_nul: {
    status: 400,
    title: 'Text contains a NUL character',
    message: {
      nl: 'De tekst bevat een ongeldig teken (NUL). Verwijder het en probeer het opnieuw.',
      en: 'The text contains an invalid character (NUL). Remove it and try again.',
    },
  },
  invalid_json: {
    status: 400,
    title: 'Invalid JSON',
    message: {
      nl: 'De verzonden gegevens zijn geen geldige JSON.',
      en: 'The data sent is not valid JSON.',
    },
  },
  bad_url: {
    status: 400,
    title: 'Malformed URL',
    message: {
      nl: 'Het adres van dit verzoek is ongeldig.',
      en: 'The address of this request is malformed.',
    },
  },
  url_too_long: {
    status: 414,
    title: 'URL too long',
    message: { nl: 'Het adres van dit verzoek is te lang.', en: 'The address of this request is too long.' },
  },
  value_too_long: {
    status: 400,
    title: 'Value too long',
    message: {
      nl: 'Een van de waarden is te lang om op te slaan.',
      en: 'One of the values is too long to be stored.',
    },
  },
  value_out_of_range: {
    status: 400,
    title: 'Value out of range',
    message: {
      nl: 'Een van de waarden is te groot of te klein.',
      en: 'One of the values is too large or too small.',
    },
  },
  invalid_value: {
    status: 400,
    title: 'Invalid value',
    message: {
      nl: 'Een van de waarden heeft niet de juiste vorm.',
      en: 'One of the values does not have the right format.',
    },
  },
  reference_not_found: {
    status: 422,
    title: 'Referenced item does not exist',
    message: {
      nl: 'Een van de gegevens verwijst naar iets dat niet bestaat.',
      en: 'One of the values refers to something that does not exist.',
    },
  },
  already_exists: {
    status: 409,
    title: 'Already exists',
    message: {
      nl: 'Dit bestaat al. Kies een andere waarde.',
      en: 'This already exists. Choose another value.',
    },
  },
} satisfies Record<string, { status: number; title: string; message: LocalizedText }>;
