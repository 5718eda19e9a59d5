/**
 * The backups domain for the fake transport: an in-memory list of backups, each with the
 * passphrase that opens it, rotated like main's; restore records the copy it "kept".
 */
import type { ArgsOf, BackupEntryDto, BackupPreviewDto, MesaDto, MethodOf, ResultOf } from '../../../src/shared/ipc/contract.js';
import { fail, ok, type Result } from '../../../src/shared/ipc/result.js';

type Handlers = { [M in MethodOf<'backups'>]: (args: ArgsOf<'backups', M>) => Result<ResultOf<'backups', M>> };

export interface FakeBackup extends BackupEntryDto {
  passphrase: string;
  mesa: MesaDto;
}

export interface BackupsSeed {
  backups?: FakeBackup[];
  keep?: number;
  /** The passphrase new backups get (the open workspace's). */
  passphrase?: string;
  mesa?: MesaDto;
}

const DIR = '/home/secretaria/.config/Plenaria/backups/juarez-1a2b3c4d';

export function createFakeBackups(seed: BackupsSeed = {}) {
  const backups: FakeBackup[] = [...(seed.backups ?? [])];
  let keep = seed.keep ?? 10;
  let clock = Date.parse('2026-03-14T18:00:00.000Z');
  const restored: { path: string; keptCopy: string }[] = [];
  /** Paths written by "backup to…": main never writes over them. */
  const written = new Set<string>();
  const mesa = seed.mesa ?? { name: 'Mesa de Seguridad de Juárez', municipality: 'Juárez', population: 1_512_450 };

  const listDto = () => ({ dir: DIR, keep, backups: backups.map(({ passphrase: _p, mesa: _m, ...e }) => e) });

  function add(kind: FakeBackup['kind'], path?: string): FakeBackup {
    clock += 60_000;
    const createdAt = new Date(clock).toISOString();
    const entry: FakeBackup = {
      path: path ?? `${DIR}/juarez-${createdAt.replace(/[:.]/g, '')}-${kind}.plenaria`,
      name: (path ?? `juarez-${createdAt.replace(/[:.]/g, '')}-${kind}.plenaria`).split('/').pop()!,
      kind,
      createdAt,
      bytes: 1_048_576,
      passphrase: seed.passphrase ?? 'caballo verde bajo la lluvia',
      mesa,
    };
    if (!path) {
      backups.unshift(entry);
      rotate();
    }
    return entry;
  }

  function rotate(): void {
    const rotating = backups.filter((b) => b.kind === 'auto' || b.kind === 'manual');
    for (const old of rotating.slice(keep)) backups.splice(backups.indexOf(old), 1);
  }

  function find(path: string, passphrase: string): Result<FakeBackup> {
    const backup = backups.find((b) => b.path === path);
    if (!backup) return fail('file_not_found', `No existe el archivo ${path}.`);
    if (backup.passphrase !== passphrase) return fail('wrong_passphrase', 'La frase de acceso no es correcta.');
    return ok(backup);
  }

  const preview = (b: FakeBackup): BackupPreviewDto => ({
    path: b.path,
    mesa: b.mesa,
    backedUpAt: b.createdAt,
    lastChangeAt: b.createdAt,
    schemaVersion: 4,
    counts: { people: 42, sessions: 12, agreements: 57, audit_log: 900 },
    bytes: b.bytes,
    verified: true,
    problems: [],
  });

  const handlers: Handlers = {
    list: () => ok(listDto()),
    create: () => {
      const { passphrase: _p, mesa: _m, ...entry } = add('manual');
      return ok(entry);
    },
    backupTo: ({ path }) => {
      if (written.has(path) || backups.some((b) => b.path === path)) return fail('file_exists', `Ya existe un archivo en ${path}; no se sobrescribe.`);
      written.add(path);
      const { passphrase: _p, mesa: _m, ...entry } = add('manual', path);
      return ok({ ...entry, kind: 'external' });
    },
    setKeep: ({ keep: next }) => {
      keep = next;
      rotate();
      return ok(listDto());
    },
    preview: ({ path, passphrase }) => {
      const found = find(path, passphrase);
      return found.ok ? ok(preview(found.value)) : found;
    },
    restore: ({ path, passphrase }) => {
      const found = find(path, passphrase);
      if (!found.ok) return found;
      const kept = add('prerestore');
      restored.push({ path, keptCopy: kept.path });
      return ok({ restoredFrom: path, keptCopy: kept.path, status: { state: 'open', path: '/home/secretaria/Documentos/juarez.plenaria', mesa: found.value.mesa } });
    },
  };
  return { handlers: { backups: handlers }, backups, restored };
}
