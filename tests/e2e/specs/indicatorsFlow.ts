import path from 'node:path';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { addPeriods, periodOf } from '../../../src/shared/domain/indicators.js';
import { localToday } from '../../../src/shared/domain/dates.js';

/**
 * Issue 9 through the real UI and services, on the demo Mesa already open in the console: the
 * homicide chart with its goals' history (40 → 28 → 24), the values grid, and a CSV with one bad
 * row, refused as a whole, then fixed and applied, its new figures on the board.
 */

export const LAST_MONTH = addPeriods(periodOf(localToday()), -1);
/** The month whose Extorsión figure is corrected in the grid. */
export const GRID_MONTH = addPeriods(LAST_MONTH, -1);

const header = 'indicador,unidad,periodo,valor,fuente';
/** Robo de vehículo's last month corrected to 17 (the demo has 18), and a row whose value is a word. */
export const BAD_CSV = [header, `Robo de vehículo,casos,${LAST_MONTH},17,Fiscalía General del Estado`, `Secuestro,casos,${LAST_MONTH},uno,SESNSP`].join('\n');
export const FIXED_CSV = BAD_CSV.replace(',uno,', ',1,');

/** The latest figure shown in an indicator's row of the board. */
async function latestOf(page: Page, name: string): Promise<string> {
  const row = page.locator('[data-testid^="indicator-row-"]', { hasText: name });
  return (await row.locator('td.num strong').first().textContent()) ?? '';
}

export async function indicatorsFlow(page: Page, screenshotDir: string): Promise<void> {
  await page.getByTestId('nav-indicadores').click();
  await page.getByTestId('section-indicadores').waitFor();
  await page.locator('[data-testid^="indicator-row-"]').first().waitFor();
  expect(await page.locator('[data-testid^="indicator-row-"]').count()).toBe(5);
  expect(await page.getByTestId('indicators-goal-summary').textContent()).toContain('Homicidio doloso');

  // The homicide chart: the series and every goal as a labelled line, the history below it.
  await page.locator('[data-testid^="indicator-row-"]', { hasText: 'Homicidio doloso' }).getByRole('button').click();
  const chart = page.getByTestId('indicator-chart');
  await expect.poll(() => chart.locator('svg').count()).toBe(1);
  await expect.poll(async () => (await chart.locator('svg').textContent()) ?? '').toContain('Meta 24');
  const chartText = (await chart.locator('svg').textContent()) ?? '';
  expect(chartText).toContain('Homicidio doloso');
  expect(chartText).toContain('Meta 40');
  expect(chartText).toContain('Meta 28');
  const goals = page.getByTestId('indicator-goals').getByTestId('indicator-goal');
  expect(await goals.count()).toBe(3);
  expect(await goals.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-superseded')))).toEqual(['true', 'true', 'false']);
  expect(await goals.nth(2).textContent()).toMatch(/24.*vigente/);
  await page.screenshot({ path: path.join(screenshotDir, 'indicators-board.png'), fullPage: true });
  await page.getByTestId('indicator-detail').screenshot({ path: path.join(screenshotDir, 'indicators-chart.png') });

  // The grid: months newest first, the month in course read-only. A rate typed where the cases
  // go is refused with main's sentence and stays typed; the month's cases are saved.
  const extortionId = (await page.locator('[data-testid^="indicator-row-"]', { hasText: 'Extorsión' }).getAttribute('data-testid'))!.replace('indicator-row-', '');
  await page.getByTestId('indicators-tab-valores').click();
  const grid = page.getByTestId('indicator-grid');
  await grid.waitFor();
  expect(await grid.locator(`[data-testid="indicator-cell-${extortionId}-${periodOf(localToday())}"]`).isDisabled()).toBe(true);
  const cell = grid.getByTestId(`indicator-cell-${extortionId}-${GRID_MONTH}`);
  await cell.fill('14.5');
  await grid.getByTestId('indicator-grid-save').click();
  await expect.poll(async () => (await grid.getByTestId('error-message').textContent()) ?? '').toContain('no es un número de casos válido');
  expect(await cell.inputValue()).toBe('14.5');
  await grid.getByTestId('indicator-grid-save').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(screenshotDir, 'indicators-grid-refused.png') });
  await cell.fill('15');
  await grid.getByTestId('indicator-grid-save').click();
  await expect.poll(async () => (await grid.getByTestId('indicator-grid-saved').textContent()) ?? '').toBe('Guardado: 0 nuevo(s), 1 modificado(s), 0 borrado(s).');
  expect(await cell.inputValue()).toBe('15');
  await grid.evaluate((el) => el.scrollIntoView());
  await page.screenshot({ path: path.join(screenshotDir, 'indicators-grid.png') });

  // A CSV with a bad row: its problem shown, nothing applied.
  await page.getByTestId('indicators-tab-importar').click();
  await page.getByTestId('indicators-import-file').setInputFiles({ name: 'indicadores.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_CSV, 'utf8') });
  await expect.poll(() => page.getByTestId('indicators-import-row').count()).toBe(2);
  expect(await page.getByTestId('indicators-import-invalid').textContent()).toBe('1');
  expect(await page.getByTestId('indicators-import-issue').allTextContents()).toEqual([expect.stringContaining('«uno»')]);
  expect(await page.getByTestId('indicators-import-apply').isDisabled()).toBe(true);
  expect(await page.getByTestId('indicators-import-replaced').textContent()).toBe('1');
  await page.screenshot({ path: path.join(screenshotDir, 'indicators-import-preview.png'), fullPage: true });
  await page.getByTestId('indicators-tab-tablero').click();
  expect(await latestOf(page, 'Robo de vehículo')).toBe('18');

  // Fixed and chosen again: applied, the board shows the new figures.
  await page.getByTestId('indicators-tab-importar').click();
  await page.getByTestId('indicators-import-file').setInputFiles({ name: 'indicadores.csv', mimeType: 'text/csv', buffer: Buffer.from(FIXED_CSV, 'utf8') });
  await expect.poll(() => page.getByTestId('indicators-import-invalid').textContent()).toBe('0');
  await page.getByTestId('indicators-import-apply').click();
  const result = page.getByTestId('indicators-import-result');
  await result.waitFor();
  expect(await result.textContent()).toContain('2 modificado(s)');
  await page.screenshot({ path: path.join(screenshotDir, 'indicators-import-done.png') });
  await page.getByTestId('indicators-tab-tablero').click();
  await expect.poll(() => latestOf(page, 'Robo de vehículo')).toBe('17');
  expect(await latestOf(page, 'Secuestro')).toBe('1');

  // The same board in English, then back to Spanish for the tests that follow.
  await page.getByTestId('language-switch').selectOption('en');
  await expect.poll(() => page.getByTestId('indicators-goal-count').textContent()).toBe('Goals in force met: 1 of 2.');
  await expect.poll(async () => (await chart.locator('svg').textContent()) ?? '').toContain('Goal 24');
  await page.screenshot({ path: path.join(screenshotDir, 'indicators-board-en.png'), fullPage: true });
  await page.getByTestId('language-switch').selectOption('es');
  await expect.poll(() => page.getByTestId('indicators-tab-tablero').textContent()).toBe('Tablero');
}
