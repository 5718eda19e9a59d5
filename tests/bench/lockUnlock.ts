/**
 * Time to lock, and to unlock back into a live session, on the demo Mesa (six months of data)
 * with its plenary live at the third item: real services, real encrypted file. Unlocking is
 * mostly the key derivation (PBKDF2-HMAC-SHA512, 256,000 iterations) and the quick_check
 * that every open runs; that cost is the point of the KDF, not something to optimise away.
 *
 * Call: `const figures = await measureLockUnlock()` (or `measureLockUnlock(rounds)`);
 * run alone: `npx tsx tests/bench/lockUnlock.ts`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDemoWorkspace } from '../../src/main/demo/demoWorkspace.js';
import { createServices } from '../../src/main/services/services.js';

const PASSPHRASE = 'frase de acceso para medir el bloqueo';

export interface LockUnlockFigures {
  rounds: number;
  /** workspace.lock(): connection closed, key dropped, projector on the neutral screen. */
  lockMs: { median: number; max: number };
  /** workspace.unlock() alone: key derivation, checks, migrations (none), WAL. */
  unlockMs: { median: number; max: number };
  /** Unlock plus what the console reads to be back in the live session (live.current, live.get) and the projector's live view. */
  backToLiveMs: { median: number; max: number };
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { median: round(sorted[Math.floor(sorted.length / 2)]!), max: round(sorted[sorted.length - 1]!) };
};

export async function measureLockUnlock(rounds = 10): Promise<LockUnlockFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenaria-lock-bench-'));
  try {
    const file = path.join(dir, 'demo.plenaria');
    const demo = createDemoWorkspace({ file, passphrase: PASSPHRASE });
    const s = createServices({ preferencesDir: path.join(dir, 'prefs') });
    s.backups.stopDaily();
    s.workspace.unlock({ path: file, passphrase: PASSPHRASE });
    const sessionId = demo.nextPlenary.id;
    const live = s.live.start(sessionId);
    s.live.goTo(sessionId, live.items[2]!.id);
    let projected = '';
    s.events.on('projection', (view) => (projected = view.screen));

    const lock: number[] = [];
    const unlock: number[] = [];
    const back: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const t0 = performance.now();
      s.workspace.lock();
      lock.push(performance.now() - t0);
      if (projected !== 'neutral') throw new Error('lock: the projector did not go neutral');

      const t1 = performance.now();
      s.workspace.unlock({ path: file, passphrase: PASSPHRASE });
      const t2 = performance.now();
      const current = s.live.current();
      const state = current === null ? null : s.live.get(current);
      const view = s.projection.current();
      const t3 = performance.now();
      if (current !== sessionId || state?.currentItemId !== live.items[2]!.id || view.screen !== 'live') throw new Error('unlock: not back in the live session');
      unlock.push(t2 - t1);
      back.push(t3 - t1);
    }
    s.workspace.close();
    return { rounds, lockMs: stats(lock), unlockMs: stats(unlock), backToLiveMs: stats(back) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  console.log(JSON.stringify(await measureLockUnlock(), null, 2));
}
