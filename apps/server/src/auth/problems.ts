import type { LocalizedText } from '@een-plan/contracts';

/** Problem codes of logging in (spread into the one catalog in http/problem-catalog.ts). */
export const authProblems = {
  account_locked: {
    status: 423,
    title: 'Account temporarily locked',
    message: {
      nl: 'Er is te vaak zonder succes geprobeerd in te loggen op dit account. Het is tijdelijk geblokkeerd; probeer het later opnieuw of neem contact op met uw beheerder.',
      en: 'There were too many failed login attempts on this account. It is temporarily locked; try again later or contact your administrator.',
    },
  },
} satisfies Record<string, { status: number; title: string; message: LocalizedText }>;
