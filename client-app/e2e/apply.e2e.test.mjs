// End-to-end test of applying online: start from the catalogue, fill the generated form (autosaved), attach the
// documents with the keyboard-reachable file inputs, review, submit once even when clicked twice, and get the
// tracking number (against an already running server, E2E_BASE_URL).
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { seriousA11yViolations } from './support/a11y.mjs';
import { answer, newCitizenId, registerCitizen } from './support/accounts.mjs';
import { artifactsDir, baseUrl, launchBrowser, openPage, urlFor } from './support/browser.mjs';
import { tabTo } from './support/keyboard.mjs';

const TIMEOUT = 20_000;
baseUrl();

const citizenId = newCitizenId();
const password = 'MatKhau2026x';

describe('applying online', { timeout: 180_000 }, () => {
  let browser;
  let page;
  let problems;
  let screenshots;
  let procedure;
  let pdf;
  let tracking;

  before(async () => {
    screenshots = await artifactsDir();
    pdf = path.join(screenshots, 'giay-to.pdf');
    await writeFile(pdf, `%PDF-1.7\n${'0'.repeat(2000)}\n%%EOF\n`);
    browser = await launchBrowser();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'vi-VN',
    });
    context.setDefaultTimeout(TIMEOUT);
    ({ page, problems } = await openPage(context));

    await registerCitizen(page, { citizenId, password });
  });

  after(async () => {
    await browser?.close();
  });

  it('starts from the procedure page: the Department decides, a draft opens', async () => {
    await page.goto(urlFor('/thu-tuc?q=cap%20ban%20sao&level=province'), {
      waitUntil: 'domcontentloaded',
    });
    await page.locator('[data-testid="catalogue-list"] h3 a').first().click();
    await page.getByTestId('apply-online').click();
    await page.waitForURL(/\/nop-ho-so\//);
    procedure = await (
      await page.request.get(urlFor(`/api/v1/procedures/${page.url().split('/').pop()}`))
    ).json();

    await page.getByTestId('apply-start').click();
    await page.waitForURL(/\/ho-so\/[0-9a-f-]+\/soan$/);
    await page.locator('#apply-form-heading').waitFor();
  });

  it("checks the form and the documents at once, with the API validator's words", async () => {
    await page.getByTestId('apply-continue').click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    const text = (await summary.textContent()) ?? '';
    const required = procedure.form.filter((f) => f.required);
    assert.ok(required.length > 0);
    for (const field of required) {
      assert.ok(
        text.includes(`${field.label}: Trường này là bắt buộc.`),
        `summary names ${field.label}`,
      );
    }
    for (const document of procedure.documents.filter((d) => d.mandatory)) {
      assert.ok(
        text.includes(`Chưa đính kèm: ${document.name}.`),
        `summary names ${document.name}`,
      );
    }
    const violations = await seriousA11yViolations(page);
    assert.deepEqual(violations, [], `axe found:\n${violations.join('\n')}`);
  });

  it('autosaves the answers: a reload brings them back', async () => {
    for (const field of procedure.form) {
      const input = page.locator(`#field-${field.key}`);
      if (field.type === 'File') {
        await input.setInputFiles(pdf); // a File field is an upload, as the documents are
      } else if (field.type === 'Select') {
        await input.selectOption(answer(field, citizenId));
      } else {
        await input.fill(answer(field, citizenId));
      }
    }
    await page.getByTestId('save-status').filter({ hasText: 'Đã lưu nháp lúc' }).waitFor();

    await page.reload({ waitUntil: 'domcontentloaded' });
    const first = procedure.form[0];
    await page.locator(`#field-${first.key}`).waitFor();
    assert.equal(await page.locator(`#field-${first.key}`).inputValue(), answer(first, citizenId));
  });

  it('attaches a file to each mandatory document, then reviews and submits once even when clicked twice', async () => {
    const documents = procedure.documents;
    for (const [index, document] of documents.entries()) {
      if (!document.mandatory) continue;
      await page.locator(`#document-${index}`).setInputFiles(pdf);
    }
    for (const [index, document] of documents.entries()) {
      if (!document.mandatory) continue;
      await page.getByTestId('document').nth(index).getByTestId('attached-file').first().waitFor();
    }
    await page.screenshot({ path: path.join(screenshots, 'apply-draft.png'), fullPage: true });
    await page.getByTestId('apply-continue').click();
    await page.waitForURL(/\/xem-lai$/);
    assert.match((await page.getByTestId('review-values').textContent()) ?? '', /Nguyễn Văn Đức/);
    const violations = await seriousA11yViolations(page);
    assert.deepEqual(violations, [], `axe found:\n${violations.join('\n')}`);

    const submit = page.getByTestId('apply-submit');
    await submit.dblclick();
    await page.waitForURL(/\/da-nop$/);
    tracking = (await page.getByTestId('tracking-number').textContent())?.trim();
    assert.match(tracking ?? '', /^[0-9A-Z]{10}$/);
    await page.screenshot({ path: path.join(screenshots, 'apply-done.png'), fullPage: true });
  });

  it('follows the dossier: its page shows the status and the timeline, and "my applications" lists it once', async () => {
    await page.getByTestId('open-dossier').click();
    await page.getByTestId('dossier-status').waitFor();
    assert.equal(
      (await page.getByTestId('dossier-status').textContent())?.trim(),
      'Đã nộp, chờ tiếp nhận',
    );
    assert.match((await page.getByTestId('timeline').textContent()) ?? '', /Nộp hồ sơ trực tuyến/);
    let violations = await seriousA11yViolations(page);
    assert.deepEqual(violations, [], `axe found:\n${violations.join('\n')}`);

    await page.getByTestId('my-dossiers-link').click();
    await page.getByTestId('mine-list').waitFor();
    const statuses = await page.getByTestId('mine-status').allTextContents();
    assert.deepEqual(
      statuses.map((s) => s.trim()),
      ['Đã nộp, chờ tiếp nhận'],
      'one dossier, submitted once',
    );
    violations = await seriousA11yViolations(page);
    assert.deepEqual(violations, [], `axe found:\n${violations.join('\n')}`);
    await page.screenshot({ path: path.join(screenshots, 'my-dossiers.png'), fullPage: true });
  });

  it('is found by the public tracking with the tracking number and the citizen ID, without signing in', async () => {
    const anonymous = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'vi-VN',
    });
    try {
      anonymous.setDefaultTimeout(TIMEOUT);
      const visitor = await anonymous.newPage();
      await visitor.goto(urlFor('/tra-cuu'), { waitUntil: 'domcontentloaded' });
      await visitor.getByLabel('Mã hồ sơ hoặc số theo dõi').fill(tracking);
      await visitor.getByLabel('Số định danh cá nhân (CCCD)').fill('001208000000');
      await visitor.getByTestId('tracking-submit').click();
      await visitor.getByTestId('tracking-not-found').waitFor();

      await visitor.getByLabel('Số định danh cá nhân (CCCD)').fill(citizenId);
      await visitor.getByTestId('tracking-submit').click();
      await visitor.getByTestId('tracking-result').waitFor();
      assert.equal(
        (await visitor.getByTestId('tracking-status').textContent())?.trim(),
        'Đã nộp, chờ tiếp nhận',
      );
      const violations = await seriousA11yViolations(visitor);
      assert.deepEqual(violations, [], `axe found:\n${violations.join('\n')}`);
      await visitor.screenshot({ path: path.join(screenshots, 'tracking.png'), fullPage: true });
    } finally {
      await anonymous.close();
    }
  });

  it('can be done with the keyboard alone: from the procedure page to the confirmation', async () => {
    await page.goto(urlFor(`/thu-tuc/${procedure.id}`), { waitUntil: 'domcontentloaded' });
    await tabTo(page, '[data-testid="apply-online"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/nop-ho-so\//);
    await tabTo(page, '[data-testid="apply-start"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ho-so\/[0-9a-f-]+\/soan$/);

    for (const field of procedure.form.filter((f) => f.required)) {
      await tabTo(page, `#field-${field.key}`);
      if (field.type === 'Select') {
        await page.keyboard.press('ArrowDown'); // the first real option, after "choose"
      } else if (field.type === 'Date') {
        await page.keyboard.type('05052008'); // the same day whether the browser shows dd/mm or mm/dd
      } else {
        await page.keyboard.type(answer(field, citizenId));
      }
    }
    for (const [index, document] of procedure.documents.entries()) {
      if (!document.mandatory) continue;
      await tabTo(page, `#document-${index}`);
      const chooser = page.waitForEvent('filechooser');
      await page.keyboard.press('Space');
      await (await chooser).setFiles(pdf);
      await page.getByTestId('document').nth(index).getByTestId('attached-file').first().waitFor();
    }
    await tabTo(page, '[data-testid="apply-continue"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/xem-lai$/);
    await tabTo(page, '[data-testid="apply-submit"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/da-nop$/);
    assert.match(
      (await page.getByTestId('tracking-number').textContent()) ?? '',
      /^\s*[0-9A-Z]{10}\s*$/,
    );
  });

  it('ran without page errors or failed requests', () => {
    const unexpected = problems.filter((p) => !/net::ERR_ABORTED/.test(p));
    assert.deepEqual(unexpected, []);
  });
});
