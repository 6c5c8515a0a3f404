// End-to-end check of the Content-Security-Policy against an already running server: the main pages, public and signed in,
// run under the policy the server sends without a single violation, and the policy does block what it should.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { signInPage } from './support/accounts.mjs';
import { baseUrl, CSP_VIOLATION, launchBrowser, openPage, urlFor } from './support/browser.mjs';

const TIMEOUT = 20_000;

baseUrl();

/** Visits each path, waits for its heading, and returns the CSP violations recorded on the way. */
async function visit(page, problems, paths) {
  for (const pathname of paths) {
    const response = await page.goto(urlFor(pathname), { waitUntil: 'networkidle' });
    assert.equal(response?.status(), 200, `${pathname} is served`);
    assert.match(
      response.headers()['content-security-policy'] ?? '',
      /script-src 'self';/,
      `${pathname} carries the policy`,
    );
    await page.locator('h1').first().waitFor();
  }
  return problems.filter((p) => p.startsWith(CSP_VIOLATION));
}

describe('content security policy', { timeout: 180_000 }, () => {
  let browser;

  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  it('lets the public pages run without a violation', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'vi-VN',
    });
    context.setDefaultTimeout(TIMEOUT);
    const { page, problems } = await openPage(context);
    const violations = await visit(page, problems, [
      '/',
      '/thu-tuc',
      '/tra-cuu',
      '/thong-ke',
      '/xac-minh',
      '/dang-nhap',
      '/dang-ky',
    ]);
    await page.goto(urlFor('/thu-tuc'), { waitUntil: 'networkidle' });
    await page.locator('main a[href^="/thu-tuc/"]').first().click();
    await page.locator('h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    assert.deepEqual([...violations, ...problems.filter((p) => p.startsWith(CSP_VIOLATION))], []);
    await context.close();
  });

  it('lets the citizen and the official pages run without a violation', async () => {
    const citizen = await signInPage(browser, 'citizen.demo', 'my-dossiers-link');
    const official = await signInPage(browser, 'sgd.leader', 'workspace-link');
    const citizenViolations = await visit(citizen.page, citizen.problems, [
      '/ho-so',
      '/tai-khoan',
      '/thong-bao',
    ]);
    const officialViolations = await visit(official.page, official.problems, [
      '/can-bo',
      '/can-bo/thong-ke',
    ]);
    assert.deepEqual([...citizenViolations, ...officialViolations], []);
    await citizen.context.close();
    await official.context.close();
  });

  it('blocks an injected inline script and a foreign image, and records both', async () => {
    const context = await browser.newContext({ locale: 'vi-VN' });
    context.setDefaultTimeout(TIMEOUT);
    const { page, problems } = await openPage(context);
    await page.goto(urlFor('/'), { waitUntil: 'networkidle' });
    const ran = await page.evaluate(async () => {
      window.__injected = false;
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      const image = document.createElement('img');
      image.src = 'https://images.example.invalid/pixel.png';
      document.body.append(image);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return window.__injected;
    });
    assert.equal(ran, false, 'the inline script must not run');
    const violations = problems.filter((p) => p.startsWith(CSP_VIOLATION));
    assert.ok(
      violations.some((v) => v.includes('script-src')),
      `script violation recorded: ${violations}`,
    );
    assert.ok(
      violations.some((v) => v.includes('img-src')),
      `image violation recorded: ${violations}`,
    );
    await context.close();
  });
});
