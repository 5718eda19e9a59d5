import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createServices, type Services } from '../../src/main/services/services.js';
import { createHandlers } from '../../src/main/ipc/handlers.js';
import { dispatch } from '../../src/main/ipc/dispatch.js';
import type { PowerEventName, PowerEvents } from '../../src/main/security/autoLock.js';
import { MAX_WAIT_SECONDS, waitAfter } from '../../src/main/security/unlockBackoff.js';
import { localInstantMs } from '../../src/shared/domain/live.js';
import { AppFailure } from '../../src/main/appFailure.js';
import { official, person } from '../support/servicesHarness.js';
import { PASSPHRASE, createWorkspace, tempDir } from '../support/tempWorkspace.js';

afterEach(() => {
  vi.useRealTimers();
});

/** Electron's powerMonitor, as far as Plenaria uses it. */
class FakePower extends EventEmitter implements PowerEvents {
  fire(event: PowerEventName) {
    this.emit(event);
  }
}

function open(options: { prefs?: string; file?: string; power?: FakePower } = {}) {
  const file = options.file ?? createWorkspace();
  const prefs = options.prefs ?? path.join(tempDir(), 'prefs');
  const power = options.power ?? new FakePower();
  let now = new Date(localInstantMs('2026-07-10T16:50:00'));
  const s = createServices({ preferencesDir: prefs, now: () => now, today: () => '2026-07-10', powerEvents: power });
  s.backups.stopDaily();
  return { s, file, prefs, power, setNow: (instant: string) => (now = new Date(localInstantMs(instant))) };
}

/** A plenary live at its third item, with notes and an agreement being typed. */
function liveSession(s: Services, setNow: (instant: string) => void) {
  const ana = s.people.create(person('Ana Ruiz'));
  s.people.create(official('Diego Luna'));
  const p = s.sessions.create({ kind: 'plenary', plenaryType: 'ordinary', scheduledAt: '2026-07-10T17:00', place: 'Sala de Cabildo', committeeId: null, preparesSessionId: null, number: null });
  s.sessions.markConvened(p.id, '2026-07-03');
  setNow('2026-07-10T17:02:00');
  const started = s.live.start(p.id);
  const third = started.items[2]!;
  s.live.goTo(p.id, third.id);
  s.live.setItemNotes(third.id, 'La policía municipal presenta el informe de junio.');
  s.live.setDraft(p.id, {
    agreement: { agreementId: null, agendaItemId: third.id, text: 'Instalar alumbrado en la colonia Centro', committeeId: null, responsibleIds: [ana.id], dueOn: '2026-08-31' },
    followup: null,
  });
  return { sessionId: p.id, itemId: third.id };
}

/** Every string reachable through the fields of the services graph (closures' variables cannot be walked). */
function reachableStrings(root: unknown): Set<string> {
  const seen = new Set<unknown>();
  const strings = new Set<string>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      strings.add(value);
      continue;
    }
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (value instanceof Map) for (const [k, v] of value) stack.push(k, v);
    else if (value instanceof Set) for (const v of value) stack.push(v);
    else for (const key of Reflect.ownKeys(value)) stack.push((value as Record<string | symbol, unknown>)[key]);
  }
  return strings;
}

describe('lock', () => {
  it('closes the database, keeps no passphrase, puts the projector on the neutral screen, and unlocks back into the live session', () => {
    const { s, file, setNow } = open();
    s.workspace.unlock({ path: file, passphrase: PASSPHRASE });
    const { sessionId, itemId } = liveSession(s, setNow);
    const before = s.live.get(sessionId);
    expect(s.projection.current().screen).toBe('live');
    const views: string[] = [];
    s.events.on('projection', (v) => views.push(v.screen));

    s.workspace.lock();
    expect(s.workspace.status()).toEqual({ state: 'locked', path: file });
    expect(() => s.workspace.connection()).toThrow(AppFailure);
    expect(() => s.live.current()).toThrow(/bloqueado/);
    expect(s.projection.current()).toEqual({ screen: 'neutral', mesaName: null });
    expect(views).toEqual(['neutral']);
    // Nothing in the services graph holds the passphrase: only the connection had the key, and it is closed.
    // (The walk does reach private fields: it finds the selected file's path.)
    const strings = reachableStrings(s);
    expect(strings.has(file)).toBe(true);
    expect(strings.has(PASSPHRASE)).toBe(false);

    s.workspace.unlock({ path: file, passphrase: PASSPHRASE });
    expect(s.live.current()).toBe(sessionId);
    const after = s.live.get(sessionId);
    expect(after.currentItemId).toBe(itemId);
    expect(after.items.find((i) => i.id === itemId)).toEqual(before.items.find((i) => i.id === itemId));
    expect(after.draft).toEqual(before.draft);
    expect(after.startedAt).toBe(before.startedAt);
    expect(s.projection.current().screen).toBe('live');
    expect(reachableStrings(s).has(PASSPHRASE)).toBe(false);
    expect(s.workspace.verify().ok).toBe(true);
    s.workspace.close();
  });

  it('locks after the idle time without console input, counted again from each input', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const { s, file } = open();
    expect(s.preferences.get().idleLockMinutes).toBe(10);
    s.workspace.unlock({ path: file, passphrase: PASSPHRASE });

    vi.advanceTimersByTime(9 * 60_000);
    expect(s.workspace.status().state).toBe('open');
    s.autoLock.activity();
    vi.advanceTimersByTime(9 * 60_000);
    expect(s.workspace.status().state).toBe('open');
    vi.advanceTimersByTime(60_000 - 1);
    expect(s.workspace.status().state).toBe('open');
    vi.advanceTimersByTime(1);
    expect(s.workspace.status().state).toBe('locked');
    expect(s.projection.current().screen).toBe('neutral');

    // Locked, input does nothing and no timer is left behind.
    s.autoLock.activity();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does not lock for idleness while a plenary is live; suspend and screen lock still do', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const { s, file, setNow, power } = open();
    s.workspace.unlock({ path: file, passphrase: PASSPHRASE });
    const { sessionId } = liveSession(s, setNow);
    // A long report with no input in the console: the projector must not go blank.
    vi.advanceTimersByTime(45 * 60_000);
    expect(s.workspace.status().state).toBe('open');
    expect(s.projection.current().screen).toBe('live');
    power.fire('suspend');
    expect(s.workspace.status().state).toBe('locked');
    // Once the session is closed, idleness locks again.
    s.workspace.unlock({ path: file, passphrase: PASSPHRASE });
    setNow('2026-07-10T19:00:00');
    s.live.close(sessionId);
    vi.advanceTimersByTime(10 * 60_000);
    expect(s.workspace.status().state).toBe('locked');
  });

  it('applies a new idle time at once, and keeps it in the preferences', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const { s, file, prefs } = open();
    s.workspace.unlock({ path: file, passphrase: PASSPHRASE });
    const handlers = createHandlers(s);
    expect(await dispatch(handlers, 'preferences', 'set', { idleLockMinutes: 0 })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    expect(await dispatch(handlers, 'preferences', 'set', { idleLockMinutes: 2 })).toEqual({ ok: true, value: { language: 'es', idleLockMinutes: 2 } });
    expect(JSON.parse(fs.readFileSync(path.join(prefs, 'preferences.json'), 'utf8')).idleLockMinutes).toBe(2);
    vi.advanceTimersByTime(90_000);
    expect(await dispatch(handlers, 'workspace', 'activity', undefined)).toEqual({ ok: true, value: undefined });
    vi.advanceTimersByTime(119_000);
    expect(s.workspace.status().state).toBe('open');
    vi.advanceTimersByTime(1_000);
    expect(s.workspace.status().state).toBe('locked');
  });

  it('locks on system suspend and on screen lock', () => {
    const { s, file, power } = open();
    s.workspace.unlock({ path: file, passphrase: PASSPHRASE });
    power.fire('suspend');
    expect(s.workspace.status().state).toBe('locked');
    s.workspace.unlock({ path: file, passphrase: PASSPHRASE });
    power.fire('lock-screen');
    expect(s.workspace.status().state).toBe('locked');
    // With nothing open, a power event changes nothing.
    s.workspace.close();
    power.fire('suspend');
    expect(s.workspace.status().state).toBe('closed');
  });
});

describe('unlock back-off', () => {
  it('waits 0, 0, 0, then 2 s, 4 s, 8 s… up to five minutes', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(waitAfter)).toEqual([0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300]);
    expect(waitAfter(0)).toBe(0);
    expect(waitAfter(1000)).toBe(MAX_WAIT_SECONDS);
  });

  it('refuses an attempt during the wait without trying the passphrase, survives a restart, and resets on success', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-07-10T17:00:00Z'));
    const { s, file, prefs } = open();
    const handlers = createHandlers(s);
    const unlock = (passphrase: string) => dispatch(handlers, 'workspace', 'unlock', { path: file, passphrase });

    for (let i = 0; i < 2; i++) expect(await unlock('no es la frase')).toMatchObject({ ok: false, error: { code: 'wrong_passphrase' } });
    expect(s.workspace.unlockDelay(file)).toEqual({ failures: 2, waitSeconds: 0 });
    expect(await unlock('tampoco es la frase')).toMatchObject({ ok: false, error: { code: 'wrong_passphrase' } });
    expect(s.workspace.unlockDelay(file)).toEqual({ failures: 3, waitSeconds: 2 });

    // Even the right passphrase is refused during the wait: the attempt never reached the key derivation.
    const refused = await unlock(PASSPHRASE);
    expect(refused).toEqual({
      ok: false,
      error: { code: 'unlock_delayed', message: 'Demasiados intentos con una frase de acceso incorrecta. Espere 2 segundos antes de intentarlo de nuevo.' },
    });
    expect(s.workspace.status().state).toBe('closed');

    vi.advanceTimersByTime(2_000);
    expect(await unlock('otra vez mal')).toMatchObject({ ok: false, error: { code: 'wrong_passphrase' } });
    expect(s.workspace.unlockDelay(file)).toEqual({ failures: 4, waitSeconds: 4 });
    vi.advanceTimersByTime(3_000);
    expect(await dispatch(handlers, 'workspace', 'unlockDelay', { path: file })).toEqual({ ok: true, value: { failures: 4, waitSeconds: 1 } });

    // Quitting and reopening Plenaria (new services, same data folder) keeps the count and the wait.
    const restarted = open({ prefs, file });
    expect(restarted.s.workspace.unlockDelay(file)).toEqual({ failures: 4, waitSeconds: 1 });
    expect(() => restarted.s.workspace.unlock({ path: file, passphrase: PASSPHRASE })).toThrow(/Espere 1 segundo antes/);
    // Per file: another workspace is not delayed.
    expect(restarted.s.workspace.unlockDelay(createWorkspace())).toEqual({ failures: 0, waitSeconds: 0 });

    vi.advanceTimersByTime(1_000);
    expect(restarted.s.workspace.unlock({ path: file, passphrase: PASSPHRASE }).state).toBe('open');
    expect(restarted.s.workspace.unlockDelay(file)).toEqual({ failures: 0, waitSeconds: 0 });
    expect(JSON.parse(fs.readFileSync(path.join(prefs, 'unlock-attempts.json'), 'utf8'))).toEqual({});
    restarted.s.workspace.close();
  });

  it('a clock set back does not lengthen the wait, and a damaged file does not stop unlocking', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-07-10T17:00:00Z'));
    const { s, file, prefs } = open();
    for (let i = 0; i < 5; i++) expect(() => s.workspace.unlock({ path: file, passphrase: 'equivocada' })).toThrow();
    // The 4th and 5th came during the 2 s wait: refused, so not counted as failures either.
    expect(s.workspace.unlockDelay(file)).toEqual({ failures: 3, waitSeconds: 2 });
    vi.setSystemTime(new Date('2026-07-10T16:00:00Z'));
    expect(s.workspace.unlockDelay(file)).toEqual({ failures: 3, waitSeconds: 2 });
    fs.writeFileSync(path.join(prefs, 'unlock-attempts.json'), '{"__proto__": {"failures": 99}, "x": ');
    expect(s.workspace.unlock({ path: file, passphrase: PASSPHRASE }).state).toBe('open');
    s.workspace.close();
  });
});
