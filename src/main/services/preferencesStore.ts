import fs from 'node:fs';
import path from 'node:path';
import type { Language, PreferencesDto, RecentFileDto } from '../../shared/ipc/contract.js';
import { DEFAULT_IDLE_LOCK_MINUTES, MAX_IDLE_LOCK_MINUTES, MIN_IDLE_LOCK_MINUTES } from '../../shared/ipc/dto/security.js';

/**
 * What Plenaria must know before a workspace is unlocked (language, recent files) lives in
 * a small plaintext JSON in the app's own folder. It holds file paths and nothing of a
 * Mesa's content: everything confidential stays inside the encrypted workspace.
 */
interface StoredPreferences {
  language: Language;
  idleLockMinutes: number;
  recent: { path: string; openedAt: string }[];
}

const MAX_RECENT = 8;
const DEFAULTS: StoredPreferences = { language: 'es', idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES, recent: [] };

/** A hand-edited file must not turn the idle lock off or make it fire every millisecond. */
function validIdleMinutes(value: unknown): number {
  return Number.isInteger(value) && (value as number) >= MIN_IDLE_LOCK_MINUTES && (value as number) <= MAX_IDLE_LOCK_MINUTES
    ? (value as number)
    : DEFAULT_IDLE_LOCK_MINUTES;
}

export class PreferencesStore {
  private readonly file: string;

  constructor(
    dir: string,
    /** Told after every change, so the idle lock applies a new length at once. */
    private readonly onChange?: () => void,
  ) {
    this.file = path.join(dir, 'preferences.json');
  }

  private read(): StoredPreferences {
    try {
      const parsed = JSON.parse(fs.readFileSync(this.file, 'utf8')) as Partial<StoredPreferences>;
      return {
        language: parsed.language === 'en' ? 'en' : 'es',
        idleLockMinutes: validIdleMinutes(parsed.idleLockMinutes),
        recent: Array.isArray(parsed.recent)
          ? parsed.recent.filter((r) => typeof r?.path === 'string' && typeof r?.openedAt === 'string')
          : [],
      };
    } catch {
      return { ...DEFAULTS, recent: [] };
    }
  }

  /** Written to a temporary file and renamed, so a crash never leaves half a JSON. */
  private write(prefs: StoredPreferences): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(prefs, null, 2), { mode: 0o600 });
    fs.renameSync(tmp, this.file);
  }

  get(): PreferencesDto {
    const { language, idleLockMinutes } = this.read();
    return { language, idleLockMinutes };
  }

  set(patch: Partial<PreferencesDto>): PreferencesDto {
    const prefs = this.read();
    if (patch.language) prefs.language = patch.language;
    if (patch.idleLockMinutes !== undefined) prefs.idleLockMinutes = validIdleMinutes(patch.idleLockMinutes);
    this.write(prefs);
    this.onChange?.();
    return { language: prefs.language, idleLockMinutes: prefs.idleLockMinutes };
  }

  recent(): RecentFileDto[] {
    return this.read()
      .recent.filter((r) => fs.existsSync(r.path))
      .map((r) => ({ ...r, name: path.basename(r.path) }));
  }

  touchRecent(file: string): void {
    const prefs = this.read();
    prefs.recent = [
      { path: file, openedAt: new Date().toISOString() },
      ...prefs.recent.filter((r) => r.path !== file),
    ].slice(0, MAX_RECENT);
    this.write(prefs);
  }
}
