// What a citizen meets after submitting, arranged through the API as the portal and the desk would: a citizen registered
// through the API, a dossier of the payable test procedure submitted (and, when asked, paid in the sandbox gateway and
// received at the Department's desk), the receipt PDF, and the QR code read back from it with pdftoppm and zbarimg.
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

import { request } from 'playwright-core';

import { newCitizenId, official } from './accounts.mjs';
import { urlFor } from './browser.mjs';
import { publishPayable } from './catalogue.mjs';

export const PAYABLE =
  'Công nhận văn bằng do cơ sở giáo dục nước ngoài cấp (thử nghiệm thanh toán)';
const DEPARTMENT = '000.00.12.H26';
const PASSWORD = 'MatKhau2026x';

/** A citizen registered through the API; `call` sends an authenticated request and fails on anything but `expected`. */
export async function apiCitizen(name = 'Trần Thị Bình') {
  const api = await request.newContext({ baseURL: urlFor('/') });
  const citizenId = newCitizenId();
  const registered = await api.post('/api/v1/auth/register/citizen', {
    data: {
      fullName: name,
      citizenId,
      dateOfBirth: '2008-05-01',
      phone: '0912345678',
      email: `binh.${citizenId}@example.vn`,
      password: PASSWORD,
    },
  });
  if (!registered.ok()) throw new Error(`registration failed: ${await registered.text()}`);
  const { accessToken } = await (
    await api.post('/api/v1/auth/token', { data: { userName: citizenId, password: PASSWORD } })
  ).json();
  const headers = { Authorization: `Bearer ${accessToken}` };
  async function call(method, pathname, options = {}, expected = 200) {
    const response = await api.fetch(pathname, { method, headers, maxRedirects: 0, ...options });
    if (response.status() !== expected) {
      throw new Error(`${method} ${pathname}: ${response.status()} ${await response.text()}`);
    }
    return response;
  }
  return { citizenId, password: PASSWORD, api, call, dispose: () => api.dispose() };
}

/** Submits a dossier of the payable test procedure (one diploma: 250.000 đồng due before reception); returns its id. */
export async function submitPayable(citizen, pdfBytes) {
  const admin = await official('sysadmin');
  let procedureId;
  try {
    procedureId = await publishPayable(admin, PAYABLE);
  } finally {
    await admin.dispose();
  }
  const procedure = await (await citizen.call('GET', `/api/v1/procedures/${procedureId}`)).json();
  const agencies = await (
    await citizen.call('GET', '/api/v1/agencies?level=province&pageSize=100')
  ).json();
  const deciding = agencies.items.find((a) => a.code === DEPARTMENT);
  const formData = { fullName: 'Trần Thị Bình', diplomas: '1' };
  const { id } = await (
    await citizen.call(
      'POST',
      '/api/v1/dossiers',
      { data: { procedureId, decidingAgencyId: deciding.id, formData } },
      201,
    )
  ).json();
  for (const document of procedure.documents.filter((d) => d.mandatory)) {
    await citizen.call(
      'POST',
      `/api/v1/dossiers/${id}/attachments`,
      {
        multipart: {
          file: { name: 'giay-to.pdf', mimeType: 'application/pdf', buffer: pdfBytes },
          documentName: document.name,
        },
      },
      201,
    );
  }
  await citizen.call('POST', `/api/v1/dossiers/${id}/submit`, { data: { formData } });
  return id;
}

/** Starts an online payment and returns the gateway's address (the order), without paying. */
export async function startPayment(citizen, id) {
  const started = await (
    await citizen.call('POST', `/api/v1/dossiers/${id}/payments`, { data: {} }, 201)
  ).json();
  return started.redirectUrl;
}

/** Pays the dossier's fees in the sandbox gateway (the payer chooses "pay"; the IPN comes before the return). */
export async function payInSandbox(citizen, id) {
  const order = new URL(await startPayment(citizen, id)).search.slice(1);
  await citizen.call(
    'GET',
    `/api/v1/payments/sandbox/complete?outcome=Pay&order=${encodeURIComponent(order)}`,
    {},
    302,
  );
}

/** The Department's desk receives the dossier; returns its code. */
export async function receiveAtDesk(id) {
  const desk = await official('sgd.receptionist');
  try {
    const received = await desk.post(`/api/v1/dossiers/${id}/receive`, { comment: null });
    return received.code;
  } finally {
    await desk.dispose();
  }
}

/** Downloads the dossier's receipt (Mẫu số 01) as the applicant, renders its first page and decodes its QR code. */
export async function receiptQr(citizen, id, dir) {
  const pdf = path.join(dir, `receipt-${id}.pdf`);
  const response = await citizen.call('GET', `/api/v1/dossiers/${id}/documents/Receipt`);
  await writeFile(pdf, await response.body());
  const prefix = path.join(dir, `receipt-${id}`);
  execFileSync('pdftoppm', ['-r', '150', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
  return execFileSync('zbarimg', ['--raw', '-q', `${prefix}.png`], { encoding: 'utf8' }).trim();
}
