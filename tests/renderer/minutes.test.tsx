import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/renderer/console/App.js';
import { bytesToBase64 } from '../../src/renderer/console/features/minutes/readAttachmentFile.js';
import { MAX_ATTACHMENT_BYTES } from '../../src/shared/ipc/dto/minutes.js';
import type { Language } from '../../src/shared/ipc/contract.js';
import { createFakeBridge, JUAREZ, JUAREZ_PASSPHRASE, JUAREZ_PATH } from './support/fakeBridge.js';
import type { MinutesSeed } from './support/fakeMinutes.js';
import { argsOf } from './support/openSection.js';
import { SESSIONS, SESSIONS_MESA, sessionRow } from './support/openSessions.js';
import { installBridge, resetRenderer } from './support/reset.js';

afterEach(resetRenderer);

/** The closed plenary 6/2025 (id 1, items 1–8) with live notes on two items, and a closed citizen meeting (id 3). */
const MINUTES: MinutesSeed = {
  notes: { 1: 'Se declaró el quórum con 14 integrantes.', 3: 'La Fiscalía informó 12 denuncias por extorsión.' },
  disk: { '/home/secretaria/Documentos/otra.docx': 'un archivo ajeno' },
};
const ACTA_PATH = '/home/secretaria/Documentos/Acta - Sesión plenaria ordinaria 6-2025.docx';

async function openMinutes(title = '6/2025', language: Language = 'es') {
  const fake = createFakeBridge({
    files: { [JUAREZ_PATH]: { passphrase: JUAREZ_PASSPHRASE, mesa: JUAREZ } },
    selected: JUAREZ_PATH,
    unlocked: true,
    language,
    mesa: SESSIONS_MESA,
    sessions: {
      ...SESSIONS,
      sessions: [
        ...SESSIONS.sessions!,
        { kind: 'citizen_meeting', scheduledAt: '2026-03-12T18:00', place: 'Casa ciudadana', preparesSessionId: 2, status: 'closed' },
        { kind: 'plenary', plenaryType: 'extraordinary', number: 1, scheduledAt: '2026-02-10T17:00', place: 'Sala de Cabildo', status: 'closed' },
      ],
    },
    minutes: MINUTES,
  });
  installBridge(fake);
  render(<App />);
  await screen.findByTestId('app-shell');
  const user = userEvent.setup();
  await user.click(screen.getByTestId('nav-sesiones'));
  await screen.findAllByTestId('session-row');
  await user.click(within(sessionRow(title)).getByRole('button'));
  await user.click(await screen.findByTestId('open-minutes'));
  await screen.findByTestId('minutes-status');
  return { fake, user };
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const status = () => screen.getByTestId('minutes-status').getAttribute('data-status');
const textBox = (itemId: number) => screen.getByTestId(`minutes-item-${itemId}`) as HTMLTextAreaElement;

describe('minutes screen', () => {
  it('opens from a closed plenary and prefills each item with the notes taken live', async () => {
    await openMinutes();
    expect(screen.getByTestId('minutes-screen').textContent).toContain('Sesión plenaria ordinaria 6/2025');
    expect(status()).toBe('draft');
    expect(screen.getByTestId('minutes-status').textContent).toBe('Borrador');
    expect(screen.getAllByTestId('minutes-item')).toHaveLength(8);
    expect(textBox(1).value).toBe('Se declaró el quórum con 14 integrantes.');
    expect(textBox(2).value).toBe('');
    expect(screen.getByTestId('minutes-item-state-1').textContent).toBe('Se imprimen las notas tomadas en vivo.');
    expect(screen.queryByTestId('citizen-only-banner')).toBeNull();
    expect(screen.queryByTestId('minutes-readonly')).toBeNull();
  });

  it('saves an item’s own text, shows unsaved changes, and an empty text goes back to the notes', async () => {
    const { fake, user } = await openMinutes();
    await user.clear(textBox(3));
    await user.type(textBox(3), 'La Fiscalía informó 12 denuncias.');
    expect(screen.getByTestId('minutes-item-state-3').textContent).toBe('Cambios sin guardar.');
    await user.click(screen.getByTestId('minutes-item-save-3'));
    expect(argsOf(fake, 'minutes', 'setItemText')).toEqual([{ sessionId: 1, itemId: 3, text: 'La Fiscalía informó 12 denuncias.' }]);
    await expect.poll(() => screen.getByTestId('minutes-item-state-3').textContent).toBe('Texto propio del acta, guardado.');
    expect(textBox(3).value).toBe('La Fiscalía informó 12 denuncias.');

    await user.clear(textBox(3));
    await user.click(screen.getByTestId('minutes-item-save-3'));
    await expect.poll(() => textBox(3).value).toBe('La Fiscalía informó 12 denuncias por extorsión.');
    expect(screen.getByTestId('minutes-item-state-3').textContent).toBe('Se imprimen las notas tomadas en vivo.');
  });

  it('signs only after a confirmation; then nothing can be edited and the seal is shown', async () => {
    const { fake, user } = await openMinutes();
    await user.click(screen.getByTestId('minutes-sign'));
    expect(fake.callsTo('minutes', 'sign')).toHaveLength(0);
    expect(screen.getByTestId('minutes-sign-dialog').textContent).toContain('no podrá cambiar nunca');
    expect(screen.getByTestId('minutes-sign-dialog').textContent).toContain('fe de erratas');
    expect(document.activeElement).toBe(screen.getByTestId('minutes-sign-cancel'));
    await user.click(screen.getByTestId('minutes-sign-cancel'));
    expect(screen.queryByTestId('minutes-sign-confirm')).toBeNull();

    await user.click(screen.getByTestId('minutes-sign'));
    await user.click(screen.getByTestId('minutes-sign-confirm'));
    expect(argsOf(fake, 'minutes', 'sign')).toEqual([{ sessionId: 1 }]);
    await expect.poll(status).toBe('signed');
    expect(textBox(1).readOnly).toBe(true);
    expect(screen.queryByTestId('minutes-item-save-1')).toBeNull();
    expect(screen.queryByTestId('minutes-sign')).toBeNull();
    expect(screen.queryByTestId('minutes-approve')).toBeNull();
    expect(screen.getByTestId('minutes-readonly').textContent).toContain('firmada y sellada');
    const seal = fake.minutes.stored.get(1)!.seal!.sha256;
    expect(screen.getByTestId('minutes-seal-hash').textContent).toBe(seal.match(/.{4}/g)!.join(' '));
    expect(screen.getByTestId('minutes-seal-intact').textContent).toContain('Íntegra');
    expect((screen.getByTestId('minutes-language') as HTMLSelectElement).disabled).toBe(true);
  });

  it('corrects a signed acta with a fe de erratas', async () => {
    const { fake, user } = await openMinutes();
    expect(screen.queryByTestId('minutes-addendum-text')).toBeNull();
    await user.click(screen.getByTestId('minutes-sign'));
    await user.click(screen.getByTestId('minutes-sign-confirm'));
    await user.type(await screen.findByTestId('minutes-addendum-text'), 'Donde dice 12 denuncias debe decir 13.');
    await user.click(screen.getByTestId('minutes-addendum-save'));
    expect(argsOf(fake, 'minutes', 'addAddendum')).toEqual([{ sessionId: 1, body: 'Donde dice 12 denuncias debe decir 13.' }]);
    expect((await screen.findByTestId('minutes-addendum')).textContent).toContain('Donde dice 12 denuncias debe decir 13.');
    expect((screen.getByTestId('minutes-addendum-text') as HTMLTextAreaElement).value).toBe('');
  });

  it('records the approval with its date', async () => {
    const { fake, user } = await openMinutes();
    const date = screen.getByTestId('minutes-approve-date');
    await user.clear(date);
    await user.type(date, '2026-01-15');
    await user.click(screen.getByTestId('minutes-approve-submit'));
    expect(argsOf(fake, 'minutes', 'approve')).toEqual([{ sessionId: 1, approvedInSessionId: null, approvedOn: '2026-01-15' }]);
    await expect.poll(status).toBe('approved');
    expect(screen.getByTestId('minutes-readonly').textContent).toContain('ya fue aprobada');
    expect(textBox(1).readOnly).toBe(true);
  });

  it('approves at a later held plenary: its day becomes the approval date', async () => {
    const { fake, user } = await openMinutes();
    const select = screen.getByTestId('minutes-approve-session') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['— Fuera de sesión —', 'Sesión plenaria extraordinaria 1/2026']);
    await user.selectOptions(select, '4');
    expect((screen.getByTestId('minutes-approve-date') as HTMLInputElement).value).toBe('2026-02-10');
    await user.click(screen.getByTestId('minutes-approve-submit'));
    expect(argsOf(fake, 'minutes', 'approve')).toEqual([{ sessionId: 1, approvedInSessionId: 4, approvedOn: '2026-02-10' }]);
    expect((await screen.findByTestId('minutes-approval')).textContent).toContain('Aprobada en la Sesión plenaria extraordinaria 1/2026, el');
  });

  it('attaches a small PNG as base64 and shows it inline', async () => {
    const { fake, user } = await openMinutes();
    await user.upload(screen.getByTestId('minutes-attach-input'), new File([PNG], 'acta firmada.png', { type: 'image/png' }));
    await expect.poll(() => fake.callsTo('minutes', 'attach').length).toBe(1);
    expect(argsOf(fake, 'minutes', 'attach')[0]).toEqual({ sessionId: 1, filename: 'acta firmada.png', mime: 'image/png', base64: bytesToBase64(PNG) });
    const row = await screen.findByTestId('minutes-attachment');
    expect(row.textContent).toContain('acta firmada.png');
    expect(row.textContent).toContain('16 B');
    await user.click(within(row).getByRole('button', { name: 'Ver' }));
    const image = (await screen.findByTestId('minutes-attachment-image')) as HTMLImageElement;
    expect(image.getAttribute('src')).toBe(`data:image/png;base64,${bytesToBase64(PNG)}`);

    const id = fake.minutes.attachments.keys().next().value!;
    // The copy leaves the encrypted workspace: it asks first, and cancelling writes nothing.
    await user.click(screen.getByTestId(`minutes-attachment-export-${id}`));
    const dialog = await screen.findByTestId('export-plaintext-confirm');
    expect(dialog.textContent).toContain('¿Guardar una copia sin cifrar de acta firmada.png?');
    expect(screen.getByTestId('export-plaintext-where').textContent).toContain('sin cifrar en /home/secretaria/Documentos/acta firmada.png');
    await user.click(screen.getByTestId('export-plaintext-cancel'));
    expect(screen.queryByTestId('export-plaintext-confirm')).toBeNull();
    expect(fake.callsTo('minutes', 'exportAttachment')).toHaveLength(0);
    await user.click(screen.getByTestId(`minutes-attachment-export-${id}`));
    await user.click(await screen.findByTestId('export-plaintext-accept'));
    expect(argsOf(fake, 'minutes', 'exportAttachment')).toEqual([{ id, path: '/home/secretaria/Documentos/acta firmada.png', confirmedLeavesWorkspace: true }]);
    expect((await screen.findByTestId(`minutes-attachment-exported-${id}`)).textContent).toContain('/home/secretaria/Documentos/acta firmada.png');
  });

  it('does not show a PDF inside the console (the CSP forbids frames and objects): it says to export it', async () => {
    const { user } = await openMinutes();
    const pdf = new TextEncoder().encode('%PDF-1.4\n%fake scan\n');
    await user.upload(screen.getByTestId('minutes-attach-input'), new File([pdf], 'acta firmada.pdf', { type: 'application/pdf' }));
    const row = await screen.findByTestId('minutes-attachment');
    await user.click(within(row).getByRole('button', { name: 'Ver' }));
    expect((await screen.findByTestId('minutes-attachment-pdf')).textContent).toContain('Expórtelo');
    expect(screen.queryByTestId('minutes-attachment-image')).toBeNull();
    expect(document.querySelector('iframe, object, embed')).toBeNull();
  });

  it('refuses a file over the limit before sending anything', async () => {
    const { fake, user } = await openMinutes();
    const big = new File([new Uint8Array(8)], 'escaneo.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: MAX_ATTACHMENT_BYTES + 1 });
    await user.upload(screen.getByTestId('minutes-attach-input'), big);
    expect((await screen.findByRole('alert')).textContent).toBe('«escaneo.pdf» pesa 25 MB: el máximo es 25 MB. Escanéelo con menor resolución.');
    expect(fake.callsTo('minutes', 'attach')).toHaveLength(0);
  });

  it('chunks the base64 of a 25 MB scan without overflowing the stack', () => {
    const bytes = new Uint8Array(MAX_ATTACHMENT_BYTES).fill(0x41);
    const base64 = bytesToBase64(bytes);
    expect(base64.length).toBe(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4);
    expect(base64.startsWith('QUFB')).toBe(true);
  });

  it('exports the DOCX with its SHA-256, logs it, and verifies files: match and no match', async () => {
    const { fake, user } = await openMinutes();
    expect((screen.getByTestId('minutes-export-path') as HTMLInputElement).value).toBe(ACTA_PATH);
    // The DOCX leaves the encrypted workspace: it asks first, and cancelling writes nothing.
    await user.click(screen.getByTestId('minutes-export'));
    const dialog = await screen.findByTestId('export-plaintext-confirm');
    expect(dialog.textContent).toContain('¿Exportar el acta sin cifrar?');
    expect(screen.getByTestId('export-plaintext-where').textContent).toContain(`sin cifrar en ${ACTA_PATH}`);
    expect(document.activeElement).toBe(screen.getByTestId('export-plaintext-cancel'));
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('export-plaintext-confirm')).toBeNull();
    expect(fake.callsTo('minutes', 'exportDocx')).toHaveLength(0);
    await user.click(screen.getByTestId('minutes-export'));
    await user.click(await screen.findByTestId('export-plaintext-accept'));
    expect(argsOf(fake, 'minutes', 'exportDocx')).toEqual([{ sessionId: 1, path: ACTA_PATH, language: null, confirmedLeavesWorkspace: true }]);
    const sha = fake.minutes.exportsLog[0]!.sha256;
    expect((await screen.findByTestId('minutes-export-sha')).textContent).toBe(sha.match(/.{4}/g)!.join(' '));
    const logged = await screen.findByTestId('minutes-export-row');
    expect(logged.textContent).toContain('Acta en borrador');
    expect(logged.textContent).toContain('Acta - Sesión plenaria ordinaria 6-2025.docx');

    await user.type(screen.getByTestId('minutes-verify-path'), ACTA_PATH);
    await user.click(screen.getByTestId('minutes-verify'));
    const match = await screen.findByTestId('minutes-verify-result');
    expect(match.getAttribute('data-match')).toBe('true');
    expect(match.textContent).toContain('(acta en borrador) que Plenaria exportó el');
    expect(match.textContent).toContain('Sesión: Sesión plenaria ordinaria 6/2025.');

    await user.clear(screen.getByTestId('minutes-verify-path'));
    await user.type(screen.getByTestId('minutes-verify-path'), '/home/secretaria/Documentos/otra.docx');
    await user.click(screen.getByTestId('minutes-verify'));
    await expect.poll(() => screen.getByTestId('minutes-verify-result').getAttribute('data-match')).toBe('false');
    expect(screen.getByTestId('minutes-verify-result').textContent).toContain('No coincide');
  });

  it('marks a citizen meeting’s minuta SOLO CIUDADANOS, without items; once signed, the meeting says its preparation no longer changes', async () => {
    const { user } = await openMinutes('Reunión ciudadana');
    const banner = screen.getByTestId('citizen-only-banner');
    expect(screen.getByTestId('minutes-screen').firstElementChild).toBe(banner);
    expect(screen.getByTestId('minutes-screen').textContent).toContain('Minuta de reunión ciudadana');
    expect(screen.queryAllByTestId('minutes-item')).toHaveLength(0);
    expect((screen.getByTestId('minutes-export-path') as HTMLInputElement).value).toContain('Minuta - Reunión ciudadana');
    expect(screen.queryByTestId('citizen-meeting-sealed')).toBeNull();
    await user.click(screen.getByTestId('minutes-sign'));
    await user.click(screen.getByTestId('minutes-sign-confirm'));
    await expect.poll(status).toBe('signed');
    await user.click(screen.getByTestId('minutes-back'));
    expect((await screen.findByTestId('citizen-meeting-sealed')).textContent).toContain('su preparación ya no cambia');
    expect(screen.getByTestId('open-minutes')).toBeTruthy();
  });

  it('speaks English', async () => {
    await openMinutes('6/2025', 'en');
    expect(screen.getByTestId('minutes-status').textContent).toBe('Draft');
    expect(screen.getByTestId('minutes-sign').textContent).toBe('Sign and seal the minutes…');
    expect(screen.getByTestId('minutes-screen').textContent).not.toMatch(/minutes\.[a-z]/);
  });
});
