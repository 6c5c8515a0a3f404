// Moving through a page with the keyboard only, as someone who cannot use a mouse does.

/**
 * Presses Tab until the element matching `selector` has focus (at most `limit` presses), so a test proves it can be
 * reached in the tab order; fails with the element that had focus last.
 */
export async function tabTo(page, selector, limit = 80) {
  for (let presses = 0; presses < limit; presses++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  const last = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
  throw new Error(`${selector} was not reached with ${limit} presses of Tab; focus is on ${last}`);
}
