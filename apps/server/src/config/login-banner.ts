import type { Config } from './config.ts';

/** The start-up banner's line on how to log in: never a promise the configuration cannot keep. */
export function loginInstructions(config: Pick<Config, 'demoLogin' | 'oidc'>, url: string): string {
  if (config.demoLogin) {
    return `Inloggen: open ${url} en kies een demogebruiker onder "Demo-inloggen" (bijv. Sanne de Vries, regisseur).`;
  }
  if (config.oidc) return `Inloggen: via OpenID Connect (${config.oidc.issuer}).`;
  return (
    'Inloggen: nog niet mogelijk. Stel OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET en ' +
    'OIDC_REDIRECT_URI in, of buiten productie DEMO_LOGIN=true.'
  );
}
