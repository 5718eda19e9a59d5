import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/**
 * Issue 8 through the real UI and services, on the demo Mesa already open in the console: a
 * closed plenary's acta opened from its session, one item's text edited, the acta signed after
 * the confirmation and its seal shown, the DOCX exported and verified (and a copy changed by one
 * byte rejected), the scanned signed copy attached and shown.
 */

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A small grey "scan" of a page: white paper, a heading bar and lines of text, a signature line. */
export function scannedPagePng(width = 240, height = 320): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(width + 1, 0xff);
    row[0] = 0;
    const heading = y >= 24 && y < 34;
    const textLine = y >= 56 && y < 250 && y % 14 < 3;
    const signature = y === 286;
    for (let x = 0; x < width; x++) {
      if ((heading && x >= 60 && x < 180) || (textLine && x >= 24 && x < width - 24 - ((y * 7) % 60)) || (signature && x >= 30 && x < 110) || (signature && x >= 130 && x < 210)) {
        row[x + 1] = 0x40;
      }
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const EDITED_TEXT = 'La Fiscalía informó la baja de robos a comercio; el texto fue corregido por la secretaría técnica para el acta.';

export async function minutesFlow(page: Page, opts: { dir: string; sessionTitle: string; screenshotDir: string }): Promise<void> {
  const { dir, sessionTitle, screenshotDir } = opts;
  await page.getByTestId('nav-sesiones').click();
  const row = page.getByTestId('session-row').filter({ has: page.getByRole('button', { name: sessionTitle, exact: true }) });
  await row.getByRole('button', { name: sessionTitle, exact: true }).click();
  await page.getByTestId('agenda-screen').waitFor();
  await page.getByTestId('open-minutes').click();
  await page.getByTestId('minutes-screen').waitFor();
  expect(await page.getByTestId('minutes-status').getAttribute('data-status')).toBe('draft');
  expect(await page.getByTestId('minutes-screen').textContent()).toContain(sessionTitle);

  // One item's text, corrected for the acta.
  const items = page.getByTestId('minutes-item');
  expect(await items.count()).toBeGreaterThan(3);
  const box = items.nth(2).locator('textarea');
  const itemId = (await box.getAttribute('data-testid'))!.replace('minutes-item-', '');
  await box.fill(EDITED_TEXT);
  await expect.poll(() => page.getByTestId(`minutes-item-state-${itemId}`).textContent()).toBe('Cambios sin guardar.');
  await page.getByTestId(`minutes-item-save-${itemId}`).click();
  await expect.poll(() => page.getByTestId(`minutes-item-state-${itemId}`).textContent()).toBe('Texto propio del acta, guardado.');
  await page.screenshot({ path: path.join(screenshotDir, 'minutes-draft.png'), fullPage: true });

  // Signing asks first, and says what it means.
  await page.getByTestId('minutes-sign').click();
  const dialog = page.getByTestId('minutes-sign-dialog');
  expect(await dialog.textContent()).toContain('no podrá cambiar nunca');
  await dialog.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(screenshotDir, 'minutes-sign-confirm.png') });
  await page.getByTestId('minutes-sign-confirm').click();
  await expect.poll(() => page.getByTestId('minutes-status').getAttribute('data-status')).toBe('signed');
  const seal = page.getByTestId('minutes-seal');
  expect(await seal.getAttribute('data-intact')).toBe('true');
  expect(await page.getByTestId('minutes-seal-hash').textContent()).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
  expect(await page.getByTestId(`minutes-item-${itemId}`).getAttribute('readonly')).not.toBeNull();
  expect(await page.getByTestId(`minutes-item-save-${itemId}`).count()).toBe(0);
  expect(await page.getByTestId(`minutes-item-${itemId}`).inputValue()).toBe(EDITED_TEXT);
  await page.getByTestId('minutes-readonly').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(screenshotDir, 'minutes-signed.png') });

  // The DOCX, into the test's folder, then verified; a copy changed by one byte is not ours.
  const docx = path.join(dir, 'Acta firmada.docx');
  await page.getByTestId('minutes-export-path').fill(docx);
  await page.getByTestId('minutes-export').click();
  // It leaves the encrypted workspace: written only once confirmed.
  expect(await page.getByTestId('export-plaintext-where').textContent()).toContain(docx);
  await page.getByTestId('export-plaintext-accept').click();
  await page.getByTestId('minutes-export-done').waitFor();
  expect(fs.existsSync(docx)).toBe(true);
  await page.getByTestId('minutes-verify-path').fill(docx);
  await page.getByTestId('minutes-verify').click();
  const verdict = page.getByTestId('minutes-verify-result');
  await expect.poll(() => verdict.getAttribute('data-match')).toBe('true');
  expect(await verdict.textContent()).toContain(`Sesión: ${sessionTitle}.`);
  const changed = path.join(dir, 'Acta cambiada.docx');
  const bytes = fs.readFileSync(docx);
  bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 0x01;
  fs.writeFileSync(changed, bytes);
  await page.getByTestId('minutes-verify-path').fill(changed);
  await page.getByTestId('minutes-verify').click();
  await expect.poll(() => verdict.getAttribute('data-match')).toBe('false');
  await page.getByTestId('minutes-verify-path').fill(docx);
  await page.getByTestId('minutes-verify').click();
  await expect.poll(() => verdict.getAttribute('data-match')).toBe('true');
  await verdict.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(screenshotDir, 'minutes-export-verify.png') });

  // The scanned signed copy: stored in the workspace, shown inline.
  const png = scannedPagePng();
  await page.getByTestId('minutes-attach-input').setInputFiles({ name: 'acta firmada.png', mimeType: 'image/png', buffer: png });
  const attachment = page.getByTestId('minutes-attachment');
  await attachment.waitFor();
  expect(await attachment.textContent()).toContain('acta firmada.png');
  await attachment.getByRole('button', { name: 'Ver' }).click();
  const image = page.getByTestId('minutes-attachment-image');
  await image.waitFor();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(240);
  await page.getByTestId('minutes-attachment-viewer').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(screenshotDir, 'minutes-attachment.png') });
  await page.screenshot({ path: path.join(screenshotDir, 'minutes-signed-full.png'), fullPage: true });

  // A copy of the scan leaves the encrypted workspace: cancelled, nothing is written; confirmed, the same bytes.
  const id = (await attachment.locator('[data-testid^="minutes-attachment-export-"]').getAttribute('data-testid'))!.replace('minutes-attachment-export-', '');
  const copy = path.join(dir, 'copia acta firmada.png');
  await page.getByTestId(`minutes-attachment-path-${id}`).fill(copy);
  await page.getByTestId(`minutes-attachment-export-${id}`).click();
  const confirm = page.getByTestId('export-plaintext-confirm');
  await confirm.waitFor();
  expect(await page.getByTestId('export-plaintext-where').textContent()).toContain(copy);
  await page.screenshot({ path: path.join(screenshotDir, 'minutes-attachment-confirm.png') });
  await page.getByTestId('export-plaintext-cancel').click();
  await confirm.waitFor({ state: 'detached' });
  expect(fs.existsSync(copy)).toBe(false);
  await page.getByTestId(`minutes-attachment-export-${id}`).click();
  await page.getByTestId('export-plaintext-accept').click();
  await page.getByTestId(`minutes-attachment-exported-${id}`).waitFor();
  expect(fs.readFileSync(copy).equals(png)).toBe(true);
}
