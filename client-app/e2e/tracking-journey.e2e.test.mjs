// What a citizen meets after submitting, in Chromium against the real API and PostgreSQL: the QR code printed on the
// receipt opens the public tracking page with the dossier's code (the citizen ID is still asked: the lookup's second
// factor), which then shows the procedure, the receiving agency, the appointment and the public history; withdrawing asks
// for confirmation in a dialog, with the reason once received and what happens to the fee paid; an abandoned payment
// reads "đã hết hạn" with the option to pay again. Dossiers are arranged through the API (support/tracking.mjs).
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { seriousA11yViolations } from './support/a11y.mjs';
import { artifactsDir, baseUrl, launchBrowser, openPage, urlFor } from './support/browser.mjs';
import {
  PAYABLE,
  apiCitizen,
  payInSandbox,
  receiptQr,
  receiveAtDesk,
  startPayment,
  submitPayable,
} from './support/tracking.mjs';

const TIMEOUT = 20_000;
const PDF = Buffer.from(`%PDF-1.7\n${'3'.repeat(3000)}\n%%EOF\n`);
baseUrl();

describe('after submitting: tracking, withdrawal, expired payments', { timeout: 300_000 }, () => {
  let browser;
  let screenshots;
  let citizen;
  let received; // paid, then received: { id, code }
  let abandoned; // submitted, a payment started and left at the gateway
  let page; // the citizen's signed-in page

  const shot = (name) =>
    page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });

  async function language(target, name) {
    await target.getByRole('button', { name }).click();
  }

  before(async () => {
    screenshots = await artifactsDir();
    citizen = await apiCitizen();
    const id = await submitPayable(citizen, PDF);
    await payInSandbox(citizen, id);
    received = { id, code: await receiveAtDesk(id) };
    abandoned = { id: await submitPayable(citizen, PDF) };
    await startPayment(citizen, abandoned.id);

    browser = await launchBrowser();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'vi-VN',
    });
    context.setDefaultTimeout(TIMEOUT);
    ({ page } = await openPage(context));
    await page.goto(urlFor('/dang-nhap'), { waitUntil: 'domcontentloaded' });
    await page.getByLabel('Số CCCD, mã số thuế hoặc email').fill(citizen.citizenId);
    await page.getByLabel('Mật khẩu').fill(citizen.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'));
  });

  after(async () => {
    await browser?.close();
    await citizen?.dispose();
  });

  it('the QR code on the receipt opens the tracking page with the code; with the citizen ID it shows the dossier', async () => {
    const decoded = new URL(await receiptQr(citizen, received.id, screenshots));
    assert.equal(decoded.pathname, '/tra-cuu');
    assert.equal(decoded.searchParams.get('ma'), received.code, 'the printed link carries ?ma=');

    const visitor = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'vi-VN',
    });
    visitor.setDefaultTimeout(TIMEOUT);
    const { page: tracking } = await openPage(visitor);
    await tracking.goto(urlFor(decoded.pathname + decoded.search), {
      waitUntil: 'domcontentloaded',
    });
    assert.equal(
      await tracking.getByLabel('Mã hồ sơ hoặc số theo dõi').inputValue(),
      received.code,
    );
    await tracking.getByText('đã được điền sẵn từ đường dẫn (mã QR)').waitFor();
    assert.deepEqual(await seriousA11yViolations(tracking), []);
    await tracking.screenshot({
      path: path.join(screenshots, 'tracking-from-qr-vi-1280.png'),
      fullPage: true,
    });

    await tracking.getByLabel('Số định danh cá nhân (CCCD)').fill(citizen.citizenId);
    await tracking.getByRole('button', { name: 'Tra cứu' }).click();
    const result = tracking.getByRole('region', { name: received.code });
    await result.waitFor();
    await result.getByText(PAYABLE).waitFor();
    await result.getByText('Cơ quan tiếp nhận').waitFor();
    await result.getByText('Ngày hẹn trả kết quả').waitFor();
    const history = result.getByRole('list', { name: 'Quá trình xử lý' });
    await history.getByText('Nộp hồ sơ trực tuyến').waitFor();
    await history.getByText('Tiếp nhận hồ sơ').waitFor();
    const text = (await result.textContent()) ?? '';
    assert.doesNotMatch(text, /Cán bộ tiếp nhận|receptionist/i, 'no official is named');
    assert.deepEqual(await seriousA11yViolations(tracking), []);
    await tracking.screenshot({
      path: path.join(screenshots, 'tracking-result-vi-1280.png'),
      fullPage: true,
    });
    await tracking.setViewportSize({ width: 390, height: 844 });
    await tracking.screenshot({
      path: path.join(screenshots, 'tracking-result-vi-390.png'),
      fullPage: true,
    });

    await language(tracking, 'English');
    await result.getByText('Receiving agency').waitFor();
    await result
      .getByRole('list', { name: 'Progress' })
      .getByText('Received at the desk')
      .waitFor();
    assert.deepEqual(await seriousA11yViolations(tracking), []);
    await tracking.screenshot({
      path: path.join(screenshots, 'tracking-result-en-390.png'),
      fullPage: true,
    });
    await tracking.setViewportSize({ width: 1280, height: 900 });
    await tracking.screenshot({
      path: path.join(screenshots, 'tracking-result-en-1280.png'),
      fullPage: true,
    });
    await language(tracking, 'Tiếng Việt');

    // A link with the older parameter name still fills the code in.
    await tracking.goto(urlFor(`/tra-cuu?code=${encodeURIComponent(received.code)}`), {
      waitUntil: 'domcontentloaded',
    });
    assert.equal(
      await tracking.getByLabel('Mã hồ sơ hoặc số theo dõi').inputValue(),
      received.code,
    );
    await visitor.close();
  });

  it('withdrawing asks for confirmation in a dialog, with the reason once received and what happens to the fee paid', async () => {
    await page.goto(urlFor(`/ho-so/${received.id}`), { waitUntil: 'domcontentloaded' });
    await page.getByText('Đã tiếp nhận', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Rút hồ sơ', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Rút hồ sơ ${received.code}?` });
    await dialog.waitFor();
    await dialog.getByText(/250\.000\s?₫.*phải hoàn trả/).waitFor();
    await dialog.getByText('Bắt buộc vì hồ sơ đã được cơ quan tiếp nhận.').waitFor();
    assert.deepEqual(await seriousA11yViolations(page), []);
    await shot('withdraw-dialog-vi-1280');

    await dialog.getByRole('button', { name: 'Không rút' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Đã tiếp nhận', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Rút hồ sơ', exact: true }).click();
    await dialog.getByRole('button', { name: 'Xác nhận rút hồ sơ' }).click();
    await dialog.getByText('Nhập lý do rút hồ sơ.').waitFor();
    assert.equal(
      await page.evaluate(() => document.activeElement?.id),
      'withdraw-reason',
      'the reason field gets the focus',
    );
    assert.deepEqual(await seriousA11yViolations(page), []);
    await page.setViewportSize({ width: 390, height: 844 });
    await shot('withdraw-dialog-reason-missing-vi-390');
    await dialog.getByRole('button', { name: 'Không rút' }).click();

    await language(page, 'English');
    await page.getByRole('button', { name: 'Withdraw the application', exact: true }).click();
    const english = page.getByRole('dialog', { name: `Withdraw application ${received.code}?` });
    await english.getByText(/recorded as to be refunded/).waitFor();
    await english.getByLabel('Reason for withdrawing').waitFor();
    assert.deepEqual(await seriousA11yViolations(page), []);
    await shot('withdraw-dialog-en-390');
    await page.setViewportSize({ width: 1280, height: 900 });
    await shot('withdraw-dialog-en-1280');
    await english.getByRole('button', { name: 'Do not withdraw' }).click();
    await language(page, 'Tiếng Việt');

    await page.getByRole('button', { name: 'Rút hồ sơ', exact: true }).click();
    await dialog.getByLabel('Lý do rút hồ sơ').fill('Đã được công nhận văn bằng ở nơi khác');
    await dialog.getByRole('button', { name: 'Xác nhận rút hồ sơ' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã rút hồ sơ.' }).waitFor();
    await page.getByText('Đã rút hồ sơ', { exact: true }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Rút hồ sơ', exact: true }).count(), 0);
    await page
      .getByText(/đã hoàn trả/)
      .first()
      .waitFor();
    assert.deepEqual(await seriousA11yViolations(page), []);
    await shot('withdrawn-vi-1280');
  });

  it('a payment left at the gateway reads "đã hết hạn" once its link expires, and the fee can be paid again', async () => {
    await page.goto(urlFor(`/ho-so/${abandoned.id}`), { waitUntil: 'domcontentloaded' });
    await page.getByText(/đang chờ xác nhận/).waitFor();

    // The link lives 15 minutes (Payments:PaymentWindow); the server's expiry (on read and by the job) is tested in
    // TrackingWithdrawalPaymentTests. Here the API's answer is aged as it reads after that window.
    await page.route(`**/api/v1/dossiers/${abandoned.id}/payments`, async (route) => {
      const response = await route.fetch();
      const payments = await response.json();
      await route.fulfill({
        response,
        json: payments.map((p) => (p.status === 'Pending' ? { ...p, status: 'Expired' } : p)),
      });
    });
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page
      .getByText(/đã hết hạn/)
      .first()
      .waitFor();
    await page.getByText(/liên kết của cổng thanh toán không còn hiệu lực/).waitFor();
    await page.getByRole('button', { name: 'Thanh toán lại' }).waitFor();
    assert.equal(await page.getByText(/đang chờ xác nhận/).count(), 0);
    assert.deepEqual(await seriousA11yViolations(page), []);
    await shot('payment-expired-vi-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot('payment-expired-vi-390');

    await language(page, 'English');
    await page.getByRole('button', { name: 'Pay again' }).waitFor();
    await page.getByText(/the gateway’s link is no longer valid/).waitFor();
    assert.deepEqual(await seriousA11yViolations(page), []);
    await shot('payment-expired-en-390');
    await page.setViewportSize({ width: 1280, height: 900 });
    await shot('payment-expired-en-1280');
    await language(page, 'Tiếng Việt');
  });
});
