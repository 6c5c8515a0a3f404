// Accounts for the end-to-end suites: a citizen registered through the real form, and officials acting through the
// API as the workspace would (the development accounts that `migrate` creates in the Development environment).
import { request } from 'playwright-core';

import { openPage, urlFor } from './browser.mjs';

export const DEVELOPMENT_PASSWORD = 'HanoiDvc@2026';

/** A random, valid 12-digit citizen ID (born 2008, so the birth date below fits). */
export function newCitizenId() {
  return `001208${String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0')}`;
}

/**
 * A browser session of a development account signed in through the sign-in page, in Vietnamese, waiting for the header
 * link `readyTestId` that tells the account's role was recognised.
 */
export async function signInPage(browser, userName, readyTestId, width = 1366) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'vi-VN' });
  context.setDefaultTimeout(20_000);
  const { page, problems } = await openPage(context);
  await page.goto(urlFor('/dang-nhap'), { waitUntil: 'domcontentloaded' });
  await page.getByLabel('Số CCCD, mã số thuế hoặc email').fill(userName);
  await page.getByLabel('Mật khẩu').fill(DEVELOPMENT_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId(readyTestId).waitFor();
  return { context, page, problems };
}

/** A valid answer for a form field, by its type, as an applicant would type it. */
export function answer(field, citizenId) {
  switch (field.type) {
    case 'Number':
      return String(field.min ?? 2020);
    case 'Date':
      return '2008-05-01';
    case 'Select':
      return field.options[0].value;
    case 'CitizenId':
      return citizenId;
    case 'Phone':
      return '0912345678';
    case 'Email':
      return 'an.nguyen@example.vn';
    case 'File':
      return 'giay-to.pdf'; // through the API: names the file attached (the portal itself stores the file's id)
    default:
      return 'Nguyễn Văn Đức';
  }
}

/** Registers through the page, in Vietnamese, and waits for the account page. */
export async function registerCitizen(page, { citizenId, password, name = 'Nguyễn Văn Đức' }) {
  await page.goto(urlFor('/dang-ky'), { waitUntil: 'domcontentloaded' });
  await page.getByLabel('Họ và tên').fill(name);
  await page.getByLabel('Số định danh cá nhân (CCCD)').fill(citizenId);
  await page.getByLabel('Ngày sinh').fill('2008-05-01');
  await page.getByLabel('Số điện thoại').fill('0912345678');
  await page.getByLabel('Email').fill(`duc.${citizenId}@example.vn`);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByLabel('Nhập lại mật khẩu').fill(password);
  await page.getByTestId('register-submit').click();
  await page.waitForURL(/\/tai-khoan$/);
}

/**
 * An official signed in through `POST /api/v1/auth/token`, in a request context of its own (so its refresh cookie
 * never mixes with the browser's). `post` fails the test on anything but the expected status.
 */
export async function official(userName) {
  const api = await request.newContext({ baseURL: urlFor('/') });
  const signIn = await api.post('/api/v1/auth/token', {
    data: { userName, password: DEVELOPMENT_PASSWORD },
  });
  if (!signIn.ok())
    throw new Error(`${userName} could not sign in: ${signIn.status()} ${await signIn.text()}`);
  const { accessToken } = await signIn.json();
  const userId = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString()).sub;
  const headers = { Authorization: `Bearer ${accessToken}` };
  return {
    userId,
    async get(path) {
      const response = await api.get(path, { headers });
      if (!response.ok())
        throw new Error(`${userName} GET ${path}: ${response.status()} ${await response.text()}`);
      return response.json();
    },
    async post(path, data = {}, expected = 200) {
      const response = await api.post(path, { data, headers });
      if (response.status() !== expected) {
        throw new Error(`${userName} POST ${path}: ${response.status()} ${await response.text()}`);
      }
      return response.json();
    },
    async put(path, data = {}) {
      const response = await api.put(path, { data, headers });
      if (!response.ok())
        throw new Error(`${userName} PUT ${path}: ${response.status()} ${await response.text()}`);
      return response.json();
    },
    dispose: () => api.dispose(),
  };
}

/**
 * A citizen registered and signed in through the API (no browser), who submits a dossier of the first procedure open
 * to citizens decided at `level` by the agency `agencyCode` (default: the Department), with a small PDF for each
 * mandatory document. Returns the dossier's id and the procedure.
 */
export async function submittedDossier(
  pdfBytes,
  { level = 'province', agencyCode = '000.00.12.H26' } = {},
) {
  const api = await request.newContext({ baseURL: urlFor('/') });
  const citizenId = newCitizenId();
  const password = 'MatKhau2026x';
  const registered = await api.post('/api/v1/auth/register/citizen', {
    data: {
      fullName: 'Trần Thị Bình',
      citizenId,
      dateOfBirth: '2008-05-01',
      phone: '0912345678',
      email: `binh.${citizenId}@example.vn`,
      password,
    },
  });
  if (!registered.ok()) throw new Error(`registration failed: ${await registered.text()}`);
  const { accessToken } = await (
    await api.post('/api/v1/auth/token', { data: { userName: citizenId, password } })
  ).json();
  const headers = { Authorization: `Bearer ${accessToken}` };
  const list = await (
    await api.get(`/api/v1/procedures?level=${level}&applicantType=Citizen&pageSize=100`)
  ).json();
  const procedure = await (await api.get(`/api/v1/procedures/${list.items[0].id}`)).json();
  const agencies = await (await api.get(`/api/v1/agencies?level=${level}&pageSize=100`)).json();
  const deciding = agencies.items.find((a) => a.code === agencyCode);
  const formData = Object.fromEntries(
    procedure.form.filter((f) => f.required).map((f) => [f.key, answer(f, citizenId)]),
  );
  const started = await api.post('/api/v1/dossiers', {
    headers,
    data: { procedureId: procedure.id, decidingAgencyId: deciding.id, formData },
  });
  if (started.status() !== 201) throw new Error(`draft failed: ${await started.text()}`);
  const { id } = await started.json();
  for (const document of procedure.documents.filter((d) => d.mandatory)) {
    const attached = await api.post(`/api/v1/dossiers/${id}/attachments`, {
      headers,
      multipart: {
        file: { name: 'giay-to.pdf', mimeType: 'application/pdf', buffer: pdfBytes },
        documentName: document.name,
      },
    });
    if (attached.status() !== 201) throw new Error(`upload failed: ${await attached.text()}`);
  }
  const submitted = await api.post(`/api/v1/dossiers/${id}/submit`, {
    headers,
    data: { formData },
  });
  if (!submitted.ok()) throw new Error(`submit failed: ${await submitted.text()}`);
  await api.dispose();
  return { id, procedure };
}
