// The administration pages in the browser, against the real API: the system administrator adds a holiday on the next
// working day and the due dates move with it, the audit trail shows that change, an agency administrator creates an
// official (the temporary password works once shown) and locks the account (it no longer signs in); the catalogue
// editor builds a procedure's form with its preview and publishes it. The holiday is removed and the procedure hidden
// again at the end, since the other suites share the database.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { request } from 'playwright-core';

import { seriousA11yViolations } from './support/a11y.mjs';
import { DEVELOPMENT_PASSWORD, signInPage } from './support/accounts.mjs';
import {
  artifactsDir,
  baseUrl,
  expectedAgencyCount,
  launchBrowser,
  urlFor,
} from './support/browser.mjs';

const TIMEOUT = 20_000;
const HOLIDAY_NAME = 'Ngày nghỉ thử nghiệm (e2e)';
baseUrl();

async function expectNoSeriousViolations(page) {
  const violations = await seriousA11yViolations(page);
  assert.deepEqual(violations, [], `axe found:\n${violations.join('\n')}`);
}

/** Today's date in Hanoi, plus `days`, as yyyy-MM-dd. */
function hanoiDate(days = 0) {
  const now = new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000);
  return now.toISOString().slice(0, 10);
}

function nextSaturday(date) {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + ((6 - day.getUTCDay() + 7) % 7 || 7));
  return day.toISOString().slice(0, 10);
}

describe('administration', { timeout: 300_000 }, () => {
  let browser;
  let screenshots;
  let api;
  const sessions = {};
  /** The first working day from tomorrow (Hanoi), where the test holiday goes, and the due date before it. */
  let holiday;
  let dueBefore;
  /** The procedure the catalogue test creates (hidden again at the end). */
  let procedureId;

  const signIn = (userName) => signInPage(browser, userName, 'admin-link', 1280);

  /** When a dossier submitted at the start of tomorrow (Hanoi) counts as received and is due, with a 1-day limit. */
  async function dueDate() {
    const submittedAt = `${hanoiDate(1)}T00:00:00+07:00`;
    const response = await api.get(
      `/api/v1/calendar/due-date?submittedAt=${encodeURIComponent(submittedAt)}&workingDays=1`,
    );
    assert.equal(response.status(), 200, await response.text());
    return response.json();
  }

  async function openCalendar(page, year) {
    await page.goto(urlFor(`/quan-tri/lich-nghi?nam=${year}`), { waitUntil: 'domcontentloaded' });
    await page.getByTestId('calendar-save').waitFor();
  }

  async function saveCalendar(page) {
    await page.getByTestId('calendar-save').click();
    await page.getByTestId('calendar-message').filter({ hasText: 'Đã lưu lịch' }).waitFor();
  }

  before(async () => {
    screenshots = await artifactsDir();
    browser = await launchBrowser();
    api = await request.newContext({ baseURL: urlFor('/') });
    const before = await dueDate();
    holiday = before.receivedAtLocal.slice(0, 10);
    dueBefore = before;
    sessions.system = await signIn('sysadmin');
    sessions.agency = await signIn('sgd.admin');
  });

  after(async () => {
    // Leave the calendar and the public catalogue as they were even when a test failed half-way.
    try {
      const token = await api.post('/api/v1/auth/token', {
        data: { userName: 'sysadmin', password: DEVELOPMENT_PASSWORD },
      });
      const headers = { Authorization: `Bearer ${(await token.json()).accessToken}` };
      if (procedureId && (await api.get(`/api/v1/procedures/${procedureId}`)).ok()) {
        await api.post(`/api/v1/admin/procedures/${procedureId}/unlist`, { headers });
      }
      const year = holiday?.slice(0, 4);
      const current = year ? await (await api.get(`/api/v1/calendar/${year}`)).json() : null;
      if (current?.daysOff?.some((d) => d.name === HOLIDAY_NAME)) {
        const { year: _, ...body } = current;
        await api.put(`/api/v1/admin/calendar/${year}`, {
          headers,
          data: { ...body, daysOff: body.daysOff.filter((d) => d.name !== HOLIDAY_NAME) },
        });
      }
    } finally {
      await api?.dispose();
      await browser?.close();
    }
  });

  it('sends visitors who are not signed in to the sign-in page', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(urlFor('/quan-tri/lich-nghi'), { waitUntil: 'domcontentloaded' });
      await page.waitForURL(/\/dang-nhap\?returnUrl=/, { timeout: TIMEOUT });
    } finally {
      await context.close();
    }
  });

  it('shows the system administrator every section from the header link', async () => {
    const { page } = sessions.system;
    await page.getByTestId('admin-link').click();
    for (const section of ['can-bo', 'co-quan', 'lich-nghi', 'nhat-ky', 'thu-tuc']) {
      await page.getByTestId(`admin-${section}`).waitFor();
    }
    await expectNoSeriousViolations(page);
    await page.screenshot({ path: path.join(screenshots, 'admin-home.png'), fullPage: true });
  });

  // Thông tư 10/2016/TT-BTTTT gives the codes' shape; none is yet checked against Quyết định 2918/QĐ-UBND (17/8/2022).
  it('lists every agency with its identifier code marked as not verified, at 390 px', async () => {
    const { page } = sessions.system;
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(urlFor('/quan-tri/co-quan'), { waitUntil: 'domcontentloaded' });
      await page.getByTestId('agencies-table').waitFor();
      assert.equal(
        await page.locator('[data-testid="agencies-table"] tbody tr').count(),
        Number(expectedAgencyCount()),
      );
      const commune = page.getByTestId('agency-001.01.50.H26');
      assert.match(
        (await commune.textContent()) ?? '',
        /Trung tâm Phục vụ hành chính công phường Hoàn Kiếm/,
      );
      assert.match(
        (await commune.getByTestId('agency-code-unverified').textContent()) ?? '',
        /Mã định danh chưa xác minh với danh mục đã công bố/,
      );
      assert.match(
        (await page.getByTestId('agencies-unverified-note').textContent()) ?? '',
        new RegExp(`${expectedAgencyCount()} mã định danh chưa xác minh`),
      );
      await expectNoSeriousViolations(page);
      await page.screenshot({ path: path.join(screenshots, 'admin-agencies-390.png') });
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('refuses a compensatory day on a Saturday with a summary linked to the field', async () => {
    const { page } = sessions.system;
    await openCalendar(page, holiday.slice(0, 4));
    const saturday = nextSaturday(holiday);
    if (saturday.slice(0, 4) !== holiday.slice(0, 4)) return; // the year ends first: nothing to try here
    await page.locator('#off-date').fill(saturday);
    await page.locator('#off-name').fill('Nghỉ bù sai');
    await page.locator('#off-kind').selectOption('Compensatory');
    await page.getByTestId('add-day-off').click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    assert.match((await summary.textContent()) ?? '', /cuối tuần/);
    await summary.locator('a[href="#off-date"]').click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'off-date');
    assert.equal(await page.locator('#off-date').getAttribute('aria-invalid'), 'true');
  });

  it('adds a holiday on the next working day, and a new dossier is due a working day later', async () => {
    const { page } = sessions.system;
    await openCalendar(page, holiday.slice(0, 4));
    await page.locator('#off-date').fill(holiday);
    await page.locator('#off-name').fill(HOLIDAY_NAME);
    await page.locator('#off-kind').selectOption('Holiday');
    await page.getByTestId('add-day-off').click();
    await page.locator(`tr[data-date="${holiday}"]`).waitFor();
    await page.getByTestId('calendar-unsaved').waitFor();
    await saveCalendar(page);
    await expectNoSeriousViolations(page);
    await page.screenshot({ path: path.join(screenshots, 'admin-calendar.png'), fullPage: true });

    const moved = await dueDate();
    assert.notEqual(moved.receivedAtLocal.slice(0, 10), holiday, 'no longer received that day');
    assert.ok(
      moved.dueAt > dueBefore.dueAt,
      `due ${moved.dueAtLocal}, was ${dueBefore.dueAtLocal}`,
    );

    await page.getByTestId('lang-en').click();
    await page.locator('h1', { hasText: 'Days off and make-up working days' }).waitFor();
    await expectNoSeriousViolations(page);
    await page.screenshot({
      path: path.join(screenshots, 'admin-calendar-en.png'),
      fullPage: true,
    });
    await page.getByTestId('lang-vi').click();
    await page.locator('h1', { hasText: 'Ngày nghỉ và ngày làm bù' }).waitFor();
  });

  it('proposes a year without a schedule from the lunar calendar', async () => {
    const { page } = sessions.system;
    await openCalendar(page, 2035);
    await page.getByTestId('calendar-propose').click();
    await page
      .getByTestId('calendar-message')
      .filter({ hasText: 'Đã tạo lịch dự kiến năm 2035' })
      .waitFor();
    assert.equal((await page.getByTestId('calendar-status').textContent())?.trim(), 'Dự kiến');
    assert.match((await page.getByTestId('days-off').textContent()) ?? '', /Tết/);
  });

  it('shows the holiday change in the audit trail', async () => {
    const { page } = sessions.system;
    await page.goto(urlFor('/quan-tri/nhat-ky'), { waitUntil: 'domcontentloaded' });
    await page.getByLabel('Loại đối tượng').selectOption({ label: 'Lịch làm việc năm' });
    await page.getByLabel('Mã đối tượng').fill(holiday.slice(0, 4));
    await page.getByTestId('audit-search').click();
    await page.waitForURL(/entityType=CalendarYear/);
    // The unfiltered rows stay on screen until the filtered page arrives: wait for the newest change of that year.
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="audit-row"]')?.textContent?.includes('Lưu lịch năm'),
    );
    const first = page.getByTestId('audit-row').first();
    const text = (await first.textContent()) ?? '';
    assert.match(text, /Lưu lịch năm/); // the action in words, not its technical name
    assert.match(text, /Quản trị hệ thống/); // the system administrator's full name
    await first.locator('summary').click();
    assert.match((await first.textContent()) ?? '', new RegExp(`days_off: \\+ .*${holiday}`));
    assert.match(
      (await first.textContent()) ?? '',
      new RegExp(HOLIDAY_NAME.replace(/[()]/g, '\\$&')),
    );
    await expectNoSeriousViolations(page);
    await page.screenshot({ path: path.join(screenshots, 'admin-audit.png'), fullPage: true });
  });

  it('lets an agency administrator create an official, whose temporary password works until locked', async () => {
    const { page } = sessions.agency;
    await page.getByTestId('admin-link').click();
    await page.getByTestId('admin-can-bo').click();
    await page.getByTestId('officials-table').waitFor();
    assert.equal(await page.getByTestId('admin-lich-nghi').count(), 0);

    await page.getByTestId('create-official').click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    assert.equal(await summary.locator('a').count(), 5, 'one link per missing field');

    const userName = `e2e.${Date.now().toString(36)}`;
    await page.getByLabel('Họ và tên').fill('Phạm Thị Thu');
    await page.getByLabel('Email công vụ').fill(`${userName}@example.vn`);
    await page.getByLabel('Tên đăng nhập').fill(userName);
    const department = page.locator('#official-agency option', { hasText: '000.00.12.H26' });
    await page
      .locator('#official-agency')
      .selectOption((await department.getAttribute('value')) ?? '');
    await page.getByLabel('Tiếp nhận').check();
    await page.getByTestId('create-official').click();
    await page.getByTestId('official-created').waitFor();
    const password = (await page.getByTestId('temporary-password').textContent())?.trim() ?? '';
    assert.match(password, /^(?=.*[A-Z])(?=.*[a-z])(?=.*\d).{10,}$/);
    const signIn = () =>
      api.post('/api/v1/auth/token', { data: { userName, password }, failOnStatusCode: false });
    assert.equal((await signIn()).status(), 200, 'the temporary password signs in');
    await expectNoSeriousViolations(page);

    const row = page.getByTestId(`official-${userName}`);
    while ((await row.count()) === 0) {
      await page.getByTestId('officials-next').click();
      await page.waitForURL(/page=/);
      await page.getByTestId('officials-table').waitFor();
    }
    await row.getByTestId('edit-roles').click();
    await row.getByLabel('Chuyên viên').check();
    await row.getByTestId('save-roles').click();
    await page.getByTestId('officials-message').filter({ hasText: 'Đã lưu vai trò' }).waitFor();
    assert.match((await row.textContent()) ?? '', /Tiếp nhận\s*Chuyên viên/);
    await page.getByTestId('official-created').getByRole('button').click(); // "noted": the first password goes away
    await row.getByTestId('reset-password').click();
    await page
      .getByTestId('official-created')
      .filter({ hasText: 'Mật khẩu tạm thời mới' })
      .waitFor();
    const renewed = (await page.getByTestId('temporary-password').textContent())?.trim() ?? '';
    assert.notEqual(renewed, password);
    assert.equal((await signIn()).status(), 401, 'the old password no longer signs in');
    const withNew = await api.post('/api/v1/auth/token', {
      data: { userName, password: renewed },
      failOnStatusCode: false,
    });
    assert.equal(withNew.status(), 200, 'the new temporary password signs in');
    await row.getByTestId('lock').click();
    await page.getByTestId('officials-message').filter({ hasText: 'Đã khóa' }).waitFor();
    await row.getByTestId('official-status').filter({ hasText: 'Đã khóa' }).waitFor();
    const refused = await api.post('/api/v1/auth/token', {
      data: { userName, password: renewed },
      failOnStatusCode: false,
    });
    assert.equal(refused.status(), 401);
    assert.equal((await refused.json()).code, 'auth.locked_out');
    await page.screenshot({ path: path.join(screenshots, 'admin-officials.png'), fullPage: true });

    const phone = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
      locale: 'vi-VN',
      storageState: await page.context().storageState(),
    });
    try {
      phone.setDefaultTimeout(TIMEOUT);
      const phonePage = await phone.newPage();
      await phonePage.goto(urlFor('/quan-tri/can-bo'), { waitUntil: 'domcontentloaded' });
      await phonePage.getByTestId('officials-table').waitFor();
      const scrollWidth = await phonePage.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= 360, `page is ${scrollWidth}px wide on a 360px screen`);
      await phonePage.screenshot({
        path: path.join(screenshots, 'admin-officials-phone.png'),
        fullPage: true,
      });
    } finally {
      await phone.close();
    }
  });

  it('builds a procedure with a form and its preview, publishes it, then hides it again', async () => {
    const { page } = sessions.system;
    await page.goto(urlFor('/quan-tri/thu-tuc'), { waitUntil: 'domcontentloaded' });
    await page.getByTestId('procedures-table').waitFor();
    await expectNoSeriousViolations(page);
    await page.screenshot({ path: path.join(screenshots, 'admin-procedures.png'), fullPage: true });

    await page.getByTestId('procedure-new').click();
    // The two-tier set-up (since 1/7/2025) has no district level to offer.
    await page.locator('#procedure-level option[value="commune"]').waitFor({ state: 'attached' });
    assert.deepEqual(
      await page
        .locator('#procedure-level option')
        .evaluateAll((options) => options.map((o) => o.value)),
      ['province', 'commune'],
    );
    await page.getByTestId('procedure-save').click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    assert.match((await summary.textContent()) ?? '', /Nhập tên thủ tục/);

    const name = `Thủ tục thử nghiệm e2e ${Date.now()}`;
    await page.locator('#procedure-name').fill(name);
    await page.locator('#procedure-nameEn').fill('End-to-end test procedure');
    await page.locator('#procedure-applicant-Citizen').uncheck();
    await page.locator('#procedure-applicant-Organisation').check();
    await page.locator('#procedure-resultType').fill('Giấy xác nhận');
    await page.locator('#procedure-resultTypeEn').fill('Confirmation');
    await page.getByTestId('schema-add').click();
    await page.getByTestId('schema-add').click();
    await page.locator('#schema-0-label').fill('Tên tổ chức');
    await page.locator('#schema-0-labelEn').fill('Organisation name');
    await page.locator('#schema-0-required').check();
    await page.locator('#schema-1-key').fill('documentKind');
    await page.locator('#schema-1-type').selectOption('Select');
    await page.locator('#schema-1-label').fill('Loại giấy tờ');
    await page.locator('#schema-1-labelEn').fill('Document kind');
    await page.locator('#schema-1-help').fill('Chọn loại giấy tờ nộp kèm');
    await page
      .locator('#schema-1-options')
      .fill('ban-chinh | Bản chính | Original\nban-sao | Bản sao | Copy');
    await page.keyboard.press('Tab'); // the options are read when the text area is left
    await page.getByTestId('schema-field').nth(1).getByRole('button', { name: /^Lên/ }).click();

    const preview = page.locator('app-form-preview');
    // The preview follows the editor: the choice list moved first, with its two options, then the required text.
    await preview.locator('label[for="preview-0"]', { hasText: 'Loại giấy tờ' }).waitFor();
    await preview.locator('#preview-0 option').nth(2).waitFor({ state: 'attached' });
    assert.deepEqual(await preview.locator('#preview-0 option').allTextContents(), [
      '— Chọn —',
      'Bản chính',
      'Bản sao',
    ]);
    assert.match(
      (await preview.locator('label[for="preview-1"]').textContent()) ?? '',
      /Tên tổ chức\s*\(bắt buộc\)/,
    );
    await expectNoSeriousViolations(page);
    await page.screenshot({
      path: path.join(screenshots, 'admin-procedure-editor.png'),
      fullPage: true,
    });
    await page.getByTestId('lang-en').click();
    await preview.getByLabel('Document kind').waitFor();
    await page.getByTestId('lang-vi').click();
    await preview.getByLabel('Loại giấy tờ').waitFor();

    // Edits not saved yet are said so beside the save button, and no longer once saved.
    const unsaved = page.getByRole('status').filter({ hasText: 'Có thay đổi chưa lưu.' });
    await unsaved.waitFor();
    await page.getByTestId('procedure-save').click();
    await page.waitForURL(/\/quan-tri\/thu-tuc\/[0-9a-f-]{36}$/);
    procedureId = page.url().split('/').pop();
    await page.getByTestId('procedure-message').filter({ hasText: 'Đã lưu bản nháp' }).waitFor();
    await unsaved.waitFor({ state: 'detached' });
    assert.equal(
      (await api.get(`/api/v1/procedures/${procedureId}`)).status(),
      404,
      'a draft is not public',
    );
    await page.getByTestId('procedure-publish-draft').click();
    await page.getByTestId('procedure-message').filter({ hasText: 'Đã công bố bản 1' }).waitFor();
    const published = await (await api.get(`/api/v1/procedures/${procedureId}`)).json();
    assert.deepEqual(
      published.form.map((f) => [f.key, f.type, f.required]),
      [
        ['documentKind', 'Select', false],
        ['field1', 'Text', true],
      ],
    );

    await page.goto(urlFor(`/quan-tri/thu-tuc?q=${encodeURIComponent(name)}`), {
      waitUntil: 'domcontentloaded',
    });
    const row = page.locator(`tr[data-id="${procedureId}"]`);
    await row.getByTestId('procedure-unlist').click();
    await row.getByTestId('procedure-listed').filter({ hasText: 'Đang ẩn' }).waitFor();
    assert.equal(
      (await api.get(`/api/v1/procedures/${procedureId}`)).status(),
      404,
      'hidden again',
    );

    // A change announced ahead: version 2 is published from a later date and waits for it.
    await page.goto(urlFor(`/quan-tri/thu-tuc/${procedureId}`), { waitUntil: 'domcontentloaded' });
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await page.getByTestId('procedure-message').filter({ hasText: 'Đã lưu bản nháp' }).waitFor();
    await page.getByLabel('Áp dụng từ ngày').fill('2030-01-02');
    await page.getByRole('button', { name: 'Công bố bản nháp' }).click();
    await page
      .getByTestId('procedure-message')
      .filter({ hasText: 'Bản 2 sẽ có hiệu lực từ ngày 02/01/2030' })
      .waitFor();
    await page.screenshot({
      path: path.join(screenshots, 'procedure-scheduled.png'),
      fullPage: true,
    });
  });

  it('removes the holiday again through the page, and the due date is back', async () => {
    const { page, problems } = sessions.system;
    await openCalendar(page, holiday.slice(0, 4));
    await page.getByTestId(`remove-days-off-${holiday}`).click();
    await saveCalendar(page);
    assert.equal(await page.locator(`tr[data-date="${holiday}"]`).count(), 0);
    assert.equal((await dueDate()).dueAt, dueBefore.dueAt);
    assert.deepEqual(
      // 404: a year without a schedule; ERR_ABORTED: a navigation of the test cut a request short.
      problems.filter((p) => !p.includes('status of 404') && !p.includes('ERR_ABORTED')),
      [],
      'the pages ran cleanly',
    );
  });
});
