// Paying online in the browser, against the real API and PostgreSQL, with a fee the law sets. Nothing in the catalogue
// in force is paid (every record read prints 0 đồng; Hanoi ended the copy fee on 1 March 2024), so an administrator
// publishes, through the API, a procedure charging the fee for verifying the papers of a diploma issued by a foreign
// institution (250.000 đồng per diploma, Thông tư 164/2016/TT-BTC). The citizen finds it, applies, pays in the
// sandbox gateway, comes back to a page that shows what the API recorded, and downloads the receipt.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { seriousA11yViolations } from './support/a11y.mjs';
import { newCitizenId, official, registerCitizen } from './support/accounts.mjs';
import { artifactsDir, baseUrl, launchBrowser, openPage, urlFor } from './support/browser.mjs';
import { publishPayable } from './support/catalogue.mjs';

const TIMEOUT = 20_000;
const PAYABLE = 'Công nhận văn bằng do cơ sở giáo dục nước ngoài cấp (thử nghiệm thanh toán)';
baseUrl();

const citizenId = newCitizenId();

describe('paying a fee the law sets, online', { timeout: 240_000 }, () => {
  let browser;
  let page;
  let screenshots;
  let pdf;

  before(async () => {
    screenshots = await artifactsDir();
    pdf = path.join(screenshots, 'payment-document.pdf');
    await writeFile(pdf, `%PDF-1.7\n${'2'.repeat(3000)}\n%%EOF\n`);
    const admin = await official('sysadmin');
    try {
      await publishPayable(admin, PAYABLE);
    } finally {
      await admin.dispose();
    }
    browser = await launchBrowser();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'vi-VN',
      acceptDownloads: true,
    });
    context.setDefaultTimeout(TIMEOUT);
    ({ page } = await openPage(context));
    await registerCitizen(page, { citizenId, password: 'MatKhau2026x' });
  });

  after(async () => {
    await browser?.close();
  });

  it('applies for the procedure and sees the fee it owes before paying', async () => {
    await page.goto(urlFor('/thu-tuc'), { waitUntil: 'domcontentloaded' });
    await page.getByLabel('Tên hoặc mã thủ tục').fill('cong nhan van bang thu nghiem thanh toan');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    await page.getByRole('link', { name: PAYABLE, exact: true }).click();
    await page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).click();
    await page.waitForURL(/\/nop-ho-so\//);
    await page.getByTestId('apply-start').click();
    await page.waitForURL(/\/ho-so\/[0-9a-f-]+\/soan$/);
    await page.locator('#field-fullName').fill('Nguyễn Văn Đức');
    await page.locator('#field-diplomas').fill('2');
    await page.locator('#document-0').setInputFiles(pdf);
    await page.getByTestId('attached-file').first().waitFor();
    await page.getByTestId('apply-continue').click();
    await page.waitForURL(/\/xem-lai$/);
    await page.getByTestId('apply-submit').click();
    await page.waitForURL(/\/da-nop$/);
    await page.getByTestId('open-dossier').click();

    const fee = page.getByTestId('dossier-fee');
    await fee.waitFor();
    assert.match((await fee.textContent()) ?? '', /500\.000\s?₫/);
    assert.match((await fee.textContent()) ?? '', /chưa thanh toán/);
    assert.deepEqual(await seriousA11yViolations(page), []);
    await page.screenshot({ path: path.join(screenshots, 'dossier-pay.png'), fullPage: true });
  });

  it('pays in the sandbox gateway and comes back to a page that shows what the API recorded', async () => {
    await page.getByRole('button', { name: 'Thanh toán trực tuyến' }).click();
    await page.waitForURL(/\/api\/v1\/payments\/sandbox\/pay/);
    await page.getByRole('link', { name: 'Thanh toán', exact: true }).click();
    await page.waitForURL(/\/thanh-toan\/ket-qua\?/);
    const outcome = page.getByTestId('payment-outcome');
    await outcome.waitFor();
    assert.equal(await outcome.getAttribute('data-outcome'), 'paid');
    assert.equal((await outcome.textContent())?.trim(), 'Thanh toán thành công');
    assert.match((await page.getByTestId('payment-text').textContent()) ?? '', /500\.000\s?₫/);
    assert.deepEqual(await seriousA11yViolations(page), []);
    await page.screenshot({ path: path.join(screenshots, 'payment-return.png'), fullPage: true });

    await page.getByTestId('back-to-dossier').click();
    await page.getByTestId('payments').waitFor();
    assert.match((await page.getByTestId('dossier-fee').textContent()) ?? '', /đã thanh toán/);
    const download = page.waitForEvent('download');
    await page.getByTestId('payment-receipt').click();
    const bytes = await readFile(await (await download).path());
    assert.equal(bytes.subarray(0, 5).toString(), '%PDF-', 'the receipt is a PDF');
  });
});
