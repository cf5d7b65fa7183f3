/**
 * A signal (referral) as a school files it: ordinary values everywhere, so a test names only what
 * it is about (`aSignal({ urgency: 'urgent' }, { firstName: 'Noor' })`).
 */
export function aSignal(
  overrides: Record<string, unknown> = {},
  subject: Record<string, unknown> = {},
  address: Record<string, unknown> = {},
) {
  return {
    subject: { firstName: 'Tom', lastName: 'Jansen', birthDate: '2014-03-15', ...subject },
    address: { street: 'Kruisweg', houseNumber: '12', postcode: '2151 AB', city: 'Nieuw-Vennep', ...address },
    lifeDomains: ['parenting_development', 'finances'],
    worry: 'Tom komt vaak moe en zonder ontbijt op school.',
    urgency: 'normal',
    possibleUnsafety: false,
    familyKnows: true,
    familyAgrees: true,
    familyContact: 'Moeder Anouk, 06 12345678',
    reporterContact: 'Marloes Bakker, 0252 111 222',
    ...overrides,
  };
}
