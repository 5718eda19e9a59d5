/**
 * From "close session" on the reference plenary (3 hours, 40 on the roster, 15 items, 60
 * follow-ups, 30 agreements) to its acta DOCX on disk: LiveService.close, then
 * MinutesService.exportDocx, as the console calls them one after the other.
 */
import fs from 'node:fs';
import path from 'node:path';
import { REFERENCE_PLENARY, ReferenceClock, writeReferencePlenary } from '../../src/main/demo/reference/referencePlenary.js';
import { createServices } from '../../src/main/services/services.js';
import { localInstant } from '../../src/shared/domain/live.js';

const DAY = '2026-11-18';

export async function measureReferencePlenary(dir: string, passphrase: string): Promise<Record<string, number>> {
  const clock = new ReferenceClock();
  const s = createServices({ preferencesDir: path.join(dir, 'plenary-prefs'), now: clock.now, today: () => localInstant(clock.now()).slice(0, 10) });
  s.workspace.create({ path: path.join(dir, 'plenaria-de-referencia.plenaria'), passphrase, name: 'Mesa de referencia', municipality: 'Juárez', population: 1_512_450 });
  try {
    let t = performance.now();
    const { plenaryId } = writeReferencePlenary(s, clock, { size: REFERENCE_PLENARY, seed: 2_026, day: DAY });
    const writeMs = performance.now() - t;
    clock.set(`${DAY}T20:05`);
    const acta = path.join(dir, 'acta-de-referencia.docx');
    t = performance.now();
    s.live.close(plenaryId);
    await s.minutes.exportDocx(plenaryId, acta, undefined, true);
    const closeToActaMs = performance.now() - t;
    // The same export again, warm: what a second export costs the secretary.
    t = performance.now();
    await s.minutes.exportDocx(plenaryId, acta, undefined, true);
    const reexportMs = performance.now() - t;
    return {
      referencePlenaryWriteMs: Math.round(writeMs),
      closeToActaMs: Math.round(closeToActaMs),
      actaReexportMs: Math.round(reexportMs),
      actaBytes: fs.statSync(acta).size,
    };
  } finally {
    s.workspace.close();
  }
}
