import { expect, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './accessibility.ts';
import { demoLoginAs } from './demo-login.ts';
import { expectReadableLayout } from './layout.ts';

test('the team lead reads his notifications on Mijn taken, marks them read, and the page fits a phone', async ({
  page,
}) => {
  await demoLoginAs(page, 'Ahmed Yilmaz');
  await page.getByRole('link', { name: 'Mijn taken' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn taken' })).toBeVisible();
  const notifications = page.getByRole('region', { name: 'Meldingen' });
  // The demo story's tasks reached him as notifications.
  await expect(notifications.getByRole('listitem').first()).toContainText(/nieuwe ta(ak|ken) gekregen/);
  await expect(notifications.getByText('Nieuw', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Toewijzing wacht op uw goedkeuring' })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  await expectReadableLayout(page);

  // At 390 px the filter buttons keep their words whole (no "Afger/ond").
  await page.setViewportSize({ width: 390, height: 800 });
  const broken = await page.locator('fieldset.tasks-filter button').evaluateAll((buttons) =>
    buttons
      .filter((b) => {
        const probe = document.createElement('span');
        probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
        b.appendChild(probe);
        let widest = 0;
        for (const word of (b.textContent ?? '').trim().split(/\s+/)) {
          probe.textContent = word;
          widest = Math.max(widest, probe.getBoundingClientRect().width);
        }
        probe.remove();
        const style = getComputedStyle(b);
        const inner =
          b.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
        return inner + 1 < widest;
      })
      .map((b) => b.textContent),
  );
  expect(broken).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 800 });

  await notifications.getByRole('button', { name: 'Alles gelezen' }).click();
  await expect(notifications.getByText('Alle meldingen zijn gelezen.')).toBeVisible();
  await expect(notifications.getByText('Nieuw', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Meldingen' })).toBeFocused();
});
