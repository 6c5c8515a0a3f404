// Feedback and petitions (phản ánh, kiến nghị), in Chromium against the real API and PostgreSQL: a visitor sends one
// about a procedure from its catalogue page, the Department's leader answers it in the workspace, and the visitor tracks
// it by code and reads the answer, which was also mailed to them. Desktop and 390 px screenshots of each page.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { signInPage } from './support/accounts.mjs';
import { artifactsDir, baseUrl, launchBrowser, openPage, urlFor } from './support/browser.mjs';
import { waitForMail } from './support/mailbox.mjs';

const TIMEOUT = 20_000;
const CONTENT =
  'Thành phần hồ sơ công bố trên cổng khác với yêu cầu của bộ phận một cửa, đề nghị kiểm tra.';
const ANSWER = 'Sở đã cập nhật thành phần hồ sơ trên Cổng theo đúng danh mục công bố.';
baseUrl();

describe('feedback: sent, answered, tracked', { timeout: 300_000 }, () => {
  let browser;
  let screenshots;
  let code;

  const shot = async (page, name) => {
    await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(screenshots, `${name}-390.png`), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  };

  before(async () => {
    screenshots = await artifactsDir();
    browser = await launchBrowser();
  });

  after(async () => browser?.close());

  it('a visitor sends feedback about a procedure from its page', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'vi-VN',
    });
    context.setDefaultTimeout(TIMEOUT);
    const { page } = await openPage(context);
    const procedures = await (
      await page.request.get(urlFor('/api/v1/procedures?level=province&pageSize=5'))
    ).json();
    await page.goto(urlFor(`/thu-tuc/${procedures.items[0].id}`), {
      waitUntil: 'domcontentloaded',
    });
    await page.getByRole('link', { name: 'Gửi phản ánh, kiến nghị' }).click();
    await page.getByRole('heading', { name: 'Gửi phản ánh, kiến nghị' }).waitFor();
    await page.getByLabel('Cơ quan tiếp nhận').selectOption({ index: 1 });
    await page.getByLabel('Họ và tên').fill('Lê Văn Cường');
    await page.getByLabel('E-mail').fill('cuong.le@example.vn');
    await page.getByLabel('Nội dung phản ánh, kiến nghị').fill(CONTENT);
    await shot(page, 'complaint-form');
    await page.getByRole('button', { name: 'Gửi phản ánh, kiến nghị' }).click();
    await page.getByRole('heading', { name: 'Đã gửi phản ánh, kiến nghị' }).waitFor();
    code = (await page.locator('strong', { hasText: 'PAKN-' }).textContent()).trim();
    assert.match(code, /^PAKN-[0-9A-Z]{10}$/);
    await page.getByText('Tiếp theo: cơ quan xem xét').waitFor();
    await shot(page, 'complaint-sent');
    await context.close();
  });

  it("the Department's leader answers it in the workspace", async () => {
    const { context, page } = await signInPage(browser, 'sgd.leader', 'workspace-link', 1280);
    await page.goto(urlFor('/can-bo/phan-anh'), { waitUntil: 'domcontentloaded' });
    const card = page.getByRole('region', { name: code });
    await card.getByText(CONTENT).waitFor();
    await card.getByText('cuong.le@example.vn').waitFor();
    await shot(page, 'complaint-desk');
    await card.getByLabel('Nội dung trả lời hoặc lý do không thuộc phạm vi').fill(ANSWER);
    await card.getByRole('button', { name: 'Gửi trả lời' }).click();
    await card.getByText('Đã trả lời').waitFor();
    await shot(page, 'complaint-answered');
    await context.close();
  });

  it('the visitor tracks it by code and reads the answer', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'vi-VN',
    });
    context.setDefaultTimeout(TIMEOUT);
    const { page } = await openPage(context);
    await page.goto(urlFor('/phan-anh/tra-cuu'), { waitUntil: 'domcontentloaded' });
    await page.getByLabel('Mã tra cứu').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await page.getByText(ANSWER).waitFor();
    assert.equal(
      await page.getByText('cuong.le@example.vn').count(),
      0,
      'tracking shows no contact',
    );
    await shot(page, 'complaint-tracked');
    const mail = await waitForMail('cuong.le@example.vn', (m) => m.text.includes(ANSWER));
    assert.ok(
      mail.text.includes(`/phan-anh/tra-cuu?code=${code}`),
      'the mail links to the tracking page',
    );
    await context.close();
  });
});
