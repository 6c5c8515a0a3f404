// Helpers of the personal document store's browser test: a citizen's draft of a named Department procedure through the
// API (the form answered), and a wait for what the outbox puts into the store after the commit.
import { answer } from './accounts.mjs';

/** Starts `citizen`'s draft of the Department procedure named `name`; returns the draft and the procedure. */
export async function draftOf(citizen, name) {
  const found = await (
    await citizen.call(
      'GET',
      `/api/v1/procedures?q=${encodeURIComponent(name)}&level=province&pageSize=20`,
    )
  ).json();
  const procedure = await (
    await citizen.call('GET', `/api/v1/procedures/${found.items.find((p) => p.name === name).id}`)
  ).json();
  const agencies = await (
    await citizen.call('GET', '/api/v1/agencies?level=province&pageSize=100')
  ).json();
  const deciding = agencies.items.find((a) => a.code === '000.00.12.H26');
  const formData = Object.fromEntries(
    procedure.form.filter((f) => f.required).map((f) => [f.key, answer(f, citizen.citizenId)]),
  );
  const started = await citizen.call(
    'POST',
    '/api/v1/dossiers',
    { data: { procedureId: procedure.id, decidingAgencyId: deciding.id, formData } },
    201,
  );
  return { draft: await started.json(), procedure, formData };
}

/** Uploads a small PDF for each mandatory document of the draft not in `except`. */
export async function attachMandatory(citizen, id, procedure, pdfBytes, except = []) {
  for (const document of procedure.documents.filter(
    (d) => d.mandatory && !except.includes(d.name),
  )) {
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
}

/** Waits until the citizen's store holds a document of type `type` (the outbox runs after the commit). */
export async function waitForStored(citizen, type, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const documents = await (await citizen.call('GET', '/api/v1/me/documents')).json();
    const found = documents.find((d) => d.documentType === type);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`"${type}" never entered the store`);
}
