import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/**
 * Issue 7 through the real UI and services, on the demo Mesa already open in the console:
 * the matrix filtered to what is overdue and sorted by due date, one agreement's detail, a
 * saved view, a messy spreadsheet imported past its preview (unknown committee and person
 * created on request, sessions created as past plenaries), and the filtered matrix as DOCX.
 */

/** A sheet as secretaries keep it: BOM, semicolons, headers in their own words, an extra column, a blank line, both date formats. */
export const MESSY_SHEET = [
  '\uFEFFClave;Acuerdo;Sesión;Fecha sesión;Comité;Responsables;Fecha compromiso;Estatus;Avance (%);Seguimiento;Notas internas',
  ';Rehabilitar el alumbrado del parque de la colonia Las Palmas;3/2024;14/05/2024;Comité de parques y jardines;Ana Prueba Importación;2024-09-30;en proceso;40 %;Se pidió presupuesto a Obras Públicas.;revisar',
  '',
  ';Instalar dos bebederos en la unidad deportiva norte;3/2024;2024-05-14;Comité de parques y jardines;;30/06/2024;Cumplido;100;;',
].join('\r\n');

export async function agreementsFlow(page: Page, dir: string, screenshotDir: string): Promise<void> {
  await page.getByTestId('nav-acuerdos').click();
  await page.getByTestId('matrix-row').first().waitFor();
  const countText = () => page.getByTestId('matrix-count').textContent();
  const total = Number(/de ([\d,]+) acuerdos/.exec((await countText()) ?? '')![1]!.replace(/,/g, ''));
  expect(total).toBeGreaterThan(10);

  // Only what is overdue, by due date: the secretary's list before a plenary.
  if ((await page.getByTestId('matrix-filters-toggle').getAttribute('aria-expanded')) === 'false') {
    await page.getByTestId('matrix-filters-toggle').click();
  }
  await page.getByTestId('matrix-filter-overdue').check();
  await page.getByTestId('matrix-sort-dueOn').click();
  await expect.poll(() => page.locator('[role="columnheader"][aria-sort="ascending"]').textContent()).toContain('Compromiso');
  await expect.poll(countText).toMatch(/^(\d+) de [\d,]+ acuerdos · \1 vencidos?$/);
  const rows = page.getByTestId('matrix-row');
  const shown = await rows.count();
  expect(shown).toBeGreaterThan(0);
  expect(await page.getByTestId('overdue-badge').count()).toBe(shown);
  const dues = await rows.locator('.matrix-c-dueOn time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
  expect(dues).toEqual([...dues].sort());
  await page.screenshot({ path: path.join(screenshotDir, 'agreements-overdue.png') });

  // One agreement: opened from the keyboard, its follow-ups and its audit history.
  await page.getByTestId('matrix-grid').focus();
  await page.keyboard.press('ArrowDown');
  const code = await page.locator('[data-testid="matrix-row"][aria-selected="true"]').getAttribute('data-code');
  await page.keyboard.press('Enter');
  await page.getByTestId('agreement-detail').waitFor();
  expect(await page.getByTestId('agreement-detail').textContent()).toContain(code!);
  expect(await page.getByTestId('agreement-history').count()).toBeGreaterThan(0);
  await page.screenshot({ path: path.join(screenshotDir, 'agreement-detail.png'), fullPage: true });
  await page.getByTestId('agreement-back').click();
  await page.getByTestId('matrix-grid').waitFor();
  expect(await page.locator('[data-testid="matrix-row"][aria-selected="true"]').getAttribute('data-code')).toBe(code);

  // The same view, kept under a name.
  await page.getByTestId('matrix-view-name').fill('Vencidos por fecha compromiso');
  await page.getByTestId('matrix-view-save').click();
  await expect.poll(() => page.getByTestId('matrix-view-select').inputValue()).toBe('Vencidos por fecha compromiso');

  // The spreadsheet: nothing is written until the preview is clean and the secretary imports.
  await page.getByTestId('agreements-tab-importar').click();
  await page.getByTestId('agreements-import-file').setInputFiles({ name: 'matriz 2024.csv', mimeType: 'text/csv', buffer: Buffer.from(MESSY_SHEET, 'utf8') });
  await expect.poll(() => page.getByTestId('import-row').count()).toBe(2);
  expect(await page.getByTestId('agreements-import-chosen').textContent()).toContain('«;»');
  expect(await page.getByTestId('import-apply').isDisabled()).toBe(true);
  expect(await page.getByTestId('import-issue').allTextContents()).toEqual([
    expect.stringContaining('Comité de parques y jardines'),
    expect.stringContaining('Ana Prueba Importación'),
    expect.stringContaining('Comité de parques y jardines'),
  ]);
  expect(await page.getByTestId('import-new-session').allTextContents()).toEqual([expect.stringContaining('3/2024')]);
  await page.screenshot({ path: path.join(screenshotDir, 'agreements-import-preview.png'), fullPage: true });
  await page.getByTestId('import-create-missing').check();
  await expect.poll(() => page.getByTestId('import-apply').isEnabled()).toBe(true);
  expect(await page.getByTestId('import-issue').count()).toBe(0);
  await page.getByTestId('import-apply').click();
  const result = page.getByTestId('import-result');
  await result.waitFor();
  expect(await result.textContent()).toContain('Comité de parques y jardines');

  await page.getByTestId('agreements-tab-matriz').click();
  await page.getByTestId('matrix-filter-clear').click();
  await expect.poll(countText).toMatch(new RegExp(`^${(total + 2).toLocaleString('en-US')} de ${(total + 2).toLocaleString('en-US')} acuerdos`));
  await page.getByTestId('matrix-filter-text').fill('bebederos');
  await expect.poll(() => page.getByTestId('matrix-row').count()).toBe(1);
  await page.getByTestId('matrix-filter-text').fill('');

  // The overdue view again, as a landscape DOCX for the plenary (citizen-only agreements left out).
  await page.getByTestId('matrix-view-select').selectOption('Vencidos por fecha compromiso');
  await page.getByTestId('matrix-export-open').click();
  await expect.poll(() => page.getByTestId('matrix-export-path').inputValue()).toMatch(/\.docx$/);
  expect(await page.getByTestId('matrix-export-plenary-only').isChecked()).toBe(true);
  const out = path.join(dir, 'matriz-vencidos.docx');
  await page.getByTestId('matrix-export-path').fill(out);
  await page.getByTestId('matrix-export-docx').click();
  // It leaves the encrypted workspace: written only once confirmed.
  expect(await page.getByTestId('export-plaintext-where').textContent()).toContain(out);
  await page.getByTestId('export-plaintext-accept').click();
  const done = page.getByTestId('matrix-export-done');
  await done.waitFor();
  expect(await page.getByTestId('matrix-export-path-done').textContent()).toBe(out);
  expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  await page.screenshot({ path: path.join(screenshotDir, 'agreements-export.png') });
}
