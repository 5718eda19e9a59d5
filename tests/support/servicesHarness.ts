import path from 'node:path';
import { createServices, type Services } from '../../src/main/services/services.js';
import type { PersonInputDto } from '../../src/shared/ipc/contract.js';
import { localInstantMs } from '../../src/shared/domain/live.js';
import { PASSPHRASE, createWorkspace, tempDir } from './tempWorkspace.js';

/** Real services over a real encrypted workspace, with a calendar and a clock the test controls. */
export function openServices(startDay = '2026-06-15'): {
  s: Services;
  file: string;
  setToday(day: string): void;
  /** Local 'YYYY-MM-DDTHH:MM:SS'; moves today's date with it. */
  setNow(instant: string): void;
} {
  let today = startDay;
  let now = new Date(localInstantMs(`${startDay}T09:00:00`));
  const file = createWorkspace();
  const s = createServices({ preferencesDir: path.join(tempDir(), 'prefs'), today: () => today, now: () => now });
  s.workspace.unlock({ path: file, passphrase: PASSPHRASE });
  return {
    s,
    file,
    setToday: (day) => (today = day),
    setNow: (instant) => {
      now = new Date(localInstantMs(instant));
      today = instant.slice(0, 10);
    },
  };
}

export const person = (fullName: string, overrides: Partial<PersonInputDto> = {}): PersonInputDto => ({
  kind: 'citizen',
  fullName,
  email: null,
  phone: null,
  post: null,
  institution: null,
  order: null,
  power: null,
  substituteId: null,
  joinedOn: '2026-01-10',
  leftOn: null,
  leaveReason: null,
  notes: null,
  ...overrides,
});

export const official = (fullName: string, overrides: Partial<PersonInputDto> = {}): PersonInputDto =>
  person(fullName, { kind: 'official', post: 'Director de Seguridad Pública', institution: 'Municipio', order: 'municipal', power: 'ejecutivo', ...overrides });
