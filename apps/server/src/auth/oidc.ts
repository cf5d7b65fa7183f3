import * as client from 'openid-client';
import type { Config } from '../config/config.ts';

type OidcConfig = NonNullable<Config['oidc']>;

/** Discovers the issuer once per process; http issuers are only allowed outside production. */
export function oidcClientFactory(oidc: OidcConfig, allowInsecure: boolean) {
  let discovered: Promise<client.Configuration> | undefined;
  return () => {
    discovered ??= client
      .discovery(
        new URL(oidc.issuer),
        oidc.clientId,
        oidc.clientSecret,
        undefined,
        allowInsecure ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  };
}

export interface OidcLoginState {
  verifier: string;
  state: string;
  nonce: string;
}

export async function startOidcLogin(config: client.Configuration, oidc: OidcConfig) {
  const login: OidcLoginState = {
    verifier: client.randomPKCECodeVerifier(),
    state: client.randomState(),
    nonce: client.randomNonce(),
  };
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: oidc.redirectUri,
    scope: 'openid profile email',
    code_challenge: await client.calculatePKCECodeChallenge(login.verifier),
    code_challenge_method: 'S256',
    state: login.state,
    nonce: login.nonce,
  });
  return { url: url.href, login };
}

/** Exchanges the code (PKCE, state and nonce checked) and returns the subject of the ID token. */
export async function finishOidcLogin(
  config: client.Configuration,
  callbackUrl: URL,
  login: OidcLoginState,
): Promise<string> {
  const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
    pkceCodeVerifier: login.verifier,
    expectedState: login.state,
    expectedNonce: login.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims?.sub) throw new Error('ID token without subject');
  return claims.sub;
}
