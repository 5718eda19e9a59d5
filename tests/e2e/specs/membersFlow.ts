import path from 'node:path';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { createWorkspaceThroughUi } from './createWorkspace.js';

/**
 * Issue 4 through the real UI and services: register an official, import people from a
 * semicolon CSV after a preview that blocks bad rows, see the offices warnings, the
 * committees and the English labels.
 */
const BAD_CSV = `nombre;tipo;cargo;institucion;orden;poder;correo;telefono;fecha_ingreso
;ciudadano;;;;;;;2025-01-01
Pedro Gómez;alcalde;;;;;;;2025-01-01
Carla Ruiz;ciudadano;;;;;;;2025-02-30`;

const GOOD_CSV = `Nombre;Tipo;Cargo;Institución;Orden;Poder;Correo;Teléfono;Fecha ingreso
Ana Pérez;ciudadano;;;;;ana@example.org;;2025-03-01
Beto Díaz;ciudadano;;;;;;;2025-03-01
Rosa Méndez;funcionario;Fiscal de Distrito;Fiscalía General del Estado;estatal;ejecutivo;;;2025-03-01`;

export async function membersFlow(page: Page, workspaceDir: string, screenshotDir: string): Promise<void> {
  await createWorkspaceThroughUi(page, path.join(workspaceDir, 'miembros.plenaria'), 'Mesa de Miembros E2E');

  await page.getByTestId('nav-miembros').click();
  await page.getByTestId('tab-personas').click();
  await page.getByTestId('person-new').click();
  await page.getByTestId('person-kind').selectOption('official');
  await page.getByTestId('person-name').fill('Luis Ortega');
  await page.getByTestId('person-post').fill('Director de Seguridad Pública');
  await page.getByTestId('person-institution').fill('Municipio de Juárez');
  await page.getByTestId('person-order').selectOption('municipal');
  await page.getByTestId('person-power').selectOption('ejecutivo');
  await page.getByTestId('person-save').click();
  await expect.poll(() => page.getByTestId('person-row').count()).toBe(1);

  await page.getByTestId('tab-importar').click();
  await page.getByTestId('import-text').fill(BAD_CSV);
  await page.getByTestId('import-preview').click();
  await expect.poll(() => page.getByTestId('import-row').count()).toBe(3);
  expect(await page.getByTestId('import-apply').isDisabled()).toBe(true);
  await page.screenshot({ path: path.join(screenshotDir, 'import-bad-rows.png'), fullPage: true });

  await page.getByTestId('import-text').fill(GOOD_CSV);
  await page.getByTestId('import-preview').click();
  await expect.poll(() => page.getByTestId('import-apply').isEnabled()).toBe(true);
  await page.getByTestId('import-apply').click();
  await page.getByTestId('import-result').waitFor();

  await page.getByTestId('tab-personas').click();
  await expect.poll(() => page.getByTestId('person-row').count()).toBe(4);
  await page.screenshot({ path: path.join(screenshotDir, 'people.png'), fullPage: true });

  await page.getByTestId('tab-cargos').click();
  await page.getByTestId('role-warnings').waitFor();
  expect(await page.getByTestId('role-warning').count()).toBeGreaterThanOrEqual(2);

  await page.getByTestId('language-switch').selectOption('en');
  await expect.poll(() => page.getByTestId('tab-personas').textContent()).toMatch(/People/);
  await page.getByTestId('language-switch').selectOption('es');
  await expect.poll(() => page.getByTestId('tab-personas').textContent()).toMatch(/Personas/);

  await page.getByTestId('nav-comites').click();
  await expect.poll(() => page.getByTestId('committee-row').count()).toBe(2);
  await page.screenshot({ path: path.join(screenshotDir, 'committees.png'), fullPage: true });
}
