import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BackupService, keptCopyPath, previewBackup, restoreWorkspaceFile } from '../services/backupService.js';
import { ServiceContext } from '../services/serviceContext.js';
import { WorkspaceService } from '../services/workspaceService.js';
import type { BackupPreviewDto } from '../../shared/ipc/dto/backups.js';
import { readPassphrase } from './passphrase.js';
import { usageFailure } from './usage.js';

/**
 * `backup` and `restore` (issue 11). Exit codes as the other commands: 0 done, 1 error,
 * 2 the copy was written but does not verify.
 */
export const BACKUP_USAGE = `  backup <archivo> --out <ruta.plenaria>
  restore <respaldo> --to <archivo>`;

const usage = usageFailure(BACKUP_USAGE);

export async function runBackupCommand(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      to: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`Uso:\n${BACKUP_USAGE}\n`);
    return 0;
  }
  const [verb, file, ...rest] = positionals;
  if (!file || rest.length > 0) throw usage('Faltan argumentos o sobran.');
  if (verb === 'backup') {
    if (!values.out || values.to) throw usage('backup necesita --out <ruta>.');
    return backup(file, values.out);
  }
  if (!values.to || values.out) throw usage('restore necesita --to <archivo>.');
  return restore(file, values.to);
}

async function backup(file: string, out: string): Promise<number> {
  const passphrase = await readPassphrase('PLENARIA_PASSPHRASE', 'Frase de acceso: ');
  const workspace = new WorkspaceService('cli');
  const ctx = new ServiceContext(workspace, 'cli');
  try {
    workspace.unlock({ path: file, passphrase });
    // The backups folder is unused here: the copy goes to --out.
    const written = new BackupService(ctx, workspace, path.dirname(path.resolve(out))).backupTo(path.resolve(out));
    process.stdout.write(`Respaldo cifrado escrito: ${written.path} (${written.bytes} bytes)\n`);
  } finally {
    workspace.close();
  }
  // Opened again with the passphrase, as a restore would, and verified as `verify` does.
  const check = previewBackup(out, passphrase);
  process.stdout.write(describe(check));
  return check.verified ? 0 : 2;
}

async function restore(backupFile: string, to: string): Promise<number> {
  const passphrase = await readPassphrase('PLENARIA_PASSPHRASE', 'Frase de acceso del respaldo: ');
  const target = path.resolve(to);
  const keepCopyAt = fs.existsSync(target) ? keptCopyPath(target, new Date()) : null;
  const restored = restoreWorkspaceFile({ backup: backupFile, passphrase, target, keepCopyAt });
  process.stdout.write(describe(restored));
  if (keepCopyAt) process.stdout.write(`El archivo que había en ${target} se conservó en ${keepCopyAt}\n`);
  process.stdout.write(`Restaurado en ${target}\n`);
  return 0;
}

function describe(p: BackupPreviewDto): string {
  const counts = ['people', 'sessions', 'agreements', 'audit_log'].map((t) => `${t}: ${p.counts[t] ?? 0}`).join(', ');
  return [
    `${p.mesa.name} — ${p.mesa.municipality}`,
    `respaldo del ${p.backedUpAt}; último cambio ${p.lastChangeAt ?? 'ninguno'}; esquema ${p.schemaVersion}`,
    counts,
    p.verified ? 'verificación: ok' : `verificación: FALLÓ — ${p.problems.slice(0, 5).join('; ')}`,
    '',
  ].join('\n');
}
