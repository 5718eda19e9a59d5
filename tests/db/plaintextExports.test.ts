import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/ipc/dispatch.js';
import { createHandlers } from '../../src/main/ipc/handlers.js';
import { official, openServices, person } from '../support/servicesHarness.js';
import { tempDir } from '../support/tempWorkspace.js';

/** A plenary held live with one agreement, and a scan of its signed acta attached. */
function heldPlenary() {
  const h = openServices('2026-06-01');
  const { s, setNow } = h;
  const ana = s.people.create(person('Ana Ruiz'));
  const diego = s.people.create(official('Diego Luna'));
  const committee = s.committees.create({ name: 'Comité de prevención', axis: null, description: null, coordinatorId: ana.id, substituteId: null, createdOn: '2026-01-01', dissolvedOn: null });
  const plenary = s.sessions.create({ kind: 'plenary', plenaryType: 'ordinary', scheduledAt: '2026-06-05T17:00', place: 'Sala de Cabildo', committeeId: null, preparesSessionId: null, number: null });
  s.sessions.markConvened(plenary.id, '2026-06-01');
  setNow('2026-06-05T17:00:00');
  s.live.start(plenary.id);
  s.live.addAgreement(plenary.id, { agendaItemId: null, text: 'Luminarias en la colonia Centro', committeeId: committee.id, responsibleIds: [diego.id], dueOn: '2026-09-30' });
  setNow('2026-06-05T19:00:00');
  s.live.close(plenary.id);
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(500, 7)]);
  const minutes = s.minutes.attach(plenary.id, { filename: 'acta firmada.png', mime: 'image/png', bytes: new Uint8Array(png) });
  return { ...h, sessionId: plenary.id, attachmentId: minutes.attachments[0]!.id };
}

describe('every plaintext export asks first', () => {
  it('the agenda, the matrix DOCX, the acta and the attachment copy are refused without confirmation: no file, no exports row', async () => {
    const { s, sessionId, attachmentId } = heldPlenary();
    const handlers = createHandlers(s);
    const dir = tempDir();
    const calls = [
      { domain: 'sessions', method: 'exportAgenda', args: { id: sessionId, path: path.join(dir, 'orden.docx'), language: 'es' } },
      { domain: 'agreements', method: 'exportDocx', args: { filter: {}, sort: null, path: path.join(dir, 'matriz.docx'), language: 'es', plenaryOnly: false } },
      { domain: 'minutes', method: 'exportDocx', args: { sessionId, path: path.join(dir, 'acta.docx'), language: null } },
      { domain: 'minutes', method: 'exportAttachment', args: { id: attachmentId, path: path.join(dir, 'acta firmada.png') } },
    ] as const;
    const exportsBefore = s.workspace.info().counts.exports ?? 0;

    for (const { domain, method, args } of calls) {
      const refused = await dispatch(handlers, domain, method, { ...args, confirmedLeavesWorkspace: false } as never);
      expect(refused, `${domain}.${method}`).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/sin cifrar.*confirme antes de exportarlo/) } });
      // Without the field at all the call does not even reach the service.
      expect(await dispatch(handlers, domain, method, args as never), `${domain}.${method}`).toMatchObject({ ok: false });
      expect(fs.existsSync(args.path), args.path).toBe(false);
    }
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(s.workspace.info().counts.exports ?? 0).toBe(exportsBefore);

    // Confirmed, each is written and logged.
    for (const { domain, method, args } of calls) {
      expect(await dispatch(handlers, domain, method, { ...args, confirmedLeavesWorkspace: true } as never), `${domain}.${method}`).toMatchObject({ ok: true });
      expect(fs.existsSync(args.path), args.path).toBe(true);
    }
    expect(s.workspace.info().counts.exports).toBe(exportsBefore + 4);
    expect(s.workspace.verify().ok).toBe(true);
  });

  it('the services refuse too, whoever calls them', async () => {
    const { s, sessionId, attachmentId } = heldPlenary();
    const dir = tempDir();
    await expect(s.sessions.exportAgenda(sessionId, path.join(dir, 'orden.docx'), 'es', false)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(s.agreements.exportDocx({ filter: {}, sort: null, path: path.join(dir, 'm.docx'), language: 'es', plenaryOnly: true, confirmedLeavesWorkspace: false })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(s.minutes.exportDocx(sessionId, path.join(dir, 'acta.docx'), undefined, false)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(s.minutes.exportAttachment(attachmentId, path.join(dir, 'copia.png'), false)).rejects.toMatchObject({ code: 'forbidden' });
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
