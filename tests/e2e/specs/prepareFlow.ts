import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { docxXml } from '../../support/unzip.js';
import { createWorkspaceThroughUi } from './createWorkspace.js';

/**
 * Issue 5 through the real UI and services: a coordinator prepares a plenary — the session,
 * its agenda, the citizen meeting with notes and a promoted topic, the convocation — and
 * exports the orden del día, which must carry the promoted title and none of the notes.
 */
export const CITIZEN_NOTE = 'NOTA-SOLO-CIUDADANOS: pedir cifras por colonia antes de que hable la Fiscalía';
export const TOPIC_BODY = 'CUERPO-SOLO-CIUDADANOS: datos del observatorio ciudadano';

export async function prepareFlow(page: Page, workspaceDir: string, screenshotDir: string): Promise<string> {
  await createWorkspaceThroughUi(page, path.join(workspaceDir, 'plenaria.plenaria'), 'Mesa de Preparación E2E');

  await page.getByTestId('nav-sesiones').click();
  await page.getByTestId('session-new').click();
  await page.getByTestId('session-kind').selectOption('plenary');
  await page.getByTestId('session-plenary-type').selectOption('ordinary');
  await page.getByTestId('session-date').fill('2030-03-15T17:00');
  await page.getByTestId('session-place').fill('Sala de Cabildo');
  await page.getByTestId('session-save').click();
  // A new session opens straight on its agenda.
  await page.getByTestId('agenda-screen').waitFor();
  await expect.poll(() => page.getByTestId('agenda-item').count()).toBe(8);
  await expect.poll(() => page.getByTestId('agenda-estimated-end').textContent()).toContain('19:40');

  await page.getByTestId('agenda-add').click();
  await page.getByTestId('agenda-item-kind').selectOption('authority_reports');
  await page.getByTestId('agenda-item-title').fill('Informe de la Fiscalía Zona Norte');
  await page.getByTestId('agenda-item-minutes').fill('20');
  await page.getByTestId('agenda-item-description').fill('Avance de carpetas de investigación');
  await page.getByTestId('agenda-item-save').click();
  await expect.poll(() => page.getByTestId('agenda-item').count()).toBe(9);
  await expect.poll(() => page.getByTestId('agenda-estimated-end').textContent()).toContain('20:00');
  // Move the new item (7th, before general matters) up one place with the button.
  const titles = () => page.getByTestId('agenda-item-name').allTextContents();
  expect((await titles())[6]).toContain('Informe de la Fiscalía');
  await page.getByTestId('agenda-item').nth(6).getByTestId('agenda-item-up').click();
  await expect.poll(async () => (await titles())[5]).toContain('Informe de la Fiscalía');
  await page.screenshot({ path: path.join(screenshotDir, 'agenda.png'), fullPage: true });

  await page.getByTestId('prepare-citizen-meeting').click();
  await page.getByTestId('citizen-only-banner').waitFor();
  await page.getByTestId('prep-note').nth(5).fill(CITIZEN_NOTE);
  await page.getByTestId('prep-note-save').nth(5).click();
  await page.getByTestId('topic-new-title').fill('Robo a transporte público');
  await page.getByTestId('topic-new-body').fill(TOPIC_BODY);
  await page.getByTestId('topic-add').click();
  await expect.poll(() => page.getByTestId('topic-row').count()).toBe(1);
  await page.getByTestId('topic-promote-minutes').fill('15');
  await page.getByTestId('topic-promote').click();
  await page.getByTestId('topic-promoted').waitFor();
  await page.screenshot({ path: path.join(screenshotDir, 'citizen-meeting.png'), fullPage: true });

  await page.getByTestId('open-plenary').click();
  await page.getByTestId('agenda-screen').waitFor();
  await expect.poll(async () => (await titles()).join('|')).toContain('Robo a transporte público');
  await page.getByTestId('session-mark-convened').click();
  await expect.poll(() => page.getByTestId('session-convened-on').count()).toBe(1);

  const out = path.join(workspaceDir, 'orden-del-dia.docx');
  await page.getByTestId('agenda-export-path').fill(out);
  await page.getByTestId('agenda-export').click();
  // It leaves the encrypted workspace: written only once confirmed.
  expect(await page.getByTestId('export-plaintext-where').textContent()).toContain(out);
  await page.getByTestId('export-plaintext-accept').click();
  await page.getByTestId('agenda-export-done').waitFor();
  const xml = docxXml(fs.readFileSync(out));
  expect(xml).toContain('Robo a transporte público');
  expect(xml).toContain('Informe de la Fiscalía Zona Norte');
  expect(xml).not.toContain('NOTA-SOLO-CIUDADANOS');
  expect(xml).not.toContain('CUERPO-SOLO-CIUDADANOS');
  return out;
}
