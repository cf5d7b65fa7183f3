import { expect, test } from '@playwright/test';

test.describe('the first page', () => {
  test('loads without any Content-Security-Policy violation, its scripts compressed and cached', async ({
    page,
  }) => {
    // zod's `new Function` probe is caught by zod itself, so only this event (not an error) shows it.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
      );
    });
    const cspConsole: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|unsafe-eval|EvalError/.test(m.text())) cspConsole.push(m.text());
    });
    const scripts: Array<{ url: string; encoding?: string; cache?: string }> = [];
    page.on('response', (r) => {
      if (new URL(r.url()).pathname.startsWith('/assets/') && r.url().endsWith('.js')) {
        const h = r.headers();
        scripts.push({ url: r.url(), encoding: h['content-encoding'], cache: h['cache-control'] });
      }
    });

    await page.goto('/inloggen');
    await expect(page.getByRole('button', { name: 'Inloggen als Sanne de Vries' })).toBeVisible();
    await page.getByRole('button', { name: 'Inloggen als Sanne de Vries' }).click();
    await expect(page).toHaveURL(/\/werkruimte$/);

    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
    expect(cspConsole).toEqual([]);
    expect(scripts.length).toBeGreaterThan(1);
    // Files under 1 kB are not worth a compressed copy; the entry chunk and the libraries are.
    expect(scripts.find((s) => /\/assets\/index-/.test(s.url))?.encoding).toBe('br');
    expect(scripts.filter((s) => s.encoding === 'br').length).toBeGreaterThan(3);
    for (const s of scripts) expect(s.cache, s.url).toContain('immutable');
  });

  test('logs no error in the browser console before anyone logs in', async ({ page }) => {
    // Lighthouse counts every console error against best practices; a 401 of "who is logged in?" was one.
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/inloggen');
    await expect(page.getByRole('button', { name: 'Inloggen als Sanne de Vries' })).toBeVisible();
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Inloggen als Sanne de Vries' })).toBeVisible();
    expect(errors).toEqual([]);
  });
});
