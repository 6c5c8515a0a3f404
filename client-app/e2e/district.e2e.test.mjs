// The workspace at district level: the seeds' three-tier set-up (with district People's Committees) runs in a second
// API of its own (test.sh starts it and sets E2E_THREE_TIER_URL). Ba Đình's desk receives and assigns, its specialist
// submits, its leader approves and the desk returns the result, all in the browser.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

const threeTier = process.env.E2E_THREE_TIER_URL;
if (threeTier) process.env.E2E_BASE_URL = threeTier; // this file's process talks to the three-tier API only

const { seriousA11yViolations } = await import('./support/a11y.mjs');
const { signInPage, submittedDossier } = await import('./support/accounts.mjs');
const { launchBrowser, urlFor } = await import('./support/browser.mjs');
const { act, assignFirstSpecialist, openCase } = await import('./support/workspace.mjs');

const PDF = Buffer.from(`%PDF-1.7\n${'3'.repeat(2000)}\n%%EOF\n`);
const BA_DINH = '000.00.31.H26';

describe(
  'officials at a district (three-tier set-up)',
  { timeout: 240_000, skip: !threeTier && 'E2E_THREE_TIER_URL is not set' },
  () => {
    let browser;
    const people = {};
    let dossier;

    before(async () => {
      browser = await launchBrowser();
      dossier = await submittedDossier(PDF, { level: 'district', agencyCode: BA_DINH });
      for (const role of ['receptionist', 'specialist', 'leader']) {
        people[role] = await signInPage(browser, `badinh.${role}`, 'workspace-link');
      }
    });

    after(async () => {
      await browser?.close();
    });

    it("Ba Đình's desk, specialist and leader take a district dossier from reception to the returned result", async () => {
      const desk = people.receptionist.page;
      await desk.goto(urlFor('/can-bo'), { waitUntil: 'domcontentloaded' });
      await desk.locator(`a[href="/can-bo/ho-so/${dossier.id}"]`).click();
      await desk.getByTestId('case-status').waitFor();
      assert.match((await desk.locator('article').textContent()) ?? '', /Đã nộp, chờ tiếp nhận/);
      await act(desk, 'receive');
      assert.match(
        (await desk.locator('h1').textContent()) ?? '',
        /^\s*000\.00\.31\.H26-\d{6}-\d{4}\s*$/,
      );
      await assignFirstSpecialist(desk);

      await openCase(people.specialist.page, dossier.id);
      await act(people.specialist.page, 'submit-for-approval');
      await openCase(people.leader.page, dossier.id);
      const violations = await seriousA11yViolations(people.leader.page);
      assert.deepEqual(violations, [], `axe found:\n${violations.join('\n')}`);
      await act(people.leader.page, 'approve');
      await openCase(desk, dossier.id);
      await act(desk, 'return-result', () =>
        desk.getByLabel('Hình thức trả kết quả').selectOption('InPerson'),
      );
      assert.equal((await desk.getByTestId('case-status').textContent())?.trim(), 'Đã trả kết quả');
    });

    it('says on the public catalogue that this set-up runs the historical 2019–2020 list', async () => {
      const page = people.receptionist.page;
      await page.goto(urlFor('/thu-tuc'), { waitUntil: 'domcontentloaded' });
      const note = page
        .getByRole('note')
        .filter({ hasText: 'danh mục lịch sử giai đoạn 2019–2020' });
      await note.waitFor();
      assert.match(
        (await note.textContent()) ?? '',
        /không phải danh mục thủ tục đang có hiệu lực/,
      );
    });

    it('ran without page errors or failed requests', () => {
      for (const [role, { problems }] of Object.entries(people)) {
        assert.deepEqual(
          problems.filter((p) => !/net::ERR_ABORTED/.test(p)),
          [],
          role,
        );
      }
    });
  },
);
