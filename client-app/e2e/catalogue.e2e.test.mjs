// End-to-end test of the public catalogue (search, filters, procedure page) against an already running server (E2E_BASE_URL).
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { seriousA11yViolations } from './support/a11y.mjs';
import { artifactsDir, baseUrl, launchBrowser, openPage, urlFor } from './support/browser.mjs';

const TIMEOUT = 20_000;
const STATUS = '[data-testid="catalogue-status"]';
const LIST = '[data-testid="catalogue-list"]';

baseUrl();

describe('catalogue', { timeout: 120_000 }, () => {
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

  /** The found-count line once the list has loaded. */
  async function statusText(target = page) {
    await target.locator(STATUS, { hasText: /Tìm thấy|found/ }).waitFor();
    return (await target.locator(STATUS).textContent())?.trim();
  }

  it('finds "Cấp bản sao văn bằng" from words typed without accents, with the keyboard only', async () => {
    await page.goto(urlFor('/thu-tuc'), { waitUntil: 'domcontentloaded' });
    await statusText();

    await page.getByLabel('Tên hoặc mã thủ tục').focus();
    await page.keyboard.type('cap ban sao van bang');
    await page.keyboard.press('Enter');

    await page.waitForURL(/q=cap/);
    assert.match(await statusText(), /^Tìm thấy [1-9]\d* thủ tục$/);
    const names = await page.locator(`${LIST} h3`).allTextContents();
    assert.ok(
      names.length > 0 && names.every((n) => /Cấp bản sao văn bằng/.test(n)),
      `found: ${names.join(' | ')}`,
    );
    await page.screenshot({ path: path.join(screenshots, 'catalogue-search.png'), fullPage: true });
  });

  it('keeps the search in the address bar: a reload shows the same results', async () => {
    const before = await page.locator(`${LIST} h3`).allTextContents();
    await page.reload({ waitUntil: 'domcontentloaded' });
    await statusText();
    assert.deepEqual(await page.locator(`${LIST} h3`).allTextContents(), before);
    assert.equal(await page.getByLabel('Tên hoặc mã thủ tục').inputValue(), 'cap ban sao van bang');
  });

  it('has no serious or critical accessibility violations on the list', async () => {
    const violations = await seriousA11yViolations(page);
    assert.deepEqual(violations, [], `axe found:\n${violations.join('\n')}`);
  });

  it('filters partly online procedures, and every one listed says so', async () => {
    await page.goto(urlFor('/thu-tuc'), { waitUntil: 'domcontentloaded' });
    await statusText();
    await page.getByLabel('Mức độ dịch vụ công').selectOption('3');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();

    await page.waitForURL(/serviceLevel=3/);
    await statusText();
    const badges = await page.locator(`${LIST} .badge`).allTextContents();
    assert.ok(badges.length > 0);
    assert.ok(
      badges.every((b) => b.trim() === 'Một phần'),
      `badges: ${badges.join(', ')}`,
    );
  });

  it('says so when nothing matches', async () => {
    await page.goto(urlFor('/thu-tuc?q=khongcothutucnaonhuthe'), { waitUntil: 'domcontentloaded' });
    await page.getByTestId('catalogue-empty').waitFor();
    assert.equal(await statusText(), 'Tìm thấy 0 thủ tục');
  });

  it('shows a procedure with its documents, time limit, fees and the apply action, in both languages', async () => {
    await page.goto(urlFor('/thu-tuc?q=cap%20ban%20sao'), { waitUntil: 'domcontentloaded' });
    await statusText();
    await page.locator(`${LIST} h3 a`).first().click();

    await page.getByTestId('procedure-name').waitFor();
    assert.match(
      (await page.getByTestId('procedure-name').textContent()) ?? '',
      /Cấp bản sao văn bằng/,
    );
    assert.match(
      (await page.getByTestId('procedure-time-limit').textContent()) ?? '',
      /Trong ngày/,
    );
    assert.ok((await page.locator('[data-testid="procedure-documents"] li').count()) >= 2);
    assert.equal(
      (await page.getByTestId('apply-online').textContent())?.trim(),
      'Nộp hồ sơ trực tuyến',
    );
    const template = page.getByRole('link', { name: /Tải mẫu đơn/ }).first();
    const response = await page.request.get(
      new URL(await template.getAttribute('href'), urlFor('/')).toString(),
    );
    assert.equal(response.status(), 200, 'the form template downloads');
    // Where the facts come from, and where applications go (the catalogue in force carries its evidence).
    const evidence = page.getByRole('region', { name: 'Nguồn của thông tin này' });
    await evidence.waitFor();
    assert.match((await evidence.textContent()) ?? '', /Chưa đối chiếu đầy đủ|Đã đối chiếu đầy đủ/);
    assert.match((await evidence.textContent()) ?? '', /Nguồn: /);
    assert.match(
      (await page.getByText('Nơi tiếp nhận hồ sơ').locator('..').textContent()) ?? '',
      /Trung tâm Phục vụ hành chính công/,
    );
    let violations = await seriousA11yViolations(page);
    assert.deepEqual(violations, [], `axe found:\n${violations.join('\n')}`);
    await page.screenshot({ path: path.join(screenshots, 'procedure-vi.png'), fullPage: true });

    await page.getByTestId('lang-en').click();
    await page.getByTestId('apply-online').filter({ hasText: 'Apply online' }).waitFor();
    assert.match(
      (await page.getByTestId('procedure-name').textContent()) ?? '',
      /copy of a diploma/i,
    );
    assert.match(
      (await page.getByTestId('procedure-time-limit').textContent()) ?? '',
      /Within the day/,
    );
    violations = await seriousA11yViolations(page);
    assert.deepEqual(violations, [], `axe found:\n${violations.join('\n')}`);
    await page.getByTestId('lang-vi').click();
  });

  it('fits a 360 px wide phone without horizontal scrolling', async () => {
    const phone = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
      locale: 'vi-VN',
    });
    try {
      phone.setDefaultTimeout(TIMEOUT);
      const phonePage = await phone.newPage();
      for (const route of ['/thu-tuc', '/thu-tuc?q=cap%20ban%20sao']) {
        await phonePage.goto(urlFor(route), { waitUntil: 'domcontentloaded' });
        await statusText(phonePage);
        const width = await phonePage.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 360, `${route} is ${width}px wide on a 360px screen`);
      }
      await phonePage.locator(`${LIST} h3 a`).first().click();
      await phonePage.getByTestId('procedure-name').waitFor();
      const width = await phonePage.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 360, `the procedure page is ${width}px wide on a 360px screen`);
      await phonePage.screenshot({
        path: path.join(screenshots, 'procedure-phone.png'),
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
