// Documents never asked for twice (Nghị định 45/2020/NĐ-CP): a citizen applies with their identity paper, the desk
// receives it, and when the citizen applies for a second procedure that asks for the same paper they take it from "Kho
// dữ liệu của tôi" without uploading; the desk's case page says where it came from. At 1280 px and 390 px.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { official, signInPage } from './support/accounts.mjs';
import { artifactsDir, launchBrowser, openPage, urlFor } from './support/browser.mjs';
import { attachMandatory, draftOf, waitForStored } from './support/personal-store.mjs';
import { apiCitizen } from './support/tracking.mjs';
import { openCase } from './support/workspace.mjs';

const COPY = 'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc';
const CORRECTION = 'Chỉnh sửa nội dung văn bằng, chứng chỉ';
const IDENTITY = 'Căn cước / căn cước công dân hoặc hộ chiếu còn giá trị';
// A request the page itself abandons when it navigates is no problem of the page.
const real = (problems) => problems.filter((p) => !p.includes('net::ERR_ABORTED'));
const PDF = Buffer.from(`%PDF-1.7\n${'0'.repeat(800)}`);

describe('the personal document store', { timeout: 240_000 }, () => {
  let browser;
  let screenshots;
  let citizen;
  let firstCode;
  let secondId;

  async function citizenPage(width) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'vi-VN' });
    context.setDefaultTimeout(20_000);
    const { page, problems } = await openPage(context);
    await page.goto(urlFor('/dang-nhap'), { waitUntil: 'domcontentloaded' });
    await page.getByLabel('Số CCCD, mã số thuế hoặc email').fill(citizen.citizenId);
    await page.getByLabel('Mật khẩu').fill(citizen.password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('my-dossiers-link').waitFor();
    return { context, page, problems };
  }

  before(async () => {
    screenshots = await artifactsDir();
    browser = await launchBrowser();
    citizen = await apiCitizen('Nguyễn Thị Lan');
    const { draft, procedure, formData } = await draftOf(citizen, COPY);
    await attachMandatory(citizen, draft.id, procedure, PDF);
    await citizen.call('POST', `/api/v1/dossiers/${draft.id}/submit`, { data: { formData } });
    const desk = await official('sgd.receptionist');
    try {
      firstCode = (await desk.post(`/api/v1/dossiers/${draft.id}/receive`, { comment: null })).code;
    } finally {
      await desk.dispose();
    }
  });

  after(async () => {
    await citizen?.dispose();
    await browser?.close();
  });

  it('keeps what the desk received, listed with its origin', async () => {
    await waitForStored(citizen, IDENTITY);
    for (const width of [1280, 390]) {
      const { context, page, problems } = await citizenPage(width);
      await page.goto(urlFor('/ho-so'), { waitUntil: 'domcontentloaded' });
      await page.getByRole('link', { name: 'Kho dữ liệu của tôi' }).click();
      await page.getByRole('heading', { level: 1, name: 'Kho dữ liệu của tôi' }).waitFor();
      const entry = page
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { name: IDENTITY }) });
      await entry.getByText(`Đã được tiếp nhận với hồ sơ ${firstCode}`).waitFor();
      assert.equal(
        await entry.getByRole('button', { name: /^Sửa/ }).count(),
        0,
        'what the desk accepted is not edited',
      );
      await page.screenshot({
        path: path.join(screenshots, `personal-store-list-${width}.png`),
        fullPage: true,
      });
      assert.deepEqual(real(problems), []);
      await context.close();
    }
  });

  it('reuses it for a second procedure without uploading, and the desk sees where it came from', async () => {
    const { draft, procedure, formData } = await draftOf(citizen, CORRECTION);
    secondId = draft.id;
    const { context, page, problems } = await citizenPage(390);
    await page.goto(urlFor(`/ho-so/${secondId}/soan`), { waitUntil: 'domcontentloaded' });
    const slot = page
      .getByTestId('document')
      .filter({ has: page.getByRole('heading', { name: IDENTITY }) });
    const choice = slot.getByLabel(/Hoặc lấy từ kho dữ liệu của tôi/);
    assert.match(await choice.locator('option:checked').innerText(), /phù hợp/);
    await slot.getByRole('button', { name: /^Dùng giấy tờ này/ }).click();
    await slot.getByText('giay-to.pdf', { exact: true }).waitFor();
    await slot.scrollIntoViewIfNeeded();
    await page.screenshot({
      path: path.join(screenshots, 'personal-store-apply-390.png'),
      fullPage: true,
    });
    assert.deepEqual(real(problems), []);
    await context.close();

    await attachMandatory(citizen, secondId, procedure, PDF, [IDENTITY]);
    await citizen.call('POST', `/api/v1/dossiers/${secondId}/submit`, { data: { formData } });

    for (const width of [1280, 390]) {
      const desk = await signInPage(browser, 'sgd.receptionist', 'workspace-link', width);
      await openCase(desk.page, secondId);
      const documents = desk.page.getByTestId('case-documents');
      await documents
        .getByText(`Lấy từ kho dữ liệu cá nhân — đã được tiếp nhận với hồ sơ ${firstCode}`)
        .waitFor();
      await documents.scrollIntoViewIfNeeded();
      await desk.page.screenshot({
        path: path.join(screenshots, `personal-store-desk-${width}.png`),
        fullPage: true,
      });
      assert.deepEqual(real(desk.problems), []);
      await desk.context.close();
    }
  });
});
