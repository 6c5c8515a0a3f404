// End-to-end test of the account journey of new users: landing after registration and sign-in (item: where people go
// next), two tabs opened at once staying signed in (refresh-token grace window), and recovering a forgotten password
// through the e-mailed link (read from the test SMTP server's Maildir, HANOIDVC_TEST_MAILBOX). Driven by visible labels,
// roles and text; screenshots at 1280 and 390 px, in Vietnamese and English.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { seriousA11yViolations } from './support/a11y.mjs';
import { DEVELOPMENT_PASSWORD, newCitizenId } from './support/accounts.mjs';
import { artifactsDir, baseUrl, launchBrowser, openPage, urlFor } from './support/browser.mjs';
import { waitForMail } from './support/mailbox.mjs';

const TIMEOUT = 20_000;
baseUrl();

const password = 'MatKhau2026x';
const newPassword = 'SongHong2027y';
const citizenId = newCitizenId();
const email = `duc.${citizenId}@example.vn`;

/** Problems a page may report on purpose: refused sign-ins and sessions, and navigations the test itself cancels. */
const EXPECTED = /401 \(Unauthorized\)|400 \(Bad Request\)|net::ERR_ABORTED/;

describe('account journey of a new user', { timeout: 300_000 }, () => {
  let browser;
  let screenshots;
  const contexts = [];

  async function newPage({ width = 1280, locale = 'vi-VN' } = {}) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale });
    context.setDefaultTimeout(TIMEOUT);
    contexts.push(context);
    const opened = await openPage(context);
    return { context, ...opened };
  }

  async function shot(page, name) {
    await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
  }

  async function noSeriousA11y(page) {
    const violations = await seriousA11yViolations(page);
    assert.deepEqual(violations, [], `axe found:\n${violations.join('\n')}`);
  }

  async function english(page) {
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
  }

  async function fillRegistration(page, id, mail) {
    await page.getByLabel('Họ và tên').fill('Nguyễn Văn Đức');
    await page.getByLabel('Số định danh cá nhân (CCCD)').fill(id);
    await page.getByLabel('Ngày sinh').fill('2008-05-01');
    await page.getByLabel('Số điện thoại').fill('0912345678');
    await page.getByLabel('Email').fill(mail);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
    await page.getByLabel('Nhập lại mật khẩu').fill(password);
    await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
  }

  async function signIn(page, userName, secret) {
    await page.getByLabel('Số CCCD, mã số thuế hoặc email').fill(userName);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(secret);
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  }

  before(async () => {
    screenshots = await artifactsDir();
    browser = await launchBrowser();
  });

  after(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
  });

  describe('landing after registration and sign-in', () => {
    it('a citizen sent to sign in on the way to a page registers from there and lands on that page', async () => {
      const { page, problems } = await newPage();
      await page.goto(urlFor('/ho-so'), { waitUntil: 'domcontentloaded' });
      await page.waitForURL(/\/dang-nhap\?returnUrl=%2Fho-so/);
      await noSeriousA11y(page);
      await shot(page, 'journey-login-page-vi-1280');
      await page.getByRole('link', { name: 'Đăng ký tài khoản' }).click();
      await page.waitForURL(/\/dang-ky\?returnUrl=%2Fho-so/);
      await noSeriousA11y(page);
      const other = newCitizenId();
      await fillRegistration(page, other, `an.${other}@example.vn`);
      await page.waitForURL(/\/ho-so$/);
      await page.getByRole('link', { name: 'Nguyễn Văn Đức' }).waitFor();
      await shot(page, 'journey-register-return-1280');
      assert.deepEqual(
        problems.filter((p) => !EXPECTED.test(p)),
        [],
      );
    });

    it('a citizen who registers from the home page lands on the account page with clear next steps', async () => {
      for (const width of [1280, 390]) {
        const { page, problems } = await newPage({ width });
        await page.goto(urlFor('/dang-ky'), { waitUntil: 'domcontentloaded' });
        const id = width === 1280 ? citizenId : newCitizenId();
        await fillRegistration(page, id, width === 1280 ? email : `binh.${id}@example.vn`);
        await page.waitForURL(/\/tai-khoan$/);
        await page.getByRole('status').filter({ hasText: 'Tài khoản đã được tạo' }).waitFor();
        const steps = page.getByRole('region', { name: 'Bước tiếp theo' });
        await steps.getByRole('link', { name: 'Tìm thủ tục hành chính' }).waitFor();
        await steps.getByRole('link', { name: 'Hồ sơ của tôi' }).waitFor();
        await noSeriousA11y(page);
        await shot(page, `journey-register-next-steps-vi-${width}`);
        await english(page);
        await page
          .getByRole('region', { name: 'Next steps' })
          .getByRole('link', { name: 'Find an administrative procedure' })
          .waitFor();
        await noSeriousA11y(page);
        await shot(page, `journey-register-next-steps-en-${width}`);
        if (width === 1280) {
          await page.getByRole('link', { name: 'Find an administrative procedure' }).click();
          await page.waitForURL(/\/thu-tuc$/);
        }
        assert.deepEqual(
          problems.filter((p) => !EXPECTED.test(p)),
          [],
        );
      }
    });

    it('an official who signs in lands on the work queue, and on the page asked for when there is one', async () => {
      for (const width of [1280, 390]) {
        const { page, problems } = await newPage({ width });
        await page.goto(urlFor('/dang-nhap'), { waitUntil: 'domcontentloaded' });
        await signIn(page, 'sgd.specialist', DEVELOPMENT_PASSWORD);
        await page.waitForURL(/\/can-bo$/);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await shot(page, `journey-official-lands-on-queue-${width}`);
        assert.deepEqual(
          problems.filter((p) => !EXPECTED.test(p)),
          [],
        );
      }

      const { page } = await newPage();
      await page.goto(urlFor('/dang-nhap?returnUrl=%2Fthong-bao'), {
        waitUntil: 'domcontentloaded',
      });
      await signIn(page, 'sgd.specialist', DEVELOPMENT_PASSWORD);
      await page.waitForURL(/\/thong-bao$/);
    });

    it('a citizen who signs in without a page to return to lands on their dossiers', async () => {
      const { page } = await newPage({ width: 390 });
      await page.goto(urlFor('/dang-nhap'), { waitUntil: 'domcontentloaded' });
      await signIn(page, citizenId, password);
      await page.waitForURL(/\/ho-so$/);
      await shot(page, 'journey-citizen-lands-on-dossiers-390');
    });
  });

  describe('two tabs opened at the same moment', () => {
    it('both stay signed in, round after round, in one session', async () => {
      const { context, page } = await newPage();
      await page.goto(urlFor('/dang-nhap'), { waitUntil: 'domcontentloaded' });
      await signIn(page, citizenId, password);
      await page.waitForURL(/\/ho-so$/);
      await page.close();

      // Hold the refreshes until both tabs have sent theirs, then let them go together: the race, every time.
      let pending = [];
      let released = false;
      let onPending = () => {};
      await context.route('**/api/v1/auth/refresh', (route) => {
        if (released) return route.continue();
        pending.push(route);
        onPending();
      });

      for (let round = 1; round <= 5; round++) {
        pending = [];
        released = false;
        const bothSent = new Promise((resolve) => {
          onPending = () => pending.length >= 2 && resolve();
        });
        const tabs = await Promise.all([context.newPage(), context.newPage()]);
        await Promise.all(
          tabs.map((tab, i) =>
            tab.goto(urlFor(i === 0 ? '/tai-khoan' : '/ho-so'), { waitUntil: 'commit' }),
          ),
        );
        await bothSent;
        released = true;
        await Promise.all(pending.map((route) => route.continue()));
        for (const tab of tabs) {
          await tab.getByRole('link', { name: 'Nguyễn Văn Đức' }).waitFor();
          assert.doesNotMatch(tab.url(), /dang-nhap/, `round ${round}: a tab was sent to sign in`);
        }
        if (round === 1) {
          await shot(tabs[0], 'journey-two-tabs-account-1280');
          await shot(tabs[1], 'journey-two-tabs-dossiers-1280');
        }
        await Promise.all(tabs.map((tab) => tab.close()));
      }

      await context.unroute('**/api/v1/auth/refresh');
      const later = await context.newPage();
      await later.goto(urlFor('/tai-khoan'), { waitUntil: 'domcontentloaded' });
      await later.getByRole('heading', { name: 'Tài khoản của tôi' }).waitFor();
      await later.close();
    });
  });

  describe('a forgotten password', () => {
    it('asks for a link from the sign-in page and gets the same answer whether or not the account exists', async () => {
      const answers = [];
      for (const [account, width] of [
        ['001208999999', 1280],
        [email, 390],
      ]) {
        const { page, problems } = await newPage({ width });
        await page.goto(urlFor('/dang-nhap'), { waitUntil: 'domcontentloaded' });
        if (width === 390) {
          await noSeriousA11y(page);
          await shot(page, 'journey-login-page-vi-390');
          await english(page);
          await page.getByRole('link', { name: 'Forgot your password?' }).waitFor();
          await shot(page, 'journey-login-page-en-390');
          await page.getByRole('button', { name: 'Tiếng Việt' }).click();
        }
        await page.getByRole('link', { name: 'Quên mật khẩu?' }).click();
        await page.waitForURL(/\/quen-mat-khau$/);
        await page.getByRole('heading', { name: 'Tài khoản không có email?' }).waitFor();
        await noSeriousA11y(page);
        await shot(page, `journey-forgot-form-vi-${width}`);
        await page.getByLabel('Số CCCD, mã số thuế hoặc email').fill(account);
        await page.getByRole('button', { name: 'Gửi liên kết đặt lại mật khẩu' }).click();
        const status = page.getByRole('status').filter({ hasText: 'Nếu tài khoản tồn tại' });
        await status.waitFor();
        answers.push(await status.textContent());
        await noSeriousA11y(page);
        await shot(page, `journey-forgot-sent-vi-${width}`);
        await english(page);
        await page.getByRole('status').filter({ hasText: 'If the account exists' }).waitFor();
        await shot(page, `journey-forgot-sent-en-${width}`);
        assert.deepEqual(
          problems.filter((p) => !EXPECTED.test(p)),
          [],
        );
      }
      assert.equal(answers[0], answers[1], 'an unknown account and a real one get the same answer');
    });

    it('opens the e-mailed link, sets a new password under the registration rules, and signs in with it', async () => {
      const mail = await waitForMail(email, (m) => /#token=/.test(m.text));
      assert.match(mail.headers.subject ?? '', /Đặt lại mật khẩu/);
      const link = /(https?:\/\/\S+#token=[A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
      assert.ok(link, `no link in:\n${mail.text}`);

      const { page, problems } = await newPage({ width: 390 });
      await page.goto(link, { waitUntil: 'domcontentloaded' });
      await page.getByRole('heading', { name: 'Đặt mật khẩu mới' }).waitFor();
      await page.getByLabel('Mật khẩu mới', { exact: true }).fill('ngan');
      await page.getByLabel('Nhập lại mật khẩu mới').fill('ngan');
      await page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click();
      await page.getByText('Mật khẩu cần ít nhất 10 ký tự.').first().waitFor();
      await noSeriousA11y(page);
      await shot(page, 'journey-reset-rules-vi-390');
      await english(page);
      await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
      await shot(page, 'journey-reset-form-en-390');
      await page.getByRole('button', { name: 'Tiếng Việt' }).click();

      await page.getByLabel('Mật khẩu mới', { exact: true }).fill(newPassword);
      await page.getByLabel('Nhập lại mật khẩu mới').fill(newPassword);
      await page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click();
      await page.getByRole('status').filter({ hasText: 'Đã đặt mật khẩu mới' }).waitFor();
      await noSeriousA11y(page);
      await shot(page, 'journey-reset-done-vi-390');

      await page.getByRole('link', { name: 'Đăng nhập', exact: true }).last().click();
      await page.waitForURL(/\/dang-nhap/);
      await signIn(page, citizenId, password);
      await page.getByText('Thông tin đăng nhập hoặc mật khẩu không đúng').first().waitFor();
      await signIn(page, citizenId, newPassword);
      await page.waitForURL(/\/ho-so$/);
      await shot(page, 'journey-signed-in-with-new-password-390');
      assert.deepEqual(
        problems.filter((p) => !EXPECTED.test(p)),
        [],
      );

      // The link works once.
      const again = await newPage({ width: 1280 });
      await again.page.goto(link, { waitUntil: 'domcontentloaded' });
      await again.page.getByLabel('Mật khẩu mới', { exact: true }).fill('SongDa2028zz');
      await again.page.getByLabel('Nhập lại mật khẩu mới').fill('SongDa2028zz');
      await again.page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click();
      await again.page
        .getByRole('alert')
        .filter({ hasText: 'đã được dùng hoặc đã hết hạn' })
        .waitFor();
      await again.page.getByRole('link', { name: 'Yêu cầu liên kết mới' }).waitFor();
      await noSeriousA11y(again.page);
      await shot(again.page, 'journey-reset-link-used-vi-1280');
    });
  });
});
