import { expect, type Page } from '@playwright/test';

/** The widths a page must work at: a phone and a laptop. */
export const LAYOUT_WIDTHS = [390, 1280] as const;

interface LayoutOptions {
  /**
   * Also refuse a box that scrolls sideways inside the page (a wide table in a scroll container).
   * For resident pages that must fit a phone as a list.
   */
  noSidewaysScrolling?: boolean;
}

/**
 * What axe does not see: at each width, a visible label or legend narrower than its own text
 * (one letter per line in a squeezed column), a page that scrolls sideways, and — on request —
 * a box inside the page that scrolls sideways. Returns the problems as readable lines.
 */
async function layoutProblems(page: Page, options: LayoutOptions): Promise<string[]> {
  return page.evaluate(({ noSidewaysScrolling }) => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > window.innerWidth) {
      problems.push(
        `the page scrolls sideways: ${root.scrollWidth}px wide in a ${window.innerWidth}px window`,
      );
    }
    // The widest word of an element, measured in the element itself (same font, spacing and size).
    const widestWord = (el: Element) => {
      const probe = document.createElement('span');
      probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap;inset-inline-start:0';
      el.appendChild(probe);
      let widest = 0;
      for (const word of (el.textContent ?? '').trim().split(/\s+/)) {
        probe.textContent = word;
        widest = Math.max(widest, probe.getBoundingClientRect().width);
      }
      probe.remove();
      return widest;
    };
    const describe = (el: Element) => {
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ');
      return `<${el.tagName.toLowerCase()}> "${text.slice(0, 60)}"`;
    };
    const hidden = (el: Element, rect: DOMRect) => {
      const style = getComputedStyle(el);
      if (rect.width === 0 || rect.height === 0) return true;
      if (style.visibility === 'hidden' || style.display === 'none') return true;
      // Visually hidden for screen readers only (the .visually-hidden pattern: 1 px, clipped).
      return el.closest('.visually-hidden') !== null || (rect.width <= 1 && rect.height <= 1);
    };
    for (const el of Array.from(document.querySelectorAll('label, legend'))) {
      const rect = el.getBoundingClientRect();
      if (hidden(el, rect)) continue;
      const text = (el.textContent ?? '').trim();
      if (!text) continue;
      const style = getComputedStyle(el);
      const longestWord = widestWord(el);
      // An inline label has no box of its own (clientWidth 0): measure its line boxes instead.
      const inline = style.display === 'inline';
      const inner =
        (inline ? rect.width : el.clientWidth) -
        Number.parseFloat(style.paddingLeft) -
        Number.parseFloat(style.paddingRight);
      if (longestWord > 0 && inner + 1 < longestWord) {
        problems.push(
          `${describe(el)} is ${Math.round(inner)}px wide, narrower than its longest word (${Math.round(longestWord)}px)`,
        );
      } else if (!inline && el.scrollWidth > el.clientWidth + 1) {
        problems.push(`${describe(el)} overflows its box (${el.scrollWidth}px in ${el.clientWidth}px)`);
      }
    }
    if (noSidewaysScrolling) {
      for (const el of Array.from(document.querySelectorAll('body *'))) {
        const style = getComputedStyle(el);
        if (!/(auto|scroll)/.test(style.overflowX)) continue;
        if (el.scrollWidth > el.clientWidth + 1 && !hidden(el, el.getBoundingClientRect())) {
          problems.push(`${describe(el)} scrolls sideways (${el.scrollWidth}px in ${el.clientWidth}px)`);
        }
      }
    }
    return problems;
  }, options);
}

/**
 * Fails when the page, at 390 px and at 1280 px wide, has a label or legend narrower than its
 * text or scrolls sideways. Puts the window back to the size it had.
 */
export async function expectReadableLayout(page: Page, options: LayoutOptions = {}): Promise<void> {
  const original = page.viewportSize();
  const found: string[] = [];
  try {
    for (const width of LAYOUT_WIDTHS) {
      await page.setViewportSize({ width, height: original?.height ?? 800 });
      // Let the layout settle after the resize (two frames).
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
      );
      for (const problem of await layoutProblems(page, options)) found.push(`${width}px: ${problem}`);
    }
  } finally {
    if (original) await page.setViewportSize(original);
  }
  expect(found, `layout problems on ${page.url()}`).toEqual([]);
}
