// Officials' results, the leaders' dashboard and the audit viewer, in the browser against the real API:
// 1. the specialist records the data the copy of a diploma prints (fields from the result template), the server refuses a
//    bad value by name, the generated copy is verifiable at /xac-minh; an uploaded result is verifiable there as well;
// 2. the leader's dashboard counts today's dossiers without waiting for the nightly rebuild, says as of when, and its
//    Excel export has the screen's table with the same figures;
// 3. the audit viewer names actions and entity types in words and picks a user by name.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { seriousA11yViolations } from './support/a11y.mjs';
import { official } from './support/accounts.mjs';
import { artifactsDir, baseUrl, launchBrowser, openPage, urlFor } from './support/browser.mjs';
import { publishFullyOnline } from './support/catalogue.mjs';
import { dossierOf, sheetRows, signIn, switchLanguage } from './support/results.mjs';

baseUrl();

const COPY_OF_DIPLOMA = 'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc';
const CORRECTION = 'Chỉnh sửa nội dung văn bằng, chứng chỉ';
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(2000)]);
const REGISTER = {
  'Ngày sinh': '2005-09-02',
  'Nơi sinh': 'Hà Nội',
  'Học sinh trường': 'Trường THPT Chu Văn An',
  'Năm tốt nghiệp': '2023',
  'Xếp loại tốt nghiệp': 'Khá',
  'Số hiệu văn bằng': 'B0123456',
  'Số vào sổ gốc cấp văn bằng': 'TN2023/1587',
  'Quyết định công nhận tốt nghiệp (số, ngày)': 'Quyết định số 1234/QĐ-SGDĐT ngày 20/7/2023',
  'Số vào sổ cấp bản sao': 'BS-2026/0042',
};

/** Page problems apart from requests a navigation or a language switch aborted and `expected` ones. */
function unexpected(problems, expected = []) {
  return problems.filter(
    (p) => !p.includes('net::ERR_ABORTED') && !expected.some((e) => e.test(p)),
  );
}

async function assertAccessible(page, where) {
  const violations = await seriousA11yViolations(page);
  assert.deepEqual(violations, [], `axe found on ${where}:\n${violations.join('\n')}`);
}

describe('officials: result data, live dashboard, audit in words', { timeout: 420_000 }, () => {
  let browser;
  let screenshots;
  let admin;
  let desk;
  let leader;
  let specialist;
  let copyId;
  let uploadedId;

  before(async () => {
    screenshots = await artifactsDir();
    browser = await launchBrowser();
    admin = await official('sysadmin');
    desk = await official('sgd.receptionist');
    leader = await official('sgd.leader');
    specialist = await official('sgd.specialist');
    for (const name of [COPY_OF_DIPLOMA, CORRECTION]) {
      const found = await admin.get(
        `/api/v1/procedures?q=${encodeURIComponent(name)}&level=province&pageSize=20`,
      );
      await publishFullyOnline(admin, found.items.find((p) => p.name === name).id);
    }
    copyId = await dossierOf(COPY_OF_DIPLOMA, PDF, { holderName: 'Trần Thị Hồng Nhung' });
    uploadedId = await dossierOf(CORRECTION, PDF);
    for (const id of [copyId, uploadedId]) {
      await desk.post(`/api/v1/dossiers/${id}/receive`, {
        comment: 'Đủ hồ sơ',
        commentAudience: 'Internal',
      });
      await leader.post(`/api/v1/dossiers/${id}/assign`, { assigneeId: specialist.userId });
    }
  });

  after(async () => {
    for (const client of [admin, desk, leader, specialist]) await client?.dispose();
    await browser?.close();
  });

  it('the specialist records the copy of a diploma’s register entries; a bad year is refused by name; the copy verifies', async () => {
    const { context, page, problems } = await signIn(browser, openPage, 'sgd.specialist', 1280);
    try {
      await page.goto(urlFor(`/can-bo/ho-so/${copyId}`), { waitUntil: 'domcontentloaded' });
      const form = page.getByRole('region', { name: 'Dữ liệu in trên kết quả' });
      await form.waitFor();
      assert.equal(
        await form.getByLabel('Họ và tên người được cấp văn bằng').inputValue(),
        'Trần Thị Hồng Nhung',
      );
      await page.screenshot({
        path: path.join(screenshots, 'result-data-1280-vi.png'),
        fullPage: true,
      });

      // A year in the future: the server names the field, the page shows it there and moves the focus to it.
      await form.getByLabel('Năm tốt nghiệp').fill('2999');
      await form.getByLabel('Số hiệu văn bằng').fill('B0123456');
      await form.getByRole('button', { name: 'Lưu dữ liệu kết quả' }).click();
      await form.getByText('Vui lòng sửa các trường được đánh dấu.').waitFor();
      await form.getByText(/Nhập số nguyên từ 1950 đến \d{4}\./).waitFor();
      assert.equal(await form.getByLabel('Năm tốt nghiệp').getAttribute('aria-invalid'), 'true');
      await page.screenshot({
        path: path.join(screenshots, 'result-data-error-1280-vi.png'),
        fullPage: true,
      });

      for (const [label, value] of Object.entries(REGISTER))
        await form.getByLabel(label).fill(value);
      await form.getByLabel('Giới tính').selectOption({ label: 'Nữ' });
      await form.getByRole('button', { name: 'Lưu dữ liệu kết quả' }).click();
      await form.getByText('Đã lưu dữ liệu kết quả.').waitFor();
      await assertAccessible(page, 'the result data form');
      await page.screenshot({
        path: path.join(screenshots, 'result-data-saved-1280-vi.png'),
        fullPage: true,
      });

      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({
        path: path.join(screenshots, 'result-data-390-vi.png'),
        fullPage: true,
      });
      await form.screenshot({ path: path.join(screenshots, 'result-data-form-390-vi.png') });
      await switchLanguage(page, 'en');
      await page
        .getByRole('region', { name: 'Data printed on the result' })
        .getByLabel('Diploma serial number')
        .waitFor();
      await assertAccessible(page, 'the result data form in English');
      await page.screenshot({
        path: path.join(screenshots, 'result-data-390-en.png'),
        fullPage: true,
      });
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.screenshot({
        path: path.join(screenshots, 'result-data-1280-en.png'),
        fullPage: true,
      });
      // The one refusal was the year in the future, on purpose.
      assert.deepEqual(unexpected(problems, [/status of 400/]), []);
    } finally {
      await context.close();
    }

    // The leader generates the copy from those data, approves; the desk returns it online; anyone verifies it.
    await specialist.post(`/api/v1/dossiers/${copyId}/submit-for-approval`, {
      comment: 'Đã đối chiếu sổ gốc',
      commentAudience: 'Internal',
    });
    const result = await leader.post(`/api/v1/dossiers/${copyId}/result/generate`, {}, 201);
    await leader.post(`/api/v1/dossiers/${copyId}/approve`, {
      comment: 'Đồng ý',
      commentAudience: 'Internal',
    });
    await desk.post(`/api/v1/dossiers/${copyId}/return-result`, { channel: 'Online' });
    const visitor = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'vi-VN',
    });
    try {
      const { page } = await openPage(visitor);
      await page.goto(urlFor(`/xac-minh/${result.verificationCode}`), {
        waitUntil: 'domcontentloaded',
      });
      await page.getByText('Kết quả hợp lệ, do cơ quan có thẩm quyền cấp.').waitFor();
      await page.getByText('Bản sao văn bằng, chứng chỉ từ sổ gốc', { exact: true }).waitFor();
      await page.screenshot({
        path: path.join(screenshots, 'result-generated-verified-1280-vi.png'),
        fullPage: true,
      });
    } finally {
      await visitor.close();
    }
  });

  it('a result the leader uploads gets its code and hash, and /xac-minh verifies it once returned', async () => {
    await specialist.post(`/api/v1/dossiers/${uploadedId}/submit-for-approval`, {
      comment: 'Dự thảo',
      commentAudience: 'Internal',
    });
    const { context, page } = await signIn(browser, openPage, 'sgd.leader', 1280);
    try {
      await page.goto(urlFor(`/can-bo/ho-so/${uploadedId}`), { waitUntil: 'domcontentloaded' });
      await page.getByRole('button', { name: 'Phát hành kết quả điện tử' }).click();
      await page
        .getByLabel('Tệp kết quả (PDF)')
        .setInputFiles({ name: 'quyet-dinh.pdf', mimeType: 'application/pdf', buffer: PDF });
      await page.getByRole('button', { name: 'Xác nhận' }).click();
      await page.getByText(/Đã thực hiện/).waitFor();
      // No template: nothing to record for this procedure.
      assert.equal(await page.getByRole('region', { name: 'Dữ liệu in trên kết quả' }).count(), 0);
      await page.screenshot({
        path: path.join(screenshots, 'result-uploaded-1280-vi.png'),
        fullPage: true,
      });
    } finally {
      await context.close();
    }
    await leader.post(`/api/v1/dossiers/${uploadedId}/approve`, {
      comment: 'Đồng ý',
      commentAudience: 'Internal',
    });
    await desk.post(`/api/v1/dossiers/${uploadedId}/return-result`, { channel: 'Online' });

    // The code the upload got, as the audit trail recorded the new result row.
    const trail = await admin.get('/api/v1/admin/audit?entityType=ResultDocument&pageSize=20');
    const added = trail.items.find(
      (r) => r.changeKind === 'Added' && JSON.stringify(r.after).includes(uploadedId),
    );
    assert.ok(added, 'the audit trail recorded the uploaded result');
    const raw = added.after.verification_code;
    assert.match(raw, /^[2-9A-HJKMNP-TV-Z]{12}$/);
    assert.equal(added.after.origin, 'Uploaded');
    const code = `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;

    const visitor = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'vi-VN',
    });
    try {
      const { page } = await openPage(visitor);
      await page.goto(urlFor(`/xac-minh/${code}`), { waitUntil: 'domcontentloaded' });
      await page.getByText('Kết quả hợp lệ, do cơ quan có thẩm quyền cấp.').waitFor();
      await assertAccessible(page, 'the verification of an uploaded result');
      await page.screenshot({
        path: path.join(screenshots, 'result-uploaded-verified-390-vi.png'),
        fullPage: true,
      });
    } finally {
      await visitor.close();
    }
  });

  it("the leader's dashboard counts today's dossiers live, says as of when, and the Excel export has the screen's table", async () => {
    const { context, page } = await signIn(browser, openPage, 'sgd.leader', 1280);
    try {
      await page.goto(urlFor('/can-bo/thong-ke'), { waitUntil: 'domcontentloaded' });
      await page
        .getByText(/Số liệu tính đến/)
        .waitFor()
        .catch(async (error) => {
          await page.screenshot({
            path: path.join(screenshots, 'dashboard-failed.png'),
            fullPage: true,
          });
          throw error;
        });
      const received = Number(
        (
          await page
            .locator('dt', { hasText: 'Hồ sơ tiếp nhận' })
            .locator('xpath=following-sibling::dd[1]')
            .textContent()
        )?.trim(),
      );
      assert.ok(
        received >= 2,
        `this suite's two dossiers were received today and count at once (saw ${received})`,
      );
      await assertAccessible(page, 'the dashboard');
      await page.screenshot({
        path: path.join(screenshots, 'dashboard-1280-vi.png'),
        fullPage: true,
      });

      // The procedure table on the screen against the workbook's sheet of the same table.
      const table = page.getByRole('region', { name: 'Theo thủ tục' }).getByRole('table');
      const headings = (await table.locator('thead th').allTextContents()).map((t) => t.trim());
      const screenRows = await table
        .locator('tbody tr')
        .evaluateAll((rows) =>
          rows.map((row) =>
            [...row.querySelectorAll('th, td')].map((cell) => cell.textContent.trim()),
          ),
        );
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Xuất Excel (mẫu Thông tư 01/2018)' }).click(),
      ]);
      const file = path.join(screenshots, 'dashboard-export.xlsx');
      await download.saveAs(file);
      const sheet = sheetRows(file, 'Theo thu tuc');
      const excelHeadings = sheet.find((r) => r.index === 4).cells;
      assert.deepEqual(
        excelHeadings.map((h) => h.replace(' (%)', '')),
        headings,
      );
      const excelRows = sheet.filter((r) => r.index > 4).map((r) => r.cells);
      const asScreen = (cell, i) =>
        (i === 2 || i === 4 || i === 6) && cell !== '—' ? `${cell.replace('.', ',')} %` : cell;
      assert.deepEqual(
        excelRows.map((row) => row.map(asScreen)),
        screenRows,
      );

      await switchLanguage(page, 'en');
      await page.getByText(/Figures as of/).waitFor();
      await page.screenshot({
        path: path.join(screenshots, 'dashboard-1280-en.png'),
        fullPage: true,
      });
      await page.setViewportSize({ width: 390, height: 844 });
      await assertAccessible(page, 'the dashboard in English at 390 px');
      await page.screenshot({
        path: path.join(screenshots, 'dashboard-390-en.png'),
        fullPage: true,
      });
      await switchLanguage(page, 'vi');
      await page.screenshot({
        path: path.join(screenshots, 'dashboard-390-vi.png'),
        fullPage: true,
      });
    } finally {
      await context.close();
    }
  });

  it('the audit viewer shows actions and entity types in words and picks the user by name', async () => {
    const { context, page, problems } = await signIn(browser, openPage, 'sysadmin', 1280);
    try {
      await page.goto(urlFor('/quan-tri/nhat-ky'), { waitUntil: 'domcontentloaded' });
      await page.getByLabel('Người thực hiện').fill('sgd.spec');
      await page.getByRole('button', { name: /^Chọn .*sgd\.specialist/ }).click();
      await page.getByText(/^Đang lọc theo: .*sgd\.specialist/).waitFor();
      await page.getByLabel('Loại đối tượng').selectOption({ label: 'Hồ sơ' });
      await page.getByRole('button', { name: 'Lọc', exact: true }).click();
      const table = page.getByRole('table');
      await table.getByRole('cell', { name: 'Nhập dữ liệu kết quả' }).first().waitFor();
      const text = (await table.textContent()) ?? '';
      assert.doesNotMatch(text, /RecordResultData|SubmitForApproval|IdempotencyRecord/);
      assert.match(text, /Trình phê duyệt/);
      assert.match(page.url(), /userId=[0-9a-f-]{36}/);
      await assertAccessible(page, 'the audit viewer');
      await page.screenshot({ path: path.join(screenshots, 'audit-1280-vi.png'), fullPage: true });

      await page.reload({ waitUntil: 'domcontentloaded' });
      await page.getByText(/^Đang lọc theo: .*sgd\.specialist/).waitFor();
      await switchLanguage(page, 'en');
      await page
        .getByRole('table')
        .getByRole('cell', { name: 'Record the result data' })
        .first()
        .waitFor();
      await page.screenshot({ path: path.join(screenshots, 'audit-1280-en.png'), fullPage: true });
      await page.setViewportSize({ width: 390, height: 844 });
      await assertAccessible(page, 'the audit viewer in English at 390 px');
      await page.screenshot({ path: path.join(screenshots, 'audit-390-en.png'), fullPage: true });
      await page
        .getByRole('search')
        .screenshot({ path: path.join(screenshots, 'audit-filters-390-en.png') });
      await switchLanguage(page, 'vi');
      await page.screenshot({ path: path.join(screenshots, 'audit-390-vi.png'), fullPage: true });
      assert.deepEqual(unexpected(problems), []);
    } finally {
      await context.close();
    }
  });
});
