// The officials' dossier page driven by what an official reads: the page's headings, its buttons and their labels.
import { request } from 'playwright-core';

import { answer, newCitizenId } from './accounts.mjs';
import { urlFor } from './browser.mjs';

/** Opens the officials' page of dossier `id` and waits until its actions panel is there. */
export async function openDossier(page, id) {
  await page.goto(urlFor(`/can-bo/ho-so/${id}`), { waitUntil: 'domcontentloaded' });
  await page.getByRole('heading', { level: 1 }).waitFor();
  await actionsPanel(page).waitFor();
}

/** The panel of actions (the page's complementary landmark, named by its heading). */
export function actionsPanel(page, name = 'Thao tác') {
  return page.getByRole('complementary', { name });
}

/** The names of the action buttons offered (the papers to download are links of another kind, named "… — …"). */
export async function offeredActions(page, panelName = 'Thao tác') {
  const names = await actionsPanel(page, panelName).getByRole('button').allInnerTexts();
  return names
    .map((n) => n.trim())
    .filter((n) => n && !n.includes(' — ') && n !== 'Xác nhận' && n !== 'Confirm');
}

/** Opens the action named `name`, lets `fill` answer its form, confirms, and returns the page's message. */
export async function runAction(page, name, fill = async () => {}, { confirm = 'Xác nhận' } = {}) {
  const panel = actionsPanel(page);
  await panel.getByRole('button', { name, exact: true }).click();
  await fill();
  await panel.getByRole('button', { name: confirm, exact: true }).click();
  const message = page
    .getByRole('status')
    .filter({ hasText: /Đã thực hiện|Lý do|Done:|Reason/ })
    .first();
  await message.waitFor();
  return (await message.textContent())?.trim() ?? '';
}

/**
 * A citizen registered through the API submits a dossier of the procedure named `procedureName` to the Department, with
 * the first option of each choice and a small PDF for each mandatory document. Returns its id and the procedure.
 */
export async function submitDossierOf(procedureName, pdfBytes) {
  const api = await request.newContext({ baseURL: urlFor('/') });
  try {
    const citizenId = newCitizenId();
    const password = 'MatKhau2026x';
    const registered = await api.post('/api/v1/auth/register/citizen', {
      data: {
        fullName: 'Lê Thị Mai',
        citizenId,
        dateOfBirth: '2008-09-02',
        phone: '0912345678',
        email: `mai.${citizenId}@example.vn`,
        password,
      },
    });
    if (!registered.ok()) throw new Error(`registration failed: ${await registered.text()}`);
    const { accessToken } = await (
      await api.post('/api/v1/auth/token', { data: { userName: citizenId, password } })
    ).json();
    const headers = { Authorization: `Bearer ${accessToken}` };
    const found = await (
      await api.get(
        `/api/v1/procedures?q=${encodeURIComponent(procedureName)}&level=province&pageSize=20`,
      )
    ).json();
    const summary = found.items.find((p) => p.name === procedureName);
    const procedure = await (await api.get(`/api/v1/procedures/${summary.id}`)).json();
    const agencies = await (await api.get('/api/v1/agencies?level=province&pageSize=100')).json();
    const department = agencies.items.find((a) => a.code === '000.00.12.H26');
    const formData = Object.fromEntries(
      procedure.form.filter((f) => f.required).map((f) => [f.key, answer(f, citizenId)]),
    );
    const started = await api.post('/api/v1/dossiers', {
      headers,
      data: { procedureId: procedure.id, decidingAgencyId: department.id, formData },
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
    return { id, procedure, formData };
  } finally {
    await api.dispose();
  }
}
