// Shared set-up for the end-to-end tests: configuration from the environment and a
// headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core).
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

const clientAppDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Reads a required environment variable or fails with an explanation of what to set. */
export function requireEnv(name, help) {
  const value = process.env[name]?.trim();
  if (!value) {
    throw new Error(`Environment variable ${name} is not set. ${help}`);
  }
  return value;
}

/** Base URL of the running server (the API serving the SPA), without a trailing slash. */
export function baseUrl() {
  const value = requireEnv(
    'E2E_BASE_URL',
    'Start the server that serves the SPA and the API, then run e.g. ' +
      'E2E_BASE_URL=http://127.0.0.1:5080 E2E_EXPECTED_AGENCY_COUNT=<n> npm run e2e',
  );
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`E2E_BASE_URL is not a valid URL: ${JSON.stringify(value)}`);
  }
  return url.href.replace(/\/+$/, '');
}

/** Absolute URL of `pathname` on the server under test. */
export function urlFor(pathname = '/') {
  return `${baseUrl()}${pathname.startsWith('/') ? '' : '/'}${pathname}`;
}

/** The number of agencies the page must show (read from the database by the caller). */
export function expectedAgencyCount() {
  const value = requireEnv(
    'E2E_EXPECTED_AGENCY_COUNT',
    'Set it to the number of agencies in the database the server uses ' +
      '(e.g. the result of SELECT count(*) from the agencies table).',
  );
  if (!/^\d+$/.test(value)) {
    throw new Error(
      `E2E_EXPECTED_AGENCY_COUNT must be a whole number, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

/** Folder for screenshots: E2E_ARTIFACTS_DIR, or ../artifacts/e2e next to client-app. */
export async function artifactsDir() {
  const dir = process.env.E2E_ARTIFACTS_DIR
    ? path.resolve(process.env.E2E_ARTIFACTS_DIR)
    : path.resolve(clientAppDir, '..', 'artifacts', 'e2e');
  await mkdir(dir, { recursive: true });
  return dir;
}

export async function launchBrowser() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM_PATH}. Install Debian's package (apt-get install chromium) ` +
        'or set CHROMIUM_PATH.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** The prefix of a recorded Content-Security-Policy violation in a page's problems. */
export const CSP_VIOLATION = 'csp violation:';

/**
 * Opens a page that records uncaught page errors, failed same-origin requests and Content-Security-Policy violations
 * (the document's `securitypolicyviolation` events), so a test can assert the app ran cleanly.
 */
export async function openPage(context) {
  const page = await context.newPage();
  const problems = [];
  await page.exposeBinding('__reportCspViolation', (_source, text) =>
    problems.push(`${CSP_VIOLATION} ${text}`),
  );
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.documentURI}`,
      ),
    ),
  );
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  return { page, problems };
}
