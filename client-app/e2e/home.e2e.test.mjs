// End-to-end test of the home page against an already running server (E2E_BASE_URL).
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { seriousA11yViolations } from './support/a11y.mjs';
import {
  artifactsDir,
  baseUrl,
  expectedAgencyCount,
  launchBrowser,
  openPage,
  urlFor,
} from './support/browser.mjs';

const AGENCY_COUNT = '[data-testid="agency-count"]';
const OVERVIEW_ERROR = '[data-testid="overview-error"]';
const TIMEOUT = 20_000;

// Read the configuration first: a missing variable fails the file with a message saying what to set.
baseUrl();
const expectedCount = expectedAgencyCount();

describe('home page', { timeout: 120_000 }, () => {
  let browser;
  let context;
  let page;
  let problems;
  let screenshots;

  before(async () => {
    screenshots = await artifactsDir();
    browser = await launchBrowser();
    context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'vi-VN',
    });
    context.setDefaultTimeout(TIMEOUT);
    ({ page, problems } = await openPage(context));
  });

  after(async () => {
    await browser?.close();
  });

  /** Waits for the statistics card to settle; fails at once if it shows its error state. */
  async function agencyCountText(target = page) {
    await target
      .locator(`${AGENCY_COUNT}, ${OVERVIEW_ERROR}`)
      .first()
      .waitFor({ state: 'visible' });
    const error = target.locator(OVERVIEW_ERROR);
    if (await error.isVisible()) {
      assert.fail(
        `the page shows its error state instead of the counts: ${await error.textContent()}`,
      );
    }
    return (await target.locator(AGENCY_COUNT).textContent())?.trim();
  }

  it('shows, in Vietnamese, the number of agencies stored in the database', async () => {
    const response = await page.goto(urlFor('/'), { waitUntil: 'domcontentloaded' });
    assert.equal(response?.status(), 200, 'the home page should be served with 200');

    assert.equal(await agencyCountText(), expectedCount, 'agency count shown on the home page');
    assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
    assert.equal(
      (await page.locator('h1').textContent())?.trim(),
      'Chào mừng đến với Cổng Dịch vụ công trực tuyến',
    );
    assert.match(
      (await page.locator('header').textContent()) ?? '',
      /Sở Giáo dục và Đào tạo Hà Nội/,
    );
    assert.match(await page.title(), /Cổng Dịch vụ công trực tuyến/);
    assert.equal(
      await page.getByTestId('overview-card').getAttribute('aria-busy'),
      'false',
      'the statistics card should no longer be busy',
    );
    assert.equal(await page.getByTestId('lang-vi').getAttribute('aria-pressed'), 'true');

    await page.screenshot({ path: path.join(screenshots, 'home-vi.png'), fullPage: true });
  });

  it('sends its scripts compressed and cached for good (their names change with their content)', async () => {
    const scripts = await page.locator('script[src]').evaluateAll((list) => list.map((s) => s.src));
    assert.ok(scripts.length > 0);
    for (const src of scripts) {
      const response = await page.request.get(src, { headers: { 'Accept-Encoding': 'br, gzip' } });
      assert.match(response.headers()['content-encoding'] ?? '', /^(br|gzip)$/, src);
      assert.match(response.headers()['cache-control'] ?? '', /immutable/, src);
    }
  });

  it('has no serious or critical accessibility violations in Vietnamese', async () => {
    const violations = await seriousA11yViolations(page);
    assert.deepEqual(violations, [], `axe found:\n${violations.join('\n')}`);
  });

  it('the skip link is the first stop of the keyboard and leads to the main content', async () => {
    await page.locator('body').focus();
    await page.keyboard.press('Tab');
    const skipLink = page.locator('.skip-link');
    assert.equal(await skipLink.evaluate((el) => el === document.activeElement), true);
    assert.equal((await skipLink.textContent())?.trim(), 'Bỏ qua đến nội dung chính');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main-content');
  });

  it('finds a procedure from the search box, typed without diacritics, with the keyboard', async () => {
    const popular = page.getByTestId('popular-list').locator('li');
    await popular.first().waitFor();
    assert.ok((await popular.count()) > 0, 'the most requested procedures are listed');
    await page.getByLabel('Tìm thủ tục hành chính').fill('cap ban sao');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/thu-tuc\?q=cap(%20|\+)ban(%20|\+)sao$/);
    await page.getByTestId('catalogue-list').waitFor();
    assert.match(
      (await page.getByTestId('catalogue-list').textContent()) ?? '',
      /Cấp bản sao văn bằng, chứng chỉ từ sổ gốc/,
    );
  });

  it('moves focus to the main content when the page changes, as a page load would', async () => {
    await page.getByRole('link', { name: 'Tra cứu hồ sơ', exact: true }).first().click();
    await page.waitForURL(/\/tra-cuu$/);
    await page.locator('h1', { hasText: 'Tra cứu tình trạng hồ sơ' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main-content');
  });

  it('takes a code from the tracking box to the tracking page and asks for the citizen ID next', async () => {
    await page.goto(urlFor('/'), { waitUntil: 'domcontentloaded' });
    await page.getByLabel('Mã hồ sơ hoặc số theo dõi').fill('000.00.12.H26-260302-0001');
    await page.getByTestId('home-track').click();
    await page.waitForURL(/\/tra-cuu\?code=/);
    await page.locator('#tracking-citizen-id:focus').waitFor();
    assert.equal(
      await page.getByLabel('Mã hồ sơ hoặc số theo dõi').inputValue(),
      '000.00.12.H26-260302-0001',
    );
    await page.goto(urlFor('/'), { waitUntil: 'domcontentloaded' });
  });

  it('switches to English and remembers the choice after a reload', async () => {
    await page.getByTestId('lang-en').click();

    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    // The attribute changes at once; the template re-renders on the next change-detection pass.
    await page.locator('h1', { hasText: 'Welcome to the Online Public Services Portal' }).waitFor();
    assert.equal(
      (await page.locator('h1').textContent())?.trim(),
      'Welcome to the Online Public Services Portal',
    );
    assert.match(
      (await page.locator('header').textContent()) ?? '',
      /Online Public Services Portal/,
    );
    assert.match((await page.getByTestId('overview-card').textContent()) ?? '', /Agencies:/);
    assert.equal(await page.getByTestId('lang-en').getAttribute('aria-pressed'), 'true');
    assert.equal(await page.getByTestId('lang-vi').getAttribute('aria-pressed'), 'false');
    assert.equal(await agencyCountText(), expectedCount);
    await page.screenshot({ path: path.join(screenshots, 'home-en.png'), fullPage: true });

    await page.reload({ waitUntil: 'domcontentloaded' });

    assert.equal(await agencyCountText(), expectedCount);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(
      (await page.locator('h1').textContent())?.trim(),
      'Welcome to the Online Public Services Portal',
    );
    assert.equal(await page.getByTestId('lang-en').getAttribute('aria-pressed'), 'true');
  });

  it('has no serious or critical accessibility violations in English', async () => {
    const violations = await seriousA11yViolations(page);
    assert.deepEqual(violations, [], `axe found:\n${violations.join('\n')}`);
  });

  it('fits a 360 px wide phone without horizontal scrolling', async () => {
    const phone = await browser.newContext({
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'vi-VN',
    });
    try {
      phone.setDefaultTimeout(TIMEOUT);
      const phonePage = await phone.newPage();
      await phonePage.goto(urlFor('/'), { waitUntil: 'domcontentloaded' });
      assert.equal(await agencyCountText(phonePage), expectedCount);
      assert.equal(await phonePage.locator('html').getAttribute('lang'), 'vi');

      const scrollWidth = await phonePage.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= 360, `page is ${scrollWidth}px wide on a 360px screen`);

      await phonePage.screenshot({
        path: path.join(screenshots, 'home-phone.png'),
        fullPage: true,
      });
    } finally {
      await phone.close();
    }
  });

  it('ran without page errors, console errors or failed requests', () => {
    assert.deepEqual(problems, []);
  });
});
