// The citizen's "apply online" journey as new users tried it, driven by what they see (labels, roles, text):
//  1. a form field of type File is an upload (the same picker as the documents), in the citizen's form and in the
//     administrator's preview of it (the same component);
//  7. the ward that decides is found by typing its own name, accents optional, in a list sorted by that name, and the
//     ward of the applicant's address is proposed as a suggestion;
//  8. the review and confirmation pages show the receiving agency and the fee, dates read dd/MM/yyyy in both languages,
//     a document's "not attached yet" error goes once its file is uploaded, and the next step is always on the page
//     (pay the fee online first, when one is due before reception).
// The catalogue in force charges no fee, so the paid procedure (Thông tư 164/2016/TT-BTC's fee for verifying the papers
// of a foreign diploma) is published through the administration API (support/apply-journey.mjs).
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { seriousA11yViolations } from './support/a11y.mjs';
import { newCitizenId, official, registerCitizen, signInPage } from './support/accounts.mjs';
import { DIPLOMA_COPY, publishPayableWithFile } from './support/apply-journey.mjs';
import { artifactsDir, baseUrl, launchBrowser, openPage, urlFor } from './support/browser.mjs';

const TIMEOUT = 20_000;
const PAID = 'Công nhận văn bằng do cơ sở giáo dục nước ngoài cấp (thử nghiệm nộp hồ sơ)';
const TRANSFER = 'Chuyển trường đối với học sinh trung học cơ sở';
const SCHOOL_RECORD = 'Học bạ, giấy giới thiệu chuyển trường và giấy tờ khác';
const ADDRESS = 'Số 1 Tràng Tiền, phường Hoàn Kiếm, Hà Nội';
baseUrl();

const citizenId = newCitizenId();

async function expectAccessible(page) {
  const violations = await seriousA11yViolations(page);
  assert.deepEqual(violations, [], `axe found:\n${violations.join('\n')}`);
}

describe('the apply-online journey', { timeout: 300_000 }, () => {
  let browser;
  let context;
  let page;
  let problems;
  let screenshots;
  let paidId;
  let transferId;
  const files = {};

  const shot = (name) =>
    page.screenshot({ path: path.join(screenshots, `apply-journey-${name}.png`), fullPage: true });
  const language = async (name) => {
    await page.getByRole('button', { name }).click();
    await page.locator(`html[lang="${name === 'English' ? 'en' : 'vi'}"]`).waitFor();
  };

  before(async () => {
    screenshots = await artifactsDir();
    for (const [key, name, size] of [
      ['application', 'don-de-nghi.pdf', 2500],
      ['diploma', 'van-bang.pdf', 3000],
      ['diploma2', 'van-bang-ban-moi.pdf', 4000],
      ['record', 'hoc-ba.pdf', 1500],
    ]) {
      files[key] = path.join(screenshots, name);
      await writeFile(files[key], `%PDF-1.7\n${'3'.repeat(size)}\n%%EOF\n`);
    }
    const admin = await official('sysadmin');
    try {
      paidId = await publishPayableWithFile(admin, PAID);
    } finally {
      await admin.dispose();
    }
    const search = await fetch(
      urlFor(`/api/v1/procedures?q=${encodeURIComponent(TRANSFER)}&level=commune&pageSize=20`),
    );
    transferId = (await search.json()).items.find((p) => p.name === TRANSFER)?.id;
    assert.ok(transferId, 'the commune-level school transfer is in the catalogue');

    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    context.setDefaultTimeout(TIMEOUT);
    ({ page, problems } = await openPage(context));
    await registerCitizen(page, { citizenId, password: 'MatKhau2026x' });
  });

  after(async () => {
    await browser?.close();
  });

  it('1 and 8: a File field is an upload; the "not attached yet" errors go once the files are uploaded', async () => {
    await page.goto(urlFor(`/thu-tuc/${paidId}`), { waitUntil: 'domcontentloaded' });
    await page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).click();
    await page.getByRole('button', { name: 'Bắt đầu' }).click();
    await page.waitForURL(/\/ho-so\/[0-9a-f-]+\/soan$/);

    const upload = page.getByLabel(DIPLOMA_COPY.label);
    assert.equal(await upload.getAttribute('type'), 'file', 'the File field is a file picker, not a text box');
    await page.getByLabel('Họ và tên').fill('Nguyễn Văn Đức');
    await page.getByLabel('Ngày sinh').fill('1990-05-12');
    await page.getByLabel('Nơi cư trú').fill(ADDRESS);
    await page.getByLabel('Số văn bằng cần công nhận').fill('2');

    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Có lỗi cần sửa' });
    await summary.waitFor();
    assert.match((await summary.textContent()) ?? '', /Bản sao văn bằng cần công nhận: Trường này là bắt buộc\./);
    assert.match((await summary.textContent()) ?? '', /Chưa đính kèm: Đơn đề nghị công nhận văn bằng\./);
    await expectAccessible(page);
    await shot('1-draft-errors-1280');

    // The document's upload clears its "Chưa đính kèm" error at once (item 8).
    await page.getByLabel('Chọn tệp: Đơn đề nghị công nhận văn bằng').setInputFiles(files.application);
    await page.getByText('don-de-nghi.pdf').waitFor();
    await page.getByText('Chưa đính kèm: Đơn đề nghị công nhận văn bằng.').first().waitFor({ state: 'detached' });

    // The File field: upload, name and size shown, then replaced by another file.
    await upload.setInputFiles(files.diploma);
    await page.getByText(/van-bang\.pdf\s*\(\d[\d,.]* KB\)/).waitFor();
    await page.getByLabel(`Thay bằng tệp khác: ${DIPLOMA_COPY.label}`).setInputFiles(files.diploma2);
    await page.getByText('van-bang-ban-moi.pdf').waitFor();
    await page.getByText('van-bang.pdf', { exact: true }).waitFor({ state: 'detached' });
    await page.getByText(/Đã lưu nháp lúc/).waitFor();
    await expectAccessible(page);
    await shot('1-draft-uploaded-1280');

    await page.setViewportSize({ width: 390, height: 844 });
    await shot('1-draft-uploaded-390');
    await language('English');
    await page.getByText('Replace with another file').waitFor();
    await expectAccessible(page);
    await shot('1-draft-uploaded-390-en');
    await language('Tiếng Việt');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('8: the review shows the receiving agency, the fee and the date as dd/MM/yyyy, in both languages', async () => {
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.waitForURL(/\/xem-lai$/);
    const row = (term) => page.locator('.facts__row').filter({ has: page.getByText(term, { exact: true }) });
    await row('Cơ quan tiếp nhận').getByText('Sở Giáo dục và Đào tạo Hà Nội').waitFor();
    assert.match(
      (await row('Phí, lệ phí phải nộp').textContent()) ?? '',
      /500\.000\s?₫, nộp trực tuyến sau khi nộp hồ sơ và trước khi hồ sơ được tiếp nhận/,
    );
    assert.match((await row('Ngày sinh').textContent()) ?? '', /12\/05\/1990/);
    assert.match((await row(DIPLOMA_COPY.label).textContent()) ?? '', /van-bang-ban-moi\.pdf \(/);
    await expectAccessible(page);
    await shot('8-review-1280');

    await language('English');
    await row('Receiving agency').getByText('Hanoi Department of Education and Training').waitFor();
    assert.match((await row('Date of birth').textContent()) ?? '', /12\/05\/1990/);
    assert.match((await row('Fees to pay').textContent()) ?? '', /₫\s?500,000, paid online/);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page);
    await shot('8-review-390-en');
    await language('Tiếng Việt');
    await shot('8-review-390');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('8: the confirmation says the fee is due and how to pay it, with the tracking number', async () => {
    await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await page.waitForURL(/\/da-nop$/);
    await page.getByRole('heading', { name: 'Đã nộp hồ sơ thành công' }).waitFor();
    const next = page.getByRole('region', { name: 'Bước tiếp theo' });
    assert.match(
      (await next.textContent()) ?? '',
      /Nộp lệ phí trực tuyến trước khi hồ sơ được tiếp nhận: 500\.000\s?₫/,
    );
    await next.getByRole('link', { name: 'Nộp lệ phí trực tuyến' }).waitFor();
    assert.match((await page.getByText('Số theo dõi hồ sơ của bạn:').locator('xpath=following-sibling::p[1]').textContent()) ?? '', /^\s*[0-9A-Z]{10}\s*$/);
    await page.locator('.facts__row').filter({ hasText: 'Cơ quan tiếp nhận' }).getByText('Sở Giáo dục và Đào tạo Hà Nội').waitFor();
    assert.match(
      (await page.locator('.facts__row').filter({ hasText: 'Ngày nộp' }).textContent()) ?? '',
      /\d{2}\/\d{2}\/\d{4}/,
    );
    await expectAccessible(page);
    await shot('8-done-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot('8-done-390');
    await language('English');
    await page.getByText(/Pay the fee online before the application is received: ₫\s?500,000/).waitFor();
    await expectAccessible(page);
    await shot('8-done-390-en');
    await language('Tiếng Việt');
    await page.setViewportSize({ width: 1280, height: 900 });

    await next.getByRole('link', { name: 'Nộp lệ phí trực tuyến' }).click();
    await page.getByRole('button', { name: 'Thanh toán trực tuyến' }).waitFor();
  });

  it('7: the ward of the address is proposed; typing without accents finds a ward; the list is sorted by its own name', async () => {
    await page.goto(urlFor(`/thu-tuc/${transferId}`), { waitUntil: 'domcontentloaded' });
    await page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).click();
    const ward = page.getByRole('combobox', { name: 'Phường, xã giải quyết hồ sơ' });
    await page.getByText(/Gợi ý theo địa chỉ trong hồ sơ gần nhất của bạn: phường Hoàn Kiếm/).waitFor();
    await page.waitForFunction(
      () => document.querySelector('[role="combobox"]')?.value === 'Hoàn Kiếm (phường)',
    );
    await expectAccessible(page);
    await shot('7-ward-suggested-1280');

    // The whole list, sorted by the ward's own name in Vietnamese order.
    await ward.fill('');
    await ward.press('ArrowDown');
    const list = page.getByRole('listbox', { name: 'Danh sách phường, xã' });
    await list.waitFor();
    const names = (await list.getByRole('option').locator('.combobox__own').allTextContents()).map((n) => n.trim());
    assert.ok(names.length > 100, `${names.length} wards and communes`);
    assert.ok(names.every((n) => !n.startsWith('Ủy ban')), 'the prefix is not what is read first');
    const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
    assert.deepEqual(names, [...names].sort(collator.compare));

    // Typing without accents finds the ward; the keyboard chooses it.
    await ward.fill('ba dinh');
    await list.getByRole('option', { name: /Ba Đình/ }).first().waitFor();
    await expectAccessible(page);
    await shot('7-ward-typed-1280');
    await ward.press('ArrowDown');
    await ward.press('ArrowUp');
    await ward.press('Enter');
    await page.waitForFunction(
      () => document.querySelector('[role="combobox"]')?.value === 'Ba Đình (phường)',
    );
    await list.waitFor({ state: 'hidden' });

    await page.setViewportSize({ width: 390, height: 844 });
    await ward.fill('hoan kiem');
    await list.getByRole('option', { name: /Hoàn Kiếm/ }).first().waitFor();
    await shot('7-ward-typed-390');
    await language('English');
    const wardEn = page.getByRole('combobox', { name: 'Ward or commune deciding the application' });
    await wardEn.fill('hoan kiem');
    await page
      .getByRole('listbox', { name: 'Wards and communes' })
      .getByRole('option', { name: /Hoan Kiem/ })
      .first()
      .waitFor();
    await page.getByText(/Suggested from the address in your latest application: Hoan Kiem Ward/).waitFor();
    await expectAccessible(page);
    await shot('7-ward-typed-390-en');
    await wardEn.press('Enter');
    await language('Tiếng Việt');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('1: the commune-level school transfer asks for the school record as an upload', async () => {
    await page.getByRole('button', { name: 'Bắt đầu' }).click();
    await page.waitForURL(/\/ho-so\/[0-9a-f-]+\/soan$/);
    const record = page.getByLabel(`Chọn tệp: ${SCHOOL_RECORD}`);
    assert.equal(await record.getAttribute('type'), 'file');
    await record.setInputFiles(files.record);
    await page.getByText(/hoc-ba\.pdf\s*\(/).waitFor();
    await page.getByRole('button', { name: /Xóa\s*:\s*hoc-ba\.pdf/ }).waitFor();
    await expectAccessible(page);
    await shot('1-transfer-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot('1-transfer-390');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('1: the administrator’s preview draws the File field with the citizen’s upload', async () => {
    const admin = await signInPage(browser, 'sysadmin', 'admin-link', 1280);
    try {
      const { page: editor } = admin;
      await editor.goto(urlFor(`/quan-tri/thu-tuc/${paidId}`), { waitUntil: 'domcontentloaded' });
      const preview = editor.getByRole('region', { name: 'Xem trước biểu mẫu' });
      const picker = preview.getByLabel(`Chọn tệp: ${DIPLOMA_COPY.label}`);
      await picker.waitFor();
      assert.equal(await picker.getAttribute('type'), 'file');
      assert.ok(await picker.isDisabled(), 'nothing is sent from the preview');
      await preview.getByText('Xem trước: người nộp tải tệp lên tại đây.').waitFor();
      await preview.scrollIntoViewIfNeeded();
      const violations = await seriousA11yViolations(editor);
      assert.deepEqual(violations, [], `axe found:\n${violations.join('\n')}`);
      await editor.screenshot({
        path: path.join(screenshots, 'apply-journey-1-admin-preview-1280.png'),
        fullPage: true,
      });
    } finally {
      await admin.context.close();
    }
  });

  it('ran without page errors', () => {
    assert.deepEqual(
      problems.filter((p) => !p.includes('401') && !p.startsWith('request failed')),
      [],
    );
  });
});
