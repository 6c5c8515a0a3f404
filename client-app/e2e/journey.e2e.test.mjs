// The whole toàn trình journey of a citizen in the browser, against the real API and PostgreSQL: register → search
// "cap ban sao" → apply with uploads → nothing to pay (Công văn 475/SGDĐT-VP) → the desk asks for a supplement
// (officials act through the API, as the workspace would) → answer it with a file → the agency processes and returns
// the result online → download it → verify it on the public page → rate the service → read the notifications.
// The catalogue in force offers the copy "một phần" (no record says toàn trình), so an administrator first publishes
// the change through the API; paying online is the payment journey's (payment.e2e.test.mjs).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { seriousA11yViolations } from './support/a11y.mjs';
import { answer, newCitizenId, official, registerCitizen } from './support/accounts.mjs';
import { artifactsDir, baseUrl, launchBrowser, openPage, urlFor } from './support/browser.mjs';
import { publishFullyOnline } from './support/catalogue.mjs';

const TIMEOUT = 20_000;
const COPY_OF_DIPLOMA = 'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc';
const MISSING = 'Bản sao Căn cước công dân còn hiệu lực';
baseUrl();

const citizenId = newCitizenId();

async function expectNoSeriousViolations(page) {
  const violations = await seriousA11yViolations(page);
  assert.deepEqual(violations, [], `axe found:\n${violations.join('\n')}`);
}

describe('a toàn trình procedure from search to rating', { timeout: 300_000 }, () => {
  let browser;
  let page;
  let problems;
  let screenshots;
  let pdf;
  let dossierId;
  let desk;
  let specialist;
  let leader;
  let verificationCode;
  let downloaded;

  before(async () => {
    screenshots = await artifactsDir();
    pdf = path.join(screenshots, 'journey-document.pdf');
    await writeFile(pdf, `%PDF-1.7\n${'1'.repeat(3000)}\n%%EOF\n`);
    browser = await launchBrowser();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'vi-VN',
      acceptDownloads: true,
    });
    context.setDefaultTimeout(TIMEOUT);
    ({ page, problems } = await openPage(context));
    await registerCitizen(page, { citizenId, password: 'MatKhau2026x' });
    [desk, specialist, leader] = await Promise.all(
      ['sgd.receptionist', 'sgd.specialist', 'sgd.leader'].map((name) => official(name)),
    );
    const admin = await official('sysadmin');
    try {
      const found = await admin.get(
        `/api/v1/procedures?q=${encodeURIComponent(COPY_OF_DIPLOMA)}&level=province&pageSize=20`,
      );
      await publishFullyOnline(admin, found.items.find((p) => p.name === COPY_OF_DIPLOMA).id);
    } finally {
      await admin.dispose();
    }
  });

  after(async () => {
    await Promise.all([desk, specialist, leader].map((o) => o?.dispose()));
    await browser?.close();
  });

  it('finds the procedure by typing without diacritics and submits it with the documents attached', async () => {
    await page.goto(urlFor('/thu-tuc'), { waitUntil: 'domcontentloaded' });
    await page.getByLabel('Tên hoặc mã thủ tục').fill('cap ban sao');
    await page.getByLabel('Cấp giải quyết').selectOption('province');
    await page.getByLabel('Mức độ dịch vụ công').selectOption('4');
    await page.getByTestId('catalogue-submit').click();
    await page
      .getByTestId('catalogue-list')
      .getByRole('link', { name: COPY_OF_DIPLOMA, exact: true })
      .click();
    await page.getByTestId('apply-online').click();
    await page.waitForURL(/\/nop-ho-so\//);
    const procedure = await (
      await page.request.get(urlFor(`/api/v1/procedures/${page.url().split('/').pop()}`))
    ).json();
    await page.getByTestId('apply-start').click();
    await page.waitForURL(/\/ho-so\/[0-9a-f-]+\/soan$/);
    dossierId = page.url().split('/').at(-2);

    for (const field of procedure.form) {
      const input = page.locator(`#field-${field.key}`);
      if (field.type === 'File') await input.setInputFiles(pdf);
      else if (field.type === 'Select') await input.selectOption(answer(field, citizenId));
      else await input.fill(answer(field, citizenId));
    }
    for (const [index, document] of procedure.documents.entries()) {
      if (!document.mandatory) continue;
      await page.locator(`#document-${index}`).setInputFiles(pdf);
      await page.getByTestId('document').nth(index).getByTestId('attached-file').first().waitFor();
    }
    await page.getByTestId('apply-continue').click();
    await page.waitForURL(/\/xem-lai$/);
    await page.getByTestId('apply-submit').click();
    await page.waitForURL(/\/da-nop$/);
    await page.getByTestId('open-dossier').click();
    await page.getByTestId('dossier-status').waitFor();
    assert.equal(
      (await page.getByTestId('dossier-status').textContent())?.trim(),
      'Đã nộp, chờ tiếp nhận',
    );
  });

  it('owes no fee for the copy, so the dossier offers nothing to pay', async () => {
    assert.equal(await page.getByTestId('dossier-fee').count(), 0, 'no fee row');
    assert.equal(
      await page.getByRole('button', { name: /Thanh toán/ }).count(),
      0,
      'no pay button',
    );
    await expectNoSeriousViolations(page);
    await page.screenshot({ path: path.join(screenshots, 'dossier-no-fee.png'), fullPage: true });
  });

  it('answers the supplement request with the missing file; the dossier goes back to the desk', async () => {
    await desk.post(`/api/v1/dossiers/${dossierId}/request-supplement`, { missing: [MISSING] });
    await page.reload({ waitUntil: 'domcontentloaded' });
    const items = page.getByTestId('supplement-items');
    await items.waitFor();
    assert.equal((await items.textContent())?.trim(), MISSING);

    await page.getByTestId('send-supplement').click();
    await page.locator('#supplement-error').waitFor();
    await expectNoSeriousViolations(page);
    await page.locator('#document-0').setInputFiles(pdf);
    await page.getByTestId('attached-file').first().waitFor();
    await page
      .getByLabel('Ghi chú gửi cơ quan giải quyết (không bắt buộc)')
      .fill('Đã bổ sung bản sao CCCD.');
    await page.screenshot({
      path: path.join(screenshots, 'dossier-supplement.png'),
      fullPage: true,
    });
    await page.getByTestId('send-supplement').click();
    await page.getByTestId('dossier-message').filter({ hasText: 'Đã gửi hồ sơ bổ sung' }).waitFor();
    assert.equal(
      (await page.getByTestId('dossier-status').textContent())?.trim(),
      'Đã nộp, chờ tiếp nhận',
    );
    assert.match((await page.getByTestId('timeline').textContent()) ?? '', /Đã bổ sung hồ sơ/);
  });

  it('receives the electronic result once the agency has processed it, and downloads it', async () => {
    await desk.post(`/api/v1/dossiers/${dossierId}/receive`, {
      comment: 'Đủ hồ sơ',
      commentAudience: 'Internal',
    });
    await leader.post(`/api/v1/dossiers/${dossierId}/assign`, { assigneeId: specialist.userId });
    // What the original register holds, printed on the copy (the result template's required fields).
    await specialist.put(`/api/v1/dossiers/${dossierId}/result-data`, {
      values: {
        holderName: 'Nguyễn Văn Đức',
        dateOfBirth: '2008-05-01',
        school: 'Trường THPT Chu Văn An',
        graduationYear: '2023',
        diplomaNumber: 'B0123456',
        registerNumber: 'TN2023/1587',
        copyRegisterNumber: 'BS-2026/0042',
      },
    });
    await specialist.post(`/api/v1/dossiers/${dossierId}/submit-for-approval`, {
      comment: 'Đã đối chiếu sổ gốc',
      commentAudience: 'Internal',
    });
    const result = await leader.post(`/api/v1/dossiers/${dossierId}/result/generate`, {}, 201);
    verificationCode = result.verificationCode;
    await leader.post(`/api/v1/dossiers/${dossierId}/approve`, {
      comment: 'Đồng ý',
      commentAudience: 'Internal',
    });
    await desk.post(`/api/v1/dossiers/${dossierId}/return-result`, { channel: 'Online' });

    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.getByTestId('download-result').waitFor();
    assert.equal(
      (await page.getByTestId('dossier-status').textContent())?.trim(),
      'Đã trả kết quả',
    );
    const download = page.waitForEvent('download');
    await page.getByTestId('download-result').click();
    downloaded = await (await download).path();
    const hash = createHash('sha256')
      .update(await readFile(downloaded))
      .digest('hex');
    assert.equal(hash, result.sha256, 'the downloaded file is the issued result, byte for byte');
  });

  it('verifies the downloaded result on the public page by its code and by the file itself', async () => {
    await page.goto(urlFor(`/xac-minh/${verificationCode}`), { waitUntil: 'domcontentloaded' });
    await page.getByTestId('verify-result').waitFor();
    assert.match((await page.getByTestId('verify-status').textContent()) ?? '', /Kết quả hợp lệ/);
    await page.getByTestId('compare-file').setInputFiles({
      name: 'ket-qua.pdf',
      mimeType: 'application/pdf',
      buffer: await readFile(downloaded),
    });
    await page.getByTestId('compare-outcome').waitFor();
    assert.doesNotMatch((await page.getByTestId('compare-outcome').textContent()) ?? '', /KHÔNG/);
    await page.screenshot({ path: path.join(screenshots, 'journey-verify.png'), fullPage: true });
  });

  it('rates the service once; the rating is shown afterwards', async () => {
    await page.goto(urlFor(`/ho-so/${dossierId}`), { waitUntil: 'domcontentloaded' });
    await page.getByTestId('rate').click();
    await page.locator('#rating-error').waitFor();
    await expectNoSeriousViolations(page);
    await page.getByLabel('Rất hài lòng').check();
    await page.getByLabel('Góp ý (không bắt buộc)').fill('Nhanh, không phải đến trụ sở.');
    await page.getByTestId('rate').click();
    await page.getByTestId('rating-given').waitFor();
    assert.match((await page.getByTestId('rating-given').textContent()) ?? '', /Rất hài lòng/);
    await page.screenshot({ path: path.join(screenshots, 'dossier-rated.png'), fullPage: true });

    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.getByTestId('rating-given').waitFor();
    assert.equal(await page.getByTestId('rate').count(), 0, 'no second rating');
  });

  it('reads in English on the same page, and fits a 360 px phone with the same session', async () => {
    await page.getByTestId('lang-en').click();
    await page.locator('h2', { hasText: 'Rate the service' }).waitFor();
    assert.match(page.url(), new RegExp(`/ho-so/${dossierId}$`), 'the switch keeps the page');
    assert.equal(
      (await page.getByTestId('dossier-status').textContent())?.trim(),
      'Result returned',
    );
    assert.match((await page.getByTestId('rating-given').textContent()) ?? '', /Very satisfied/);
    await expectNoSeriousViolations(page);
    await page.screenshot({ path: path.join(screenshots, 'dossier-en.png'), fullPage: true });
    await page.getByTestId('lang-vi').click();
    await page.locator('h2', { hasText: 'Đánh giá mức độ hài lòng' }).waitFor();

    const phone = await browser.newContext({
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'vi-VN',
      storageState: await page.context().storageState(),
    });
    try {
      phone.setDefaultTimeout(TIMEOUT);
      const phonePage = await phone.newPage();
      await phonePage.goto(urlFor(`/ho-so/${dossierId}`), { waitUntil: 'domcontentloaded' });
      await phonePage.getByTestId('timeline').waitFor();
      const scrollWidth = await phonePage.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= 360, `page is ${scrollWidth}px wide on a 360px screen`);
      await phonePage.screenshot({
        path: path.join(screenshots, 'dossier-phone.png'),
        fullPage: true,
      });
    } finally {
      await phone.close();
    }
  });

  it('shows the unread notifications in the bell and lists them', async () => {
    const bell = page.getByTestId('notifications-link');
    const unreadNow = async () =>
      Number(
        (
          await page
            .getByTestId('unread-count')
            .textContent({ timeout: 1000 })
            .catch(() => '0')
        )?.trim(),
      );
    // The outbox delivers within seconds; a reload asks again.
    let unread = await unreadNow();
    for (let attempt = 0; attempt < 15 && unread < 4; attempt++) {
      await page.waitForTimeout(2000);
      await page.reload({ waitUntil: 'domcontentloaded' });
      await bell.waitFor();
      unread = await unreadNow();
    }
    assert.ok(unread >= 4, `at least submitted, paid, received and returned: ${unread}`);
    assert.match((await bell.getAttribute('aria-label')) ?? '', new RegExp(`${unread} chưa đọc`));

    await bell.click();
    await page.getByTestId('notifications').waitFor();
    const items = page.getByTestId('notifications').locator('li[data-unread]');
    assert.equal(await items.count(), unread);
    await expectNoSeriousViolations(page);
    await page.screenshot({ path: path.join(screenshots, 'notifications.png'), fullPage: true });
    await page.getByTestId('read-all').click();
    await page.getByTestId('unread-count').waitFor({ state: 'detached' });
    assert.equal(await items.count(), 0);
  });

  it('ran without page errors or failed requests', () => {
    const unexpected = problems.filter((p) => !/net::ERR_ABORTED/.test(p));
    assert.deepEqual(unexpected, []);
  });
});
