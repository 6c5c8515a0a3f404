// The officials' dossier page driven as an official would: open a dossier, run one of its actions.
import { urlFor } from './browser.mjs';

/** Opens the officials' page of dossier `id` and waits for its status. */
export async function openCase(page, id) {
  await page.goto(urlFor(`/can-bo/ho-so/${id}`), { waitUntil: 'domcontentloaded' });
  await page.getByTestId('case-status').waitFor();
}

/** Opens the action's form, lets `fill` answer it, confirms and waits for "done". */
export async function act(page, action, fill = async () => {}) {
  await page.getByTestId(`action-${action}`).click();
  await fill();
  await page.getByTestId(`confirm-${action}`).click();
  await page.getByTestId('case-message').filter({ hasText: 'Đã thực hiện' }).waitFor();
}

/** Assigns the dossier open on `desk` to the first specialist offered. */
export async function assignFirstSpecialist(desk) {
  await act(desk, 'assign', async () => {
    const select = desk.getByLabel('Chuyên viên xử lý');
    const option = select.locator('option', { hasText: 'Chuyên viên' }).first();
    await option.waitFor({ state: 'attached' });
    await select.selectOption(await option.getAttribute('value'));
  });
}
