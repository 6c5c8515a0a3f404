// Helpers of the results, dashboard and audit browser tests: a dossier of a named Department procedure submitted by a new
// citizen through the API, moved along by the officials; a workbook's sheet read back (python3's zipfile, no npm package).
import { execFileSync } from 'node:child_process';

import { request } from 'playwright-core';

import { DEVELOPMENT_PASSWORD, answer, newCitizenId } from './accounts.mjs';
import { urlFor } from './browser.mjs';

/** A new citizen submits a dossier of the Department procedure named `name` (mandatory documents attached); returns its id. */
export async function dossierOf(name, pdfBytes, extra = {}) {
  const api = await request.newContext({ baseURL: urlFor('/') });
  try {
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
    const found = await (
      await api.get(`/api/v1/procedures?q=${encodeURIComponent(name)}&level=province&pageSize=20`)
    ).json();
    const procedure = await (
      await api.get(`/api/v1/procedures/${found.items.find((p) => p.name === name).id}`)
    ).json();
    const agencies = await (await api.get('/api/v1/agencies?level=province&pageSize=100')).json();
    const deciding = agencies.items.find((a) => a.code === '000.00.12.H26');
    const formData = {
      ...Object.fromEntries(
        procedure.form.filter((f) => f.required).map((f) => [f.key, answer(f, citizenId)]),
      ),
      ...extra,
    };
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
    return id;
  } finally {
    await api.dispose();
  }
}

/** Signs `userName` in through the sign-in page (labels and the button), in Vietnamese, at `width`. */
export async function signIn(browser, openPage, userName, width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'vi-VN' });
  context.setDefaultTimeout(20_000);
  const { page, problems } = await openPage(context);
  await page.goto(urlFor('/dang-nhap'), { waitUntil: 'domcontentloaded' });
  await page.getByLabel('Số CCCD, mã số thuế hoặc email').fill(userName);
  await page.getByLabel('Mật khẩu').fill(DEVELOPMENT_PASSWORD);
  await page.locator('main').getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'));
  return { context, page, problems };
}

/** Switches the page's language with the header's switch ("English" / "Tiếng Việt"). */
export async function switchLanguage(page, to) {
  const group = page.getByRole('group', {
    name: to === 'en' ? 'Chọn ngôn ngữ' : 'Choose language',
  });
  await group.getByRole('button', { name: to === 'en' ? 'English' : 'Tiếng Việt' }).click();
  await page.locator(`html[lang="${to}"]`).waitFor({ state: 'attached' });
}

/** The rows (arrays of cell texts) of the sheet named `sheet` of the workbook at `file`. */
export function sheetRows(file, sheet) {
  const script = String.raw`
import json, re, sys, zipfile
from xml.etree import ElementTree as ET
ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'r': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'}
z = zipfile.ZipFile(sys.argv[1])
wb = ET.fromstring(z.read('xl/workbook.xml'))
rels = ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))
target = {r.get('Id'): r.get('Target') for r in rels}
sheet = next(s for s in wb.find('m:sheets', ns) if s.get('name') == sys.argv[2])
path = target[sheet.get('{%s}id' % ns['r'])].lstrip('/')
path = path if path.startswith('xl/') else 'xl/' + path
rows = []
for row in ET.fromstring(z.read(path)).iter('{%s}row' % ns['m']):
    cells = []
    for c in row.findall('m:c', ns):
        t = c.find('m:is/m:t', ns)
        v = c.find('m:v', ns)
        cells.append(t.text if t is not None else (v.text if v is not None else ''))
    rows.append({'index': int(row.get('r')), 'cells': cells})
print(json.dumps(rows))
`;
  return JSON.parse(execFileSync('python3', ['-c', script, file, sheet], { encoding: 'utf8' }));
}
