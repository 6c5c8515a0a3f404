// Statistics in the browser against the real API: the leaders' dashboard shows the figures the statistics API gives
// for the same period, and the public open-data page those of the public endpoint (after a rebuild of the tables, so
// the dossiers the other suites created are counted).
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { seriousA11yViolations } from './support/a11y.mjs';
import { DEVELOPMENT_PASSWORD, official } from './support/accounts.mjs';
import { artifactsDir, baseUrl, launchBrowser, openPage, urlFor } from './support/browser.mjs';

const TIMEOUT = 20_000;
baseUrl();

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
const year = today.slice(0, 4);

describe('statistics', { timeout: 180_000 }, () => {
  let browser;
  let screenshots;
  let leader;

  before(async () => {
    screenshots = await artifactsDir();
    browser = await launchBrowser();
    const admin = await official('sysadmin');
    // To the year's end, not today: after 17:00 (Hanoi) the other suites' receptions count from the next working day.
    await admin.post(`/api/v1/statistics/rebuild?from=${year}-01-01&to=${year}-12-31`);
    await admin.dispose();
    leader = await official('sgd.leader');
  });

  after(async () => {
    await leader?.dispose();
    await browser?.close();
  });

  it("the leader's dashboard shows the API's figures for the year, and each chart has its table", async () => {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      locale: 'vi-VN',
    });
    context.setDefaultTimeout(TIMEOUT);
    const { page, problems } = await openPage(context);
    await page.goto(urlFor('/dang-nhap'), { waitUntil: 'domcontentloaded' });
    await page.getByLabel('Số CCCD, mã số thuế hoặc email').fill('sgd.leader');
    await page.getByLabel('Mật khẩu').fill(DEVELOPMENT_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('statistics-link').click();
    await page.getByTestId('stats-cards').waitFor();

    const summary = await leader.get(
      `/api/v1/statistics/summary?from=${year}-01-01&to=${year}-12-31`,
    );
    assert.equal(
      (await page.getByTestId('stats-received').textContent())?.trim(),
      String(summary.figures.received.total),
    );
    assert.equal(
      (await page.getByTestId('stats-resolved').textContent())?.trim(),
      String(summary.figures.resolved.total),
    );
    assert.ok(summary.figures.received.total > 0, 'the other suites received dossiers this year');
    const resolvedTable = (await page.getByTestId('stats-resolved-table').textContent()) ?? '';
    for (const value of [
      summary.figures.resolved.early,
      summary.figures.resolved.onTime,
      summary.figures.resolved.late,
    ]) {
      assert.match(resolvedTable, new RegExp(String(value)));
    }
    assert.equal(
      await page.getByTestId('stats-targets').locator('li').count(),
      summary.targets.length,
    );
    const violations = await seriousA11yViolations(page);
    assert.deepEqual(violations, [], `axe found:\n${violations.join('\n')}`);
    await page.screenshot({
      path: path.join(screenshots, 'statistics-dashboard.png'),
      fullPage: true,
    });
    assert.deepEqual(
      problems.filter((p) => !/net::ERR_ABORTED/.test(p)),
      [],
    );
    await context.close();
  });

  it('the public open-data page shows the public figures without signing in', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'vi-VN',
    });
    context.setDefaultTimeout(TIMEOUT);
    const { page } = await openPage(context);
    const response = await page.request.get(urlFor('/api/v1/public/statistics'));
    const published = await response.json();
    await page.goto(urlFor('/thong-ke'), { waitUntil: 'domcontentloaded' });
    await page.getByTestId('public-stats-table').waitFor();
    // The agencies without any dossier this year are hidden until asked for.
    assert.equal(
      await page.getByTestId('public-stats-row').count(),
      published.agencies.filter((a) => a.received > 0 || a.resolved > 0).length,
    );
    await page.getByLabel('Hiện cả cơ quan chưa có hồ sơ').check();
    await page
      .getByText(
        `Đang hiện ${published.agencies.length} trên ${published.agencies.length} cơ quan.`,
      )
      .waitFor();
    assert.equal(await page.getByTestId('public-stats-row').count(), published.agencies.length);
    const cells = await page.getByTestId('public-stats-total').locator('td').allTextContents();
    assert.equal(
      cells[0].trim(),
      new Intl.NumberFormat('vi-VN').format(published.total.received),
      'received in the year, city-wide',
    );
    assert.equal(
      cells[2].trim(),
      new Intl.NumberFormat('vi-VN').format(published.total.resolved),
      'resolved in the year, city-wide',
    );
    const violations = await seriousA11yViolations(page);
    assert.deepEqual(violations, [], `axe found:\n${violations.join('\n')}`);
    await page.screenshot({
      path: path.join(screenshots, 'statistics-public.png'),
      fullPage: true,
    });
    await context.close();
  });

  it("the leader's dashboard shows the service index of the year as the API gives it, also on a phone", async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'vi-VN',
    });
    context.setDefaultTimeout(TIMEOUT);
    const { page, problems } = await openPage(context);
    await page.goto(urlFor('/dang-nhap'), { waitUntil: 'domcontentloaded' });
    await page.getByLabel('Số CCCD, mã số thuế hoặc email').fill('sgd.leader');
    await page.getByLabel('Mật khẩu').fill(DEVELOPMENT_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('statistics-link').click();
    const heading = page.getByRole('heading', {
      name: 'Chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg)',
    });
    await heading.waitFor();

    const index = await leader.get(`/api/v1/statistics/index?kind=Year&year=${year}`);
    const points = (value) =>
      new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(value);
    await page
      .getByText(`${points(index.total.points)} / ${points(index.total.measuredMax)} điểm`)
      .waitFor();
    const notMeasured = index.groups.flatMap((g) => g.indicators).filter((i) => !i.measured);
    assert.ok(notMeasured.length > 0, 'some indicators are scored elsewhere');
    assert.equal(await page.getByText('Không đo tại hệ thống này:').count(), notMeasured.length);
    await page.getByRole('table', { name: 'Các kỳ trước' }).waitFor();
    await heading.scrollIntoViewIfNeeded();
    const violations = await seriousA11yViolations(page);
    assert.deepEqual(violations, [], `axe found:\n${violations.join('\n')}`);
    await page.screenshot({
      path: path.join(screenshots, 'statistics-index-phone.png'),
      fullPage: true,
    });
    assert.deepEqual(
      problems.filter((p) => !/net::ERR_ABORTED/.test(p)),
      [],
    );
    await context.close();
  });

  it("the public page shows each agency's service index", async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'vi-VN',
    });
    context.setDefaultTimeout(TIMEOUT);
    const { page } = await openPage(context);
    const published = await (
      await page.request.get(urlFor('/api/v1/public/statistics/index'))
    ).json();
    await page.goto(urlFor('/thong-ke'), { waitUntil: 'domcontentloaded' });
    await page
      .getByRole('heading', {
        name: 'Chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg)',
      })
      .waitFor();
    // Folded by default (a row per agency would make the page long on a phone): a person opens it.
    await page.getByText(/^Xem chỉ số của từng cơ quan/).click();
    await page.getByTestId('public-index').waitFor();
    assert.equal(
      await page.getByTestId('public-index').locator('tbody tr').count(),
      published.agencies.length,
    );
    await page.screenshot({
      path: path.join(screenshots, 'statistics-public-index.png'),
      fullPage: true,
    });
    await context.close();
  });
});
