import { z } from 'zod';

/**
 * The 11-proef for a Burgerservicenummer: weights 9..2 for the first eight digits and -1 for the
 * last; the sum must be divisible by 11 (and not zero).
 */
export function passesElevenTest(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(value[i]) * (9 - i);
  sum -= Number(value[8]);
  return sum !== 0 && sum % 11 === 0;
}

export const Bsn = z
  .string()
  .regex(/^\d{9}$/, { message: 'BSN moet uit 9 cijfers bestaan / BSN must be 9 digits' })
  .refine(passesElevenTest, { message: 'BSN voldoet niet aan de 11-proef / BSN fails the 11-test' });
