// End-to-end test of the public result verification page (/xac-minh/:code) against an already running server.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { seriousA11yViolations } from './support/a11y.mjs';
import { artifactsDir, baseUrl, launchBrowser, openPage, urlFor } from './support/browser.mjs';

const TIMEOUT = 20_000;
const UNKNOWN_CODE = 'ABCD-EFGH-JKMN';
const RESULT = {
  verificationCode: '7KQ4-MZ9T-H2XW',
  status: 'Valid',
  documentType: 'Bản sao văn bằng, chứng chỉ từ sổ gốc',
  issuerName: 'Sở Giáo dục và Đào tạo Hà Nội',
  issuedAt: '2026-03-03T03:30:00Z',
  applicantName: 'Nguyễn V** Đ**',
  sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
};

baseUrl();

describe('result verification page', { timeout: 120_000 }, () => {
  let browser;
  let context;
  let page;
  let problems;
  let screenshots;

  before(async () => {
    screenshots = await artifactsDir();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    context.setDefaultTimeout(TIMEOUT);
    ({ page, problems } = await openPage(context));
  });

  after(async () => {
    await browser?.close();
  });

  it('says, in Vietnamese, that the real API knows no result with an unknown code', async () => {
    const response = await page.goto(urlFor(`/xac-minh/${UNKNOWN_CODE}`), {
      waitUntil: 'domcontentloaded',
    });
    assert.equal(response?.status(), 200, 'the SPA serves its verification route');

    await page.getByTestId('verify-not-found').waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
    assert.equal(
      (await page.locator('h1').textContent())?.trim(),
      'Xác minh kết quả giải quyết thủ tục hành chính',
    );
    assert.equal(await page.getByLabel('Mã xác minh').inputValue(), UNKNOWN_CODE);
    assert.match(await page.title(), /Xác minh kết quả/);
    const violations = await seriousA11yViolations(page);
    assert.deepEqual(violations, [], `axe found:\n${violations.join('\n')}`);
  });

  it('refuses a mistyped code at once, with the field marked invalid', async () => {
    await page.getByLabel('Mã xác minh').fill('7KQ4-MZ9T-H2X0');
    await page.getByTestId('verify-button').click();

    await page.getByTestId('code-error').waitFor();
    assert.equal(await page.getByLabel('Mã xác minh').getAttribute('aria-invalid'), 'true');
    assert.equal(
      await page.getByTestId('verify-not-found').count(),
      0,
      'the previous answer is cleared',
    );
  });

  it('on a 360 px phone, shows a found result and the comparison of a dropped file without horizontal scrolling (API answers stubbed)', async () => {
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
      // A found result needs an issued one; the HTTP tests cover the API, this covers the page's states and layout.
      await phonePage.route('**/api/v1/results/verify/**', (route) =>
        route.request().method() === 'GET'
          ? route.fulfill({ json: RESULT })
          : route.fulfill({
              json: { matches: false, presentedSha256: 'ab'.repeat(32), result: RESULT },
            }),
      );
      await phonePage.goto(urlFor('/xac-minh/7kq4mz9th2xw'), { waitUntil: 'domcontentloaded' });

      await phonePage.getByTestId('verify-result').waitFor();
      assert.match(
        (await phonePage.getByTestId('verify-status').textContent()) ?? '',
        /Kết quả hợp lệ/,
      );
      assert.equal(
        (await phonePage.getByTestId('verify-applicant').textContent())?.trim(),
        'Nguyễn V** Đ**',
      );
      await phonePage.getByTestId('compare-file').setInputFiles({
        name: 'ban-sao.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.7\nchanged'),
      });
      await phonePage.getByTestId('compare-outcome').waitFor();
      assert.match(
        (await phonePage.getByTestId('compare-outcome').textContent()) ?? '',
        /KHÔNG khớp/,
      );

      const scrollWidth = await phonePage.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= 360, `page is ${scrollWidth}px wide on a 360px screen`);
      const violations = await seriousA11yViolations(phonePage);
      assert.deepEqual(violations, [], `axe found:\n${violations.join('\n')}`);
      await phonePage.screenshot({
        path: path.join(screenshots, 'verify-result-phone.png'),
        fullPage: true,
      });
    } finally {
      await phone.close();
    }
  });

  it('switches to English', async () => {
    await page.getByTestId('lang-en').click();

    await page
      .locator('h1', { hasText: 'Verify the result of an administrative procedure' })
      .waitFor();
    assert.equal(
      await page.getByLabel('Verification code').getAttribute('id'),
      'verification-code',
    );
    await page.screenshot({ path: path.join(screenshots, 'verify-result-en.png'), fullPage: true });
  });

  it('ran without page errors or failed requests (apart from the expected 404 of the unknown code)', () => {
    // The unknown code's 404 logs a console error; in one run Chromium also reported that same request as aborted
    // (net::ERR_ABORTED) although the page showed the not-found answer. Nothing else may fail.
    const unexpected = problems.filter(
      (p) => !p.includes(`/api/v1/results/verify/${UNKNOWN_CODE}`) && !/status of 404/.test(p),
    );
    assert.deepEqual(unexpected, []);
  });
});
