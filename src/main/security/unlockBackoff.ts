import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../appFailure.js';
import type { UnlockDelayDto } from '../../shared/ipc/contract.js';

/**
 * A growing wait after wrong passphrases. It only slows a person at the keyboard: someone
 * who copied the file attacks it offline, where the KDF (PBKDF2-HMAC-SHA512, 256,000
 * iterations) is the real defence. Kept in the app's data folder, per workspace path, so
 * quitting and reopening Plenaria does not reset it.
 */
export const FREE_ATTEMPTS = 3;
export const MAX_WAIT_SECONDS = 5 * 60;

/** 0, 0, 0, then 2 s, 4 s, 8 s… capped at five minutes. */
export function waitAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_WAIT_SECONDS, 2 ** (failures - FREE_ATTEMPTS + 1));
}

interface Attempts {
  failures: number;
  lastFailureMs: number;
}

export class UnlockBackoff {
  private readonly file: string;

  constructor(
    dir: string,
    // Read on each call (not captured) so tests with fake timers move it.
    private readonly nowMs: () => number = () => Date.now(),
  ) {
    this.file = path.join(dir, 'unlock-attempts.json');
  }

  private read(): Record<string, Attempts> {
    try {
      const parsed = JSON.parse(fs.readFileSync(this.file, 'utf8')) as unknown;
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return Object.create(null) as Record<string, Attempts>;
      // No prototype: a key such as "__proto__" in a tampered file stays a plain key.
      const valid = Object.create(null) as Record<string, Attempts>;
      for (const [key, value] of Object.entries(parsed as Record<string, Partial<Attempts>>)) {
        if (Number.isInteger(value?.failures) && Number.isFinite(value?.lastFailureMs)) {
          valid[key] = { failures: value.failures!, lastFailureMs: value.lastFailureMs! };
        }
      }
      return valid;
    } catch {
      return Object.create(null) as Record<string, Attempts>;
    }
  }

  /** Temporary file and rename: a crash never leaves half a JSON (which would read as "no failures"). */
  private write(all: Record<string, Attempts>): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(all, null, 2), { mode: 0o600 });
    fs.renameSync(tmp, this.file);
  }

  delay(file: string): UnlockDelayDto {
    const entry = this.read()[file];
    if (!entry) return { failures: 0, waitSeconds: 0 };
    const wait = waitAfter(entry.failures);
    const elapsed = (this.nowMs() - entry.lastFailureMs) / 1000;
    // A clock set back would make `elapsed` negative; the wait never exceeds its own length.
    const left = Math.min(wait, Math.max(0, Math.ceil(wait - elapsed)));
    return { failures: entry.failures, waitSeconds: left };
  }

  /** Throws before any key derivation while the wait lasts. */
  check(file: string): void {
    const { waitSeconds } = this.delay(file);
    if (waitSeconds > 0) {
      throw new AppFailure(
        'unlock_delayed',
        `Demasiados intentos con una frase de acceso incorrecta. Espere ${waitSeconds} ${waitSeconds === 1 ? 'segundo' : 'segundos'} antes de intentarlo de nuevo.`,
      );
    }
  }

  failed(file: string): void {
    const all = this.read();
    all[file] = { failures: (all[file]?.failures ?? 0) + 1, lastFailureMs: this.nowMs() };
    this.write(all);
  }

  succeeded(file: string): void {
    const all = this.read();
    if (!(file in all)) return;
    delete all[file];
    this.write(all);
  }
}
