import { parseArgs } from 'node:util';
import { MinutesService } from '../services/minutesService.js';
import { ServiceContext } from '../services/serviceContext.js';
import { WorkspaceService } from '../services/workspaceService.js';
import { readPassphrase } from './passphrase.js';
import { usageFailure } from './usage.js';

/** `minutes export | verify` (issue 8). Exit codes as the other commands: 0 done, 1 error, 2 verification failed. */
export const MINUTES_USAGE = `  minutes export <archivo> --session <id> --out <ruta.docx> [--lang es|en]
  minutes verify <archivo> <ruta.docx>`;

const usage = usageFailure(MINUTES_USAGE);

export async function runMinutesCommand(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      session: { type: 'string' },
      out: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`Uso:\n${MINUTES_USAGE}\n`);
    return 0;
  }
  const [verb, file, ...rest] = positionals;
  if (verb !== 'export' && verb !== 'verify') throw usage(verb ? `Comando desconocido: minutes ${verb}` : 'Falta el comando.');
  if (!file || rest.length !== (verb === 'verify' ? 1 : 0)) throw usage('Faltan argumentos o sobran.');
  const sessionId = Number(values.session);
  if (verb === 'export') {
    if (!Number.isInteger(sessionId) || sessionId <= 0 || !values.out) throw usage('minutes export necesita --session <id> y --out <ruta.docx>.');
    if (values.lang !== undefined && values.lang !== 'es' && values.lang !== 'en') throw usage('--lang es o en.');
  }

  const workspace = new WorkspaceService('cli');
  const minutes = new MinutesService(new ServiceContext(workspace, 'cli'), undefined);
  try {
    workspace.unlock({ path: file, passphrase: await readPassphrase('PLENARIA_PASSPHRASE', 'Frase de acceso: ') });
    if (verb === 'export') {
      // The person typed --out: that is the confirmation that this file leaves the workspace.
      const written = await minutes.exportDocx(sessionId, values.out!, values.lang as 'es' | 'en' | undefined, true);
      const state = minutes.get(sessionId);
      process.stdout.write(`${written.path}\n${state.sessionTitle} (sesión ${sessionId}), acta ${STATUS[state.status]}\nSHA-256 ${written.sha256} (${written.bytes} bytes)\n`);
      return 0;
    }
    const result = await minutes.verifyFile(rest[0]!);
    if (!result.match) {
      process.stdout.write(`No coincide con ningún archivo exportado por Plenaria en este espacio de trabajo.\nSHA-256 ${result.sha256}\n`);
      return 2;
    }
    const session = result.sessionId === null ? 'sin sesión' : `sesión ${result.sessionId}${result.sessionTitle ? `: ${result.sessionTitle}` : ''}`;
    process.stdout.write(`Coincide: ${result.kind} de la ${session}, exportado el ${result.exportedAt} como ${result.filename}\nSHA-256 ${result.sha256}\n`);
    return 0;
  } finally {
    workspace.close();
  }
}

const STATUS = { draft: 'en borrador', approved: 'aprobada', signed: 'firmada y sellada' } as const;
