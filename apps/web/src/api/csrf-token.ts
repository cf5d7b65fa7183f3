// The token is bound to the session cookie, so it lives only in memory and is replaced
// whenever the server hands out a new one (session fetch, login) or the session ends.
let csrfToken: string | null = null;

export function rememberCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function rememberedCsrfToken(): string | null {
  return csrfToken;
}
