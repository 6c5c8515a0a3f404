// The officials' dossier page, driven by what an official reads (headings, buttons, labels), against the real API:
// (13) the page offers exactly the actions the server lists for this user, and when the server still refuses (a race) it
// says the server's reason, never "try again"; (14) the page names the procedure and the fees, shows choices by their
// label and dates as dd/MM/yyyy, shows the electronic result issued, refuses a second issue, and in English gives the
// catalogue's English names. Screenshots at 1280 and 390 px, in Vietnamese and English; axe on every state.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { seriousA11yViolations } from './support/a11y.mjs';
import { official, signInPage } from './support/accounts.mjs';
import { artifactsDir, baseUrl, launchBrowser } from './support/browser.mjs';
import { publishFullyOnline } from './support/catalogue.mjs';
import {
  actionsPanel,
  offeredActions,
  openDossier,
  runAction,
  submitDossierOf,
} from './support/official-dossier.mjs';

const COPY_OF_DIPLOMA = 'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc';
const PDF = Buffer.from(`%PDF-1.7\n${'3'.repeat(2000)}\n%%EOF\n`);
baseUrl();

async function expectNoSeriousViolations(page) {
  const violations = await seriousA11yViolations(page);
  assert.deepEqual(violations, [], `axe found:\n${violations.join('\n')}`);
}

describe("the officials' dossier page", { timeout: 300_000 }, () => {
  let browser;
  let screenshots;
  let dossier;
  const people = {};

  const shot = (page, name) =>
    page.screenshot({
      path: path.join(screenshots, `official-dossier-${name}.png`),
      fullPage: true,
    });

  before(async () => {
    screenshots = await artifactsDir();
    browser = await launchBrowser();
    const admin = await official('sysadmin');
    try {
      const found = await admin.get(
        `/api/v1/procedures?q=${encodeURIComponent(COPY_OF_DIPLOMA)}&level=province&pageSize=20`,
      );
      await publishFullyOnline(admin, found.items.find((p) => p.name === COPY_OF_DIPLOMA).id);
    } finally {
      await admin.dispose();
    }
    dossier = await submitDossierOf(COPY_OF_DIPLOMA, PDF);
    for (const [key, userName] of [
      ['desk', 'sgd.receptionist'],
      ['specialist', 'sgd.specialist'],
      ['leader', 'sgd.leader'],
      ['secondLeader', 'sgd.leader'],
    ]) {
      people[key] = await signInPage(browser, userName, 'workspace-link', 1280);
    }
  });

  after(async () => {
    await browser?.close();
  });

  it('13: each official is offered exactly what the server accepts at each step', async () => {
    const desk = people.desk.page;
    const specialist = people.specialist.page;
    const leader = people.leader.page;

    await openDossier(desk, dossier.id);
    assert.deepEqual(await offeredActions(desk), [
      'Tiếp nhận',
      'Yêu cầu bổ sung',
      'Từ chối tiếp nhận',
    ]);
    await expectNoSeriousViolations(desk);
    await shot(desk, 'desk-submitted');

    await openDossier(specialist, dossier.id);
    assert.deepEqual(await offeredActions(specialist), []);
    await actionsPanel(specialist)
      .getByText('Không có thao tác nào dành cho bạn ở trạng thái này.')
      .waitFor();

    assert.match(await runAction(desk, 'Tiếp nhận'), /Đã thực hiện: Tiếp nhận/);
    assert.ok((await offeredActions(desk)).includes('Phân công chuyên viên'));
    await runAction(desk, 'Phân công chuyên viên', async () => {
      const select = desk.getByLabel('Chuyên viên xử lý');
      const option = select.locator('option', { hasText: 'Chuyên viên' }).first();
      await option.waitFor({ state: 'attached' });
      await select.selectOption(await option.getAttribute('value'));
    });
    // Once the specialist holds it, the desk may no longer assign it.
    assert.ok(!(await offeredActions(desk)).includes('Phân công chuyên viên'));

    await openDossier(specialist, dossier.id);
    const forSpecialist = await offeredActions(specialist);
    assert.ok(forSpecialist.includes('Trình phê duyệt'), forSpecialist.join(', '));
    assert.ok(!forSpecialist.includes('Phê duyệt'));
    await runAction(specialist, 'Trình phê duyệt');

    await openDossier(leader, dossier.id);
    const forLeader = await offeredActions(leader);
    for (const name of [
      'Phê duyệt',
      'Trả lại chuyên viên',
      'Phát hành kết quả điện tử',
      'Từ chối giải quyết',
    ]) {
      assert.ok(forLeader.includes(name), `${name} in ${forLeader.join(', ')}`);
    }
    await expectNoSeriousViolations(leader);
    await shot(leader, 'leader-awaiting-approval');
    await runAction(leader, 'Phê duyệt');

    // Before the electronic result exists, the desk may return it in person or by post, not online.
    await openDossier(desk, dossier.id);
    await actionsPanel(desk).getByRole('button', { name: 'Trả kết quả', exact: true }).click();
    const channels = await desk
      .getByLabel('Hình thức trả kết quả')
      .locator('option')
      .allInnerTexts();
    assert.deepEqual(
      channels.map((c) => c.trim()),
      ['Trực tiếp', 'Bưu chính'],
    );
    await expectNoSeriousViolations(desk);
    await shot(desk, 'desk-return-before-result');
  });

  it("13/14: two leaders issue the result at once; the second is told the server's reason, and nothing is issued twice", async () => {
    const first = people.leader.page;
    const second = people.secondLeader.page;
    // A generated copy prints the original register's entries, recorded first (their form has its own browser test).
    const leaderApi = await official('sgd.leader');
    try {
      await leaderApi.put(`/api/v1/dossiers/${dossier.id}/result-data`, {
        values: {
          holderName: 'Nguyễn Thị Lan Anh',
          dateOfBirth: '1990-03-14',
          school: 'Trường THPT Chu Văn An',
          graduationYear: '2008',
          diplomaNumber: 'B 0123456',
          registerNumber: '1234/2008',
          copyRegisterNumber: '56/2026',
        },
      });
    } finally {
      await leaderApi.dispose();
    }
    await openDossier(first, dossier.id);
    await openDossier(second, dossier.id);
    await actionsPanel(first).getByRole('button', { name: 'Phát hành kết quả điện tử' }).click();
    await actionsPanel(second).getByRole('button', { name: 'Phát hành kết quả điện tử' }).click();

    await actionsPanel(first).getByRole('button', { name: 'Xác nhận' }).click();
    await first.getByRole('status').filter({ hasText: 'Đã thực hiện' }).waitFor();
    await actionsPanel(second).getByRole('button', { name: 'Xác nhận' }).click();
    const refusal = second.getByRole('status').filter({ hasText: 'Lý do' });
    await refusal.waitFor();
    const text = (await refusal.textContent()) ?? '';
    assert.match(text, /đã được phát hành/);
    assert.doesNotMatch(text, /thử lại|vừa thay đổi/);
    assert.ok(!(await offeredActions(second)).includes('Phát hành kết quả điện tử'));
    await second.getByRole('heading', { name: 'Kết quả điện tử đã phát hành' }).waitFor();
    await expectNoSeriousViolations(second);
    await shot(second, 'second-issue-refused');

    // With the result issued, the desk may release it online.
    const desk = people.desk.page;
    await openDossier(desk, dossier.id);
    await actionsPanel(desk).getByRole('button', { name: 'Trả kết quả', exact: true }).click();
    const channels = await desk
      .getByLabel('Hình thức trả kết quả')
      .locator('option')
      .allInnerTexts();
    assert.ok(channels.map((c) => c.trim()).includes('Trực tuyến'));
  });

  it('14: the page names the procedure and the fees, shows choices by label, dates as dd/MM/yyyy, and the result issued', async () => {
    const page = people.leader.page;
    await openDossier(page, dossier.id);
    const main = page.getByRole('main');
    await main.getByText(COPY_OF_DIPLOMA, { exact: true }).first().waitFor();
    await main.getByText('Phí, lệ phí', { exact: true }).waitFor();
    await main.getByText('Chính là người được cấp', { exact: true }).waitFor();
    await main.getByText('Bằng tốt nghiệp THPT', { exact: true }).waitFor();
    assert.equal(await main.getByText('self', { exact: true }).count(), 0);
    assert.equal(await main.getByText('thpt', { exact: true }).count(), 0);
    const all = (await main.textContent()) ?? '';
    assert.doesNotMatch(all, /\d{4}-\d{2}-\d{2}/, 'no ISO date on the page');
    assert.match(all, /01\/05\/2008/, 'the date of birth as dd/MM/yyyy');

    const result = page.getByRole('region', { name: 'Kết quả điện tử đã phát hành' });
    await result.waitFor();
    assert.match((await result.textContent()) ?? '', /[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}/);
    // The issue instant as a date dd/MM/yyyy with its time (Vietnamese puts the time first: "HH:mm dd/MM/yyyy").
    assert.match(
      (await result.textContent()) ?? '',
      /\d{2}:\d{2},? \d{2}\/\d{2}\/\d{4}|\d{2}\/\d{2}\/\d{4},? \d{2}:\d{2}/,
    );
    const popup = page.waitForEvent('popup');
    await result.getByRole('button', { name: /Tải kết quả/ }).click();
    assert.match((await popup).url(), /^blob:/);
    await (await popup).close();
    await expectNoSeriousViolations(page);
    await shot(page, 'vi-1280');

    await page.setViewportSize({ width: 390, height: 844 });
    await openDossier(page, dossier.id);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(overflow <= 390, `no horizontal scroll at 390 px (${overflow})`);
    await expectNoSeriousViolations(page);
    await shot(page, 'vi-390');
  });

  it("14: in English, the procedure, choices and documents carry the catalogue's English names", async () => {
    const page = people.leader.page;
    await page.setViewportSize({ width: 1280, height: 900 });
    await openDossier(page, dossier.id);
    await page.getByRole('button', { name: 'English' }).click();
    const main = page.getByRole('main');
    await main.getByText(dossier.procedure.nameEn, { exact: true }).first().waitFor();
    await main.getByText('The holder themself', { exact: true }).waitFor();
    await main.getByText('Upper-secondary diploma', { exact: true }).waitFor();
    await main
      .getByText('Application for a copy from the original register', { exact: true })
      .waitFor();
    await main.getByText('Valid ID card or passport', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Electronic result issued' }).waitFor();
    await actionsPanel(page, 'Actions').waitFor();
    await expectNoSeriousViolations(page);
    await shot(page, 'en-1280');

    await page.setViewportSize({ width: 390, height: 844 });
    await openDossier(page, dossier.id).catch(() => undefined);
    await page.getByRole('heading', { name: 'Electronic result issued' }).waitFor();
    await expectNoSeriousViolations(page);
    await shot(page, 'en-390');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  });

  it('ran without page errors or failed requests (apart from the refused second issue)', () => {
    for (const [role, { problems }] of Object.entries(people)) {
      const unexpected = problems.filter(
        (p) => !/net::ERR_ABORTED/.test(p) && !(role === 'secondLeader' && /status of 409/.test(p)),
      );
      assert.deepEqual(unexpected, [], role);
    }
  });
});
