/**
 * From "close session" to the acta on disk, for the demo Mesa's biggest plenary: today's, once
 * run live (every attendee marked, every open agreement followed up, every item noted). Also the
 * export of an acta already signed (rebuilt from its sealed content) and its verification.
 */
import path from 'node:path';
import { createDemoWorkspace } from '../../src/main/demo/demoWorkspace.js';
import { createServices } from '../../src/main/services/services.js';
import { localInstantMs } from '../../src/shared/domain/live.js';

const TODAY = '2026-03-18';

export async function measureMinutes(dir: string, passphrase: string): Promise<Record<string, number>> {
  const file = path.join(dir, 'minutes-demo.plenaria');
  const summary = createDemoWorkspace({ file, passphrase, today: TODAY });
  let now = new Date(localInstantMs(`${TODAY}T17:00:00`));
  const s = createServices({ preferencesDir: path.join(dir, 'minutes-prefs'), now: () => now, today: () => TODAY });
  s.workspace.unlock({ path: file, passphrase });
  try {
    const id = summary.nextPlenary.id;
    let live = s.live.start(id);
    for (const r of live.roster) {
      s.live.setAttendance({ sessionId: id, personId: r.personId, status: r.kind === 'official' && r.name < 'F' ? 'represented' : 'present', time: null, substituteName: 'Suplente de medición', justification: null });
    }
    for (const item of live.items) {
      live = s.live.goTo(id, item.id);
      if (item.kind === 'agreements_followup') {
        for (const f of live.followups) s.live.recordFollowup({ sessionId: id, agreementId: f.agreementId, status: 'en_proceso', progress: 60, note: 'Avance informado en la sesión.' });
      }
      if (item.kind === 'authority_reports') {
        s.live.addAgreement(id, { agendaItemId: item.id, text: `Acuerdo sobre ${item.title}`, committeeId: null, responsibleIds: [live.roster[0]!.personId], dueOn: '2026-06-30' });
      }
      s.live.setItemNotes(item.id, `Se informó sobre ${item.title}. `.repeat(6));
    }
    now = new Date(localInstantMs(`${TODAY}T19:10:00`));
    const runs: number[] = [];
    const out = path.join(dir, 'acta-hoy.docx');
    let t = performance.now();
    s.live.close(id);
    await s.minutes.exportDocx(id, out, undefined, true);
    runs.push(performance.now() - t);
    // Again, with everything warm (what the secretary sees when exporting a second time).
    for (let i = 0; i < 4; i++) {
      t = performance.now();
      await s.minutes.exportDocx(id, out, undefined, true);
      runs.push(performance.now() - t);
    }
    const signed = s.sessions.list().filter((x) => x.kind === 'plenary' && x.status === 'signed')[0]!;
    t = performance.now();
    await s.minutes.exportDocx(signed.id, path.join(dir, 'acta-sellada.docx'), undefined, true);
    const sealedMs = performance.now() - t;
    t = performance.now();
    await s.minutes.verifyFile(path.join(dir, 'acta-sellada.docx'));
    const verifyMs = performance.now() - t;
    const sorted = runs.slice(1).sort((a, b) => a - b);
    return {
      minutesCloseToDocxMs: Math.round(runs[0]!),
      minutesReexportP50Ms: Math.round(sorted[Math.floor(sorted.length / 2)]!),
      minutesSealedExportMs: Math.round(sealedMs),
      minutesVerifyMs: Math.round(verifyMs),
      minutesRoster: live.roster.length,
      minutesFollowups: live.followups.length,
    };
  } finally {
    s.workspace.close();
  }
}
