// Digitising at the desk, in the browser against the real API: the desk enters a paper dossier brought to the counter,
// opens "Số hóa hồ sơ", is told what is missing when it confirms an empty form, then scans each paper with its issuing
// body, number and date until none remains; the dossier then counts as digitised and its record lists the copies.
// Screenshots at 1366 and 390 px; axe on the open panel.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { seriousA11yViolations } from './support/a11y.mjs';
import { answer, official, signInPage } from './support/accounts.mjs';
import { artifactsDir, baseUrl, launchBrowser, urlFor } from './support/browser.mjs';
import { actionsPanel } from './support/official-dossier.mjs';

const COPY_OF_DIPLOMA = 'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc';
const DIGITISE = 'Số hóa hồ sơ';
const scan = (i) => ({
  name: `ban-quet-${i}.pdf`,
  mimeType: 'application/pdf',
  buffer: Buffer.from(`%PDF-1.7\n${String(i).repeat(1500)}\n%%EOF\n`),
});
baseUrl();

describe('digitising a paper dossier at the desk', { timeout: 300_000 }, () => {
  let browser;
  let screenshots;
  let desk;

  const shot = (page, name) =>
    page.screenshot({ path: path.join(screenshots, `digitisation-${name}.png`), fullPage: true });

  before(async () => {
    screenshots = await artifactsDir();
    browser = await launchBrowser();
    desk = await signInPage(browser, 'sgd.receptionist', 'workspace-link');
  });

  after(async () => {
    await desk?.context.close();
    await browser?.close();
  });

  it('the desk receives a walk-in dossier and digitises each of its papers', async () => {
    const { page } = desk;
    await page.goto(urlFor('/can-bo'), { waitUntil: 'domcontentloaded' });
    await page.getByRole('link', { name: 'Tiếp nhận hồ sơ trực tiếp' }).click();
    const select = page.getByLabel('Thủ tục hành chính');
    const option = select.locator('option', { hasText: COPY_OF_DIPLOMA }).first();
    await option.waitFor({ state: 'attached' });
    const procedureId = await option.getAttribute('value');
    await select.selectOption(procedureId);
    const procedure = await (
      await page.request.get(urlFor(`/api/v1/procedures/${procedureId}`))
    ).json();
    await page.locator(`#field-${procedure.form[0].key}`).waitFor();
    const citizenId = '001208066688';
    await page.getByLabel('Họ và tên', { exact: true }).fill('Trần Thị Mai');
    await page.getByLabel('Số định danh cá nhân (CCCD)', { exact: true }).fill(citizenId);
    await page.getByLabel('Số điện thoại', { exact: true }).fill('0987654321');
    for (const field of procedure.form.filter((f) => f.required)) {
      const input = page.locator(`#field-${field.key}`);
      if (field.type === 'Select') await input.selectOption(answer(field, citizenId));
      else await input.fill(answer(field, citizenId));
    }
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }).click();
    await page.waitForURL(/\/can-bo\/ho-so\//);
    const id = page.url().split('/').pop();
    const panel = actionsPanel(page);
    await panel.getByRole('button', { name: DIGITISE, exact: true }).waitFor();

    // Confirming an empty form says what is missing, next to each field.
    await panel.getByRole('button', { name: DIGITISE, exact: true }).click();
    await panel.getByRole('button', { name: 'Xác nhận', exact: true }).click();
    await panel.getByText('Chọn tệp bản quét.').waitFor();
    assert.ok(
      await panel.getByText('chưa số hóa').first().isVisible(),
      'the remaining papers are listed',
    );
    const violations = await seriousA11yViolations(page);
    assert.deepEqual(violations, [], `axe found:\n${violations.join('\n')}`);
    await shot(page, 'missing');

    let digitised = 0;
    while (await panel.getByRole('button', { name: DIGITISE, exact: true }).count()) {
      if (!(await panel.getByLabel('Giấy tờ cần số hóa').count()))
        await panel.getByRole('button', { name: DIGITISE, exact: true }).click();
      const paper = (
        await panel.getByLabel('Giấy tờ cần số hóa').locator('option:checked').textContent()
      ).trim();
      await panel.getByLabel('Bản quét (PDF, JPEG hoặc PNG)').setInputFiles(scan(digitised + 1));
      await panel.getByLabel('Cơ quan ban hành').fill('Công an thành phố Hà Nội');
      await panel.getByLabel('Số, ký hiệu (nếu có)').fill(`0${digitised + 1}/CA`);
      await panel.getByLabel('Ngày ban hành').fill('2025-06-01');
      if (digitised === 0) {
        await page.setViewportSize({ width: 390, height: 900 });
        await shot(page, 'panel-390');
        await panel.screenshot({
          path: path.join(screenshots, 'digitisation-panel-390-close.png'),
        });
        await page.setViewportSize({ width: 1366, height: 900 });
      }
      await panel.getByRole('button', { name: 'Xác nhận', exact: true }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Đã thực hiện: ${DIGITISE}` })
        .waitFor();
      digitised += 1;
      assert.match(
        (await page.getByTestId('case-digitised').textContent()) ?? '',
        new RegExp(paper),
      );
      assert.ok(digitised < 20, 'the list of papers comes to an end');
    }

    assert.ok(digitised > 0, 'the procedure asks for at least one paper');
    await page.getByRole('heading', { name: 'Bản số hóa' }).waitFor();
    await page.getByText('Mọi giấy tờ đã có bản số hóa').waitFor();
    assert.match((await page.getByTestId('case-digitised').textContent()) ?? '', /01\/06\/2025/);
    await shot(page, 'done');
    await page.setViewportSize({ width: 390, height: 900 });
    await shot(page, 'done-390');
    await page
      .getByTestId('case-digitised')
      .screenshot({ path: path.join(screenshots, 'digitisation-done-390-close.png') });

    const api = await official('sgd.receptionist');
    try {
      const dossier = await api.get(`/api/v1/dossiers/${id}`);
      assert.equal(dossier.papersLeftToDigitise.length, 0);
      assert.equal(dossier.digitisedCopies.length, digitised);
      assert.ok(dossier.documentsDigitisedAt, 'the dossier counts as digitised');
    } finally {
      await api.dispose();
    }
  });

  it('ran without page errors or failed requests (apart from the refused empty form)', () => {
    assert.deepEqual(
      desk.problems.filter((p) => !/net::ERR_ABORTED/.test(p)),
      [],
    );
  });
});
