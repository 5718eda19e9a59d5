import type { Page } from 'playwright-core';

export const E2E_PASSPHRASE = 'frase de acceso de prueba e2e';

/** From the welcome screen to an open workspace, through the create form. */
export async function createWorkspaceThroughUi(page: Page, file: string, mesa: string): Promise<void> {
  await page.getByTestId('welcome').waitFor();
  await page.getByTestId('create-workspace').click();
  await page.getByTestId('create-name').fill(mesa);
  await page.getByTestId('create-municipality').fill('Ciudad Juárez');
  await page.getByTestId('create-population').fill('1512450');
  await page.getByTestId('create-path').fill(file);
  await page.getByTestId('create-passphrase').fill(E2E_PASSPHRASE);
  await page.getByTestId('create-passphrase-confirm').fill(E2E_PASSPHRASE);
  await page.getByTestId('create-submit').click();
  await page.getByTestId('app-shell').waitFor();
}
