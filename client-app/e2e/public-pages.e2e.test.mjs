// The public pages a citizen reads without signing in, in Chromium against the real API, at 1280 px and on a 390 px
// phone, in Vietnamese and English: the open-data statistics page (the city's figures and when they were computed
// first, charts with their numbers, a searchable and sortable agencies table that hides those without dossiers) and the
// home page (a search box large enough to touch; each most-requested procedure says who decides it).
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { seriousA11yViolations } from './support/a11y.mjs';
import { official, submittedDossier } from './support/accounts.mjs';
import { artifactsDir, baseUrl, launchBrowser, openPage, urlFor } from './support/browser.mjs';

const TIMEOUT = 20_000;
const PDF = Buffer.from(`%PDF-1.7\n${'3'.repeat(2000)}\n%%EOF\n`);
baseUrl();

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
const year = today.slice(0, 4);

const DESKTOP = { viewport: { width: 1280, height: 900 } };
const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

/** Lower case without Vietnamese diacritics, as the page's search compares names. */
const fold = (text) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();

/** Polls `condition` until it holds (a re-render after typing is asynchronous). */
async function until(condition, what, timeout = TIMEOUT) {
  const end = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > end) assert.fail(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const hasDossiers = (agency) => agency.received > 0 || agency.resolved > 0;

/** The deciding level's agency as the catalogue names it (client-app i18n `level.*`). */
const LEVEL_NAMES = {
  vi: {
    province: 'Sở Giáo dục và Đào tạo (cấp tỉnh)',
    district: 'Ủy ban nhân dân cấp huyện',
    commune: 'Ủy ban nhân dân cấp xã',
  },
  en: {
    province: 'Department of Education and Training (province)',
    district: "District People's Committee",
    commune: "Commune People's Committee",
  },
};

describe('public pages', { timeout: 240_000 }, () => {
  let browser;
  let screenshots;
  let published;

  before(async () => {
    screenshots = await artifactsDir();
    browser = await launchBrowser();
    // A dossier received by the Department this year, so the city has something to count; then the nightly rebuild,
    // run now (to the year's end: after 17:00 Hanoi time a reception counts from the next working day).
    const desk = await official('sgd.receptionist');
    const { id } = await submittedDossier(PDF);
    await desk.post(`/api/v1/dossiers/${id}/receive`, {
      comment: 'Đủ hồ sơ',
      commentAudience: 'Internal',
    });
    await desk.dispose();
    const admin = await official('sysadmin');
    await admin.post(`/api/v1/statistics/rebuild?from=${year}-01-01&to=${year}-12-31`);
    await admin.dispose();
  });

  after(async () => {
    await browser?.close();
  });

  async function open(options, pathname, lang = 'vi') {
    const context = await browser.newContext({ ...options, locale: 'vi-VN' });
    context.setDefaultTimeout(TIMEOUT);
    const { page, problems } = await openPage(context);
    await page.goto(urlFor(pathname), { waitUntil: 'domcontentloaded' });
    if (lang === 'en') {
      await page.getByRole('button', { name: 'English' }).click();
      await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    }
    return { context, page, problems };
  }

  async function expectAccessible(page) {
    const violations = await seriousA11yViolations(page);
    assert.deepEqual(violations, [], `axe found:\n${violations.join('\n')}`);
  }

  async function shot(page, name) {
    await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
  }

  /** The agencies' table and the names in its row headers, in the order shown. */
  function agencyTable(page, caption) {
    const table = page.getByRole('table', { name: caption });
    return {
      table,
      rows: table.locator('tbody').getByRole('row'),
      names: async () =>
        (await table.locator('tbody').getByRole('rowheader').allTextContents()).map((n) =>
          n.trim(),
        ),
    };
  }

  describe('the open-data statistics page (/thong-ke)', () => {
    it('leads with the city figures of the year and when they were computed, then draws them with their numbers', async () => {
      const { context, page, problems } = await open(DESKTOP, '/thong-ke');
      published = await (await page.request.get(urlFor('/api/v1/public/statistics'))).json();
      assert.ok(published.updatedAt, 'the rebuild stamped the figures');

      const city = page.getByRole('region', { name: `Toàn thành phố năm ${published.year}` });
      await city.waitFor();
      const received = city.getByRole('definition').first();
      assert.equal(
        (await received.textContent()).trim(),
        new Intl.NumberFormat('vi-VN').format(published.total.received),
      );
      // When they were computed, on Hanoi's clock, before anything else.
      const computed = new Intl.DateTimeFormat('vi-VN', {
        timeZone: 'Asia/Ho_Chi_Minh',
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hour12: false,
      }).format(new Date(published.updatedAt));
      const asOf = page.getByText(/tính lúc .* \(giờ Hà Nội\)/);
      assert.match((await asOf.textContent()) ?? '', new RegExp(`tính lúc ${computed}`));
      const asOfTop = (await asOf.boundingBox()).y;
      const cityTop = (await city.boundingBox()).y;
      const agenciesTop = (
        await page.getByRole('heading', { name: 'Theo cơ quan giải quyết' }).boundingBox()
      ).y;
      assert.ok(
        asOfTop < cityTop && cityTop < agenciesTop,
        'as-of, then the city, then the agencies',
      );

      // The on-time chart says its figures in a sentence; the monthly chart has its numbers in a table.
      const onTime = page.getByRole('region', { name: 'Giải quyết đúng hạn' });
      assert.match(
        (await onTime.textContent()) ?? '',
        published.total.resolved > 0
          ? /được giải quyết đúng hạn hoặc trước hạn/
          : /Chưa có hồ sơ nào được giải quyết/,
      );
      const months = page.getByRole('region', { name: 'Hồ sơ theo tháng' });
      await months.getByText('Xem số liệu từng tháng dạng bảng').click();
      const monthTable = months.getByRole('table', { name: 'Hồ sơ theo tháng' });
      assert.equal(
        await monthTable.locator('tbody').getByRole('row').count(),
        published.months.length,
      );
      const last = published.months.at(-1);
      const lastRow = monthTable.getByRole('row', {
        name: new RegExp(`^Tháng ${Number(last.month.slice(5))} `),
      });
      assert.deepEqual(
        (await lastRow.getByRole('cell').allTextContents()).map((c) => c.trim()),
        [last.received, last.online, last.resolved, last.onTime].map((n) =>
          new Intl.NumberFormat('vi-VN').format(n),
        ),
      );
      await expectAccessible(page);
      await shot(page, 'public-stats-1280-vi');
      assert.deepEqual(problems, []);
      await context.close();
    });

    it('hides agencies without dossiers unless asked, finds one typed without diacritics, and sorts by a column header', async () => {
      const { context, page } = await open(DESKTOP, '/thong-ke');
      const { table, rows, names } = agencyTable(
        page,
        `Hồ sơ của từng cơ quan năm ${published.year}`,
      );
      await table.waitFor();
      const withDossiers = published.agencies.filter(hasDossiers);
      await until(
        async () => (await rows.count()) === withDossiers.length,
        'only the agencies with something to report',
      );
      await page
        .getByText(`Đang hiện ${withDossiers.length} trên ${published.agencies.length} cơ quan.`)
        .waitFor();
      // The busiest first: the "received" column is the sorted one.
      assert.equal(
        await table
          .getByRole('columnheader', { name: 'Hồ sơ tiếp nhận' })
          .getAttribute('aria-sort'),
        'descending',
      );

      await page.getByLabel('Hiện cả cơ quan chưa có hồ sơ').check();
      // The table redraws after the tick: wait for every agency's row rather than counting the old ones.
      await until(
        async () => (await rows.count()) === published.agencies.length,
        'every agency once asked',
      );

      await page.getByLabel('Tìm cơ quan').fill('hoan kiem');
      const expected = published.agencies.filter((a) => fold(a.name).includes('hoan kiem'));
      assert.ok(expected.length > 0, 'the seed has an agency of Hoàn Kiếm');
      await until(
        async () => (await rows.count()) === expected.length,
        'the search narrows the rows',
      );
      for (const name of await names()) assert.match(name, /Hoàn Kiếm/);
      await shot(page, 'public-stats-search-1280-vi');

      await page.getByLabel('Tìm cơ quan').fill('');
      const byName = table.getByRole('columnheader', { name: 'Cơ quan' });
      await until(async () => (await rows.count()) === published.agencies.length, 'all rows again');
      await byName.getByRole('button', { name: 'Cơ quan' }).click();
      await until(async () => (await byName.getAttribute('aria-sort')) === 'ascending', 'A to Z');
      assert.equal(
        await table
          .getByRole('columnheader', { name: 'Hồ sơ tiếp nhận' })
          .getAttribute('aria-sort'),
        'none',
      );
      const collator = new Intl.Collator('vi-VN', { sensitivity: 'base', numeric: true });
      const ascending = await names();
      assert.deepEqual(ascending, [...ascending].sort(collator.compare));
      await byName.getByRole('button', { name: 'Cơ quan' }).click();
      await until(async () => (await byName.getAttribute('aria-sort')) === 'descending', 'Z to A');
      assert.deepEqual(await names(), [...ascending].reverse());
      await expectAccessible(page);
      await context.close();
    });

    it('on a 390 px phone, shows the city figures on the first screen and stays short', async () => {
      const { context, page } = await open(PHONE, '/thong-ke');
      const city = page.getByRole('region', { name: `Toàn thành phố năm ${published.year}` });
      await city.waitFor();
      await page
        .getByRole('table', { name: `Hồ sơ của từng cơ quan năm ${published.year}` })
        .waitFor();
      const figure = city.getByText('Hồ sơ tiếp nhận');
      assert.ok(
        (await figure.boundingBox()).y < 844,
        'the first city figure is on the first screen',
      );
      const { height, width } = await page.evaluate(() => ({
        height: document.documentElement.scrollHeight,
        width: document.documentElement.scrollWidth,
      }));
      assert.ok(width <= 390, `the page is ${width} px wide on a 390 px screen`);
      const limit = 4000 + 80 * published.agencies.filter(hasDossiers).length;
      assert.ok(height < limit, `the page is ${height} px tall (limit ${limit})`);
      await expectAccessible(page);
      await shot(page, 'public-stats-390-vi');
      await context.close();
    });

    for (const [name, options] of [
      ['1280', DESKTOP],
      ['390', PHONE],
    ]) {
      it(`reads in English at ${name} px`, async () => {
        const { context, page } = await open(options, '/thong-ke', 'en');
        await page.getByRole('heading', { name: `The whole city in ${published.year}` }).waitFor();
        await page.getByText(/computed at .* \(Hanoi time\)/).waitFor();
        const table = page.getByRole('table', {
          name: `Dossiers of each agency in ${published.year}`,
        });
        assert.equal(
          await table.getByRole('columnheader', { name: 'Received' }).getAttribute('aria-sort'),
          'descending',
        );
        await page.getByLabel('Also show agencies without dossiers').check();
        await page.getByLabel('Find an agency').fill('dong da');
        const expected = published.agencies.filter((a) => fold(a.name).includes('dong da')).length;
        assert.ok(expected > 0, 'the seed has an agency of Đống Đa');
        await page
          .getByText(`Showing ${expected} of ${published.agencies.length} agencies.`)
          .waitFor();
        await expectAccessible(page);
        await shot(page, `public-stats-${name}-en`);
        await context.close();
      });
    }
  });

  describe('the home page', () => {
    for (const [name, options] of [
      ['1280', DESKTOP],
      ['390', PHONE],
    ]) {
      for (const lang of ['vi', 'en']) {
        it(`at ${name} px in ${lang}: the search box is a 44 px touch target, and each most-requested procedure says who decides it`, async () => {
          // What the page itself received from the server: the cards must say what it says.
          const context = await browser.newContext({ ...options, locale: 'vi-VN' });
          context.setDefaultTimeout(TIMEOUT);
          const { page, problems } = await openPage(context);
          const received = page.waitForResponse((r) =>
            r.url().includes('/api/v1/procedures/popular'),
          );
          await page.goto(urlFor('/'), { waitUntil: 'domcontentloaded' });
          const popular = await (await received).json();
          if (lang === 'en') {
            await page.getByRole('button', { name: 'English' }).click();
            await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
          }
          const search = page.getByLabel(
            lang === 'vi' ? 'Tìm thủ tục hành chính' : 'Find an administrative procedure',
          );
          const box = await search.boundingBox();
          assert.ok(box.height >= 44, `the search box is ${box.height} px tall`);
          const submit = page.getByRole('button', {
            name: lang === 'vi' ? 'Tìm kiếm' : 'Search',
            exact: true,
          });
          assert.ok((await submit.boundingBox()).height >= 44);

          const region = page.getByRole('region', {
            name: lang === 'vi' ? 'Thủ tục được quan tâm nhiều' : 'Most requested procedures',
          });
          const cards = region.getByRole('list').first().locator(':scope > li');
          await cards.first().waitFor();
          assert.equal(await cards.count(), popular.length);
          const seen = new Set();
          for (const [i, procedure] of popular.entries()) {
            const card = cards.nth(i);
            const title = lang === 'vi' ? procedure.name : procedure.nameEn;
            await card.getByRole('link', { name: title, exact: true }).waitFor();
            const level = LEVEL_NAMES[lang][procedure.decidingLevelCode];
            assert.match(
              (await card.textContent()) ?? '',
              new RegExp(level.replace(/[()]/g, '\\$&')),
            );
            // Two procedures of the same name differ by who decides them.
            const key = `${title} | ${level}`;
            assert.ok(!seen.has(key), `"${key}" appears twice with nothing to tell them apart`);
            seen.add(key);
          }
          await expectAccessible(page);
          await shot(page, `home-${name}-${lang}`);
          assert.deepEqual(problems, []);
          await context.close();
        });
      }
    }
  });
});
