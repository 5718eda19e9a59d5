import { parseArgs } from 'node:util';
import { AppFailure } from '../appFailure.js';
import { WorkspaceService } from '../services/workspaceService.js';
import { readPassphrase } from './passphrase.js';

/**
 * Headless commands over the same services as the app.
 * Exit codes: 0 done, 1 error (message on stderr), 2 verification failed.
 */
const USAGE = `Uso: npm run -s cli -- <comando>
  init <archivo> --name <texto> --municipality <texto> --population <n>
  info <archivo> [--json]
  verify <archivo> [--json]
  rekey <archivo>
La frase de acceso se lee de PLENARIA_PASSPHRASE (la nueva, para rekey, de PLENARIA_NEW_PASSPHRASE) o se pide en la terminal.`;

class UsageError extends Error {}

const passphrase = () => readPassphrase('PLENARIA_PASSPHRASE', 'Frase de acceso: ');

async function run(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      municipality: { type: 'string' },
      population: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, file, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return command || values.help ? 0 : 1;
  }
  if (!file || rest.length > 0) throw new UsageError(`Falta el archivo o sobran argumentos.\n${USAGE}`);
  const workspace = new WorkspaceService('cli');
  try {
    switch (command) {
      case 'init': {
        const population = Number(values.population);
        if (!values.name?.trim() || !values.municipality?.trim() || !Number.isInteger(population) || population <= 0) {
          throw new UsageError('init necesita --name, --municipality y --population (un entero positivo).');
        }
        workspace.create({
          path: file,
          passphrase: await passphrase(),
          name: values.name,
          municipality: values.municipality,
          population,
        });
        process.stdout.write(`Espacio de trabajo creado: ${file}\n`);
        return 0;
      }
      case 'info': {
        workspace.unlock({ path: file, passphrase: await passphrase() });
        const { path: _path, ...info } = workspace.info();
        process.stdout.write(
          values.json
            ? `${JSON.stringify(info)}\n`
            : `${info.name} — ${info.municipality} (población ${info.population})\nesquema ${info.schemaVersion}, cifrado ${info.cipher}, KDF ${info.kdfIterations} iteraciones\n${Object.entries(info.counts).map(([t, n]) => `  ${t}: ${n}`).join('\n')}\n`,
        );
        return 0;
      }
      case 'verify': {
        workspace.unlock({ path: file, passphrase: await passphrase() });
        const report = workspace.verify();
        if (values.json) process.stdout.write(`${JSON.stringify(report)}\n`);
        else {
          const lines = [
            `integridad: ${report.integrity.length === 0 ? 'ok' : report.integrity.join('; ')}`,
            `claves foráneas: ${report.foreignKeys.length === 0 ? 'ok' : report.foreignKeys.join('; ')}`,
            `auditoría: ${report.audit.ok ? `ok (${report.audit.entries} entradas)` : report.audit.problems.join('; ')}`,
          ];
          process.stdout.write(`${lines.join('\n')}\n`);
        }
        return report.ok ? 0 : 2;
      }
      case 'rekey': {
        const current = await passphrase();
        const next = await readPassphrase('PLENARIA_NEW_PASSPHRASE', 'Nueva frase de acceso: ');
        workspace.unlock({ path: file, passphrase: current });
        workspace.rekey({ currentPassphrase: current, newPassphrase: next });
        process.stdout.write('Frase de acceso cambiada.\n');
        return 0;
      }
      default:
        throw new UsageError(`Comando desconocido: ${command}\n${USAGE}`);
    }
  } finally {
    workspace.close();
  }
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof AppFailure || err instanceof UsageError) process.stderr.write(`Error: ${err.message}\n`);
    else if (err instanceof Error && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`Error: ${err.message}\n${USAGE}\n`);
    } else process.stderr.write(`Error interno: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  },
);
