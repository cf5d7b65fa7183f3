import { expect, test } from '@playwright/test';
import { demoLoginAs } from './demo-login.ts';

// Named to run last (one worker, files in order): after every other story, the audit log the
// server kept is still one intact hash chain.
test('the audit chain verifies after the whole browser suite', async ({ page }) => {
  await demoLoginAs(page, 'Erik Smit');
  await expect(page.getByRole('link', { name: 'Contracten' })).toBeVisible();
  const res = await page.request.get('/api/admin/audit-chain');
  expect(res.status()).toBe(200);
  const result = await res.json();
  expect(result).toMatchObject({ ok: true, firstBreak: null });
  expect(result.rows).toBeGreaterThan(100);
});
