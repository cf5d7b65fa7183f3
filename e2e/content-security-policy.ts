import type { Page } from '@playwright/test';

/** Collects what the browser blocked under the server's CSP; the app must need no exceptions. */
export function collectCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  return violations;
}
