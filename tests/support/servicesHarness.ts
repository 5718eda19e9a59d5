import path from 'node:path';
import { createServices, type Services } from '../../src/main/services/services.js';
import type { PersonInputDto } from '../../src/shared/ipc/contract.js';
import { PASSPHRASE, createWorkspace, tempDir } from './tempWorkspace.js';

/** Real services over a real encrypted workspace, with a calendar the test controls. */
export function openServices(startDay = '2026-06-15'): { s: Services; setToday(day: string): void } {
  let today = startDay;
  const file = createWorkspace();
  const s = createServices({ preferencesDir: path.join(tempDir(), 'prefs'), today: () => today });
  s.workspace.unlock({ path: file, passphrase: PASSPHRASE });
  return { s, setToday: (day) => (today = day) };
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
