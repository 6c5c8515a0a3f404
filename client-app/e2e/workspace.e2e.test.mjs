// The officials' workspace in the browser, against the real API: at the Department the desk receives and assigns, the
// specialist submits for approval, the leader approves, the desk returns the result; two desk sessions acting on one
// dossier get one success and one "someone else acted" with the dossier reloaded.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { seriousA11yViolations } from './support/a11y.mjs';
import { answer, signInPage, submittedDossier } from './support/accounts.mjs';
import { artifactsDir, baseUrl, launchBrowser, urlFor } from './support/browser.mjs';
import { act, assignFirstSpecialist, openCase } from './support/workspace.mjs';

const PDF = Buffer.from(`%PDF-1.7\n${'2'.repeat(2000)}\n%%EOF\n`);
baseUrl();

async function expectNoSeriousViolations(page) {
  const violations = await seriousA11yViolations(page);
  assert.deepEqual(violations, [], `axe found:\n${violations.join('\n')}`);
}

describe('officials at the Department', { timeout: 300_000 }, () => {
  let browser;
  let screenshots;
  const sessions = {};
  let dossier;

  const signIn = (userName) => signInPage(browser, userName, 'workspace-link');

  /** Receive and assign (desk), submit for approval (specialist), approve (leader), return in person (desk). */
  async function processToTheEnd(people, id) {
    const desk = people.receptionist.page;
    await openCase(desk, id);
    await act(desk, 'receive');
    assert.equal((await desk.getByTestId('case-status').textContent())?.trim(), 'Đã tiếp nhận');
    await assignFirstSpecialist(desk);
    assert.equal((await desk.getByTestId('case-status').textContent())?.trim(), 'Đang xử lý');

    const specialist = people.specialist.page;
    await specialist.getByTestId('workspace-link').click();
    await specialist.getByTestId('tab-mine').click();
    await specialist.locator(`a[href="/can-bo/ho-so/${id}"]`).click();
    await specialist.getByTestId('case-status').waitFor();
    await act(specialist, 'submit-for-approval', async () => {
      await specialist
        .getByLabel('Ghi chú (không bắt buộc)')
        .fill('Đủ điều kiện, đề nghị phê duyệt.');
      await specialist.getByLabel('Ghi chú nội bộ', { exact: true }).check();
    });

    const leader = people.leader.page;
    await openCase(leader, id);
    assert.equal((await leader.getByTestId('case-status').textContent())?.trim(), 'Chờ phê duyệt');
    await expectNoSeriousViolations(leader);
    await act(leader, 'approve');

    await openCase(desk, id);
    await act(desk, 'return-result', () =>
      desk.getByLabel('Hình thức trả kết quả').selectOption('InPerson'),
    );
    assert.equal((await desk.getByTestId('case-status').textContent())?.trim(), 'Đã trả kết quả');
    assert.match(
      (await desk.getByTestId('timeline').textContent()) ?? '',
      /Tiếp nhận hồ sơ[\s\S]*Chuyển chuyên viên xử lý[\s\S]*Trình lãnh đạo phê duyệt[\s\S]*Phê duyệt kết quả[\s\S]*Trả kết quả/,
    );
    assert.equal(await desk.getByTestId('no-actions').count(), 1, 'nothing left to do');
  }

  before(async () => {
    screenshots = await artifactsDir();
    browser = await launchBrowser();
    dossier = await submittedDossier(PDF);
    for (const role of ['receptionist', 'specialist', 'leader']) {
      sessions[role] = await signIn(`sgd.${role}`);
    }
  });

  after(async () => {
    await browser?.close();
  });

  it('the desk finds the new dossier under "to receive", with the tab counts, and opens it', async () => {
    const { page } = sessions.receptionist;
    await page.getByTestId('workspace-link').click();
    await page.getByTestId('inbox-table').waitFor();
    assert.equal(await page.getByTestId('tab-toReceive').getAttribute('aria-current'), 'page');
    const count = Number(await page.getByTestId('count-toReceive').textContent());
    assert.ok(count >= 1, `to receive: ${count}`);
    await expectNoSeriousViolations(page);
    await page.screenshot({ path: path.join(screenshots, 'workspace-inbox.png'), fullPage: true });

    await page.locator(`a[href="/can-bo/ho-so/${dossier.id}"]`).click();
    await page.getByTestId('case-status').waitFor();
    assert.equal(
      (await page.getByTestId('case-status').textContent())?.trim(),
      'Đã nộp, chờ tiếp nhận',
    );
  });

  it('refuses to send a rejection without reasons, with the error beside the field', async () => {
    const { page } = sessions.receptionist;
    await page.getByTestId('action-reject').click();
    await page.getByTestId('confirm-reject').click();
    await page.locator('#text-reject[aria-invalid="true"]').waitFor();
    await expectNoSeriousViolations(page);
    await page.getByTestId('action-reject').click(); // close it again
  });

  it('the desk receives and assigns; the specialist submits; the leader approves; the desk returns the result', async () => {
    await processToTheEnd(sessions, dossier.id);
    await sessions.receptionist.page.screenshot({
      path: path.join(screenshots, 'workspace-case.png'),
      fullPage: true,
    });
  });

  it('the same at a commune (Hoàn Kiếm ward), whose officials see only their own dossiers', async () => {
    const ward = await submittedDossier(PDF, { level: 'commune', agencyCode: '000.01.50.H26' });
    const people = {};
    for (const role of ['receptionist', 'specialist', 'leader']) {
      people[role] = await signIn(`hoankiem.${role}`);
    }
    try {
      await people.receptionist.page.goto(urlFor('/can-bo'), { waitUntil: 'domcontentloaded' });
      await people.receptionist.page.getByTestId('inbox-table').waitFor();
      assert.equal(
        await people.receptionist.page.locator(`a[href="/can-bo/ho-so/${dossier.id}"]`).count(),
        0,
        "the Department's dossier is not in the ward's inbox",
      );
      await processToTheEnd(people, ward.id);
    } finally {
      await Promise.all(Object.values(people).map((p) => p.context.close()));
    }
  });

  it('two desk sessions on one dossier: the second is told what changed and sees it as it is', async () => {
    const second = await submittedDossier(PDF);
    const other = await signIn('sgd.receptionist');
    try {
      const first = sessions.receptionist.page;
      await openCase(first, second.id);
      await openCase(other.page, second.id);
      await first.getByTestId('action-receive').click();
      await other.page.getByTestId('action-receive').click();
      await first.getByTestId('confirm-receive').click();
      await first.getByTestId('case-message').filter({ hasText: 'Đã thực hiện' }).waitFor();
      await other.page.getByTestId('confirm-receive').click();
      const message = other.page.getByTestId('case-message');
      await message.filter({ hasText: 'người khác' }).waitFor();
      assert.match((await message.textContent()) ?? '', /trạng thái hiện tại: Đã tiếp nhận/);
      assert.equal(
        (await other.page.getByTestId('case-status').textContent())?.trim(),
        'Đã tiếp nhận',
      );
      await other.page.screenshot({
        path: path.join(screenshots, 'workspace-conflict.png'),
        fullPage: true,
      });
    } finally {
      await other.context.close();
    }
  });

  it('the desk enters a paper dossier brought to the counter; it is received at once and counted as direct', async () => {
    const { page } = sessions.receptionist;
    await page.goto(urlFor('/can-bo'), { waitUntil: 'domcontentloaded' });
    await page.getByTestId('walkin-link').click();
    const select = page.getByLabel('Thủ tục hành chính');
    await select.locator('option').nth(1).waitFor({ state: 'attached' });
    const procedureId = await select.locator('option').nth(1).getAttribute('value');
    await select.selectOption(procedureId);
    const procedure = await (
      await page.request.get(urlFor(`/api/v1/procedures/${procedureId}`))
    ).json();
    await page.locator(`#field-${procedure.form[0].key}`).waitFor();

    await page.getByTestId('walkin-submit').click();
    await page.getByTestId('error-summary').waitFor();
    await expectNoSeriousViolations(page);

    const citizenId = '001208055577';
    await page.getByLabel('Họ và tên', { exact: true }).fill('Phạm Văn Dũng');
    await page.getByLabel('Số định danh cá nhân (CCCD)', { exact: true }).fill(citizenId);
    await page.getByLabel('Số điện thoại', { exact: true }).fill('0987654321');
    for (const field of procedure.form.filter((f) => f.required)) {
      const input = page.locator(`#field-${field.key}`);
      if (field.type === 'Select') await input.selectOption(answer(field, citizenId));
      else await input.fill(answer(field, citizenId));
    }
    await page.screenshot({
      path: path.join(screenshots, 'workspace-walk-in.png'),
      fullPage: true,
    });
    await page.getByTestId('walkin-submit').click();
    await page.waitForURL(/\/can-bo\/ho-so\//);
    await page.getByTestId('case-status').waitFor();
    assert.equal((await page.getByTestId('case-status').textContent())?.trim(), 'Đã tiếp nhận');
    assert.match(
      (await page.locator('h1').textContent()) ?? '',
      /^\s*000\.00\.12\.H26-\d{6}-\d{4}\s*$/,
    );
    assert.match((await page.locator('article').textContent()) ?? '', /Trực tiếp/);
  });

  it('ran without page errors or failed requests (apart from the expected 409)', () => {
    for (const [role, { problems }] of Object.entries(sessions)) {
      const unexpected = problems.filter(
        (p) => !/net::ERR_ABORTED/.test(p) && !/status of 409/.test(p),
      );
      assert.deepEqual(unexpected, [], role);
    }
  });
});
