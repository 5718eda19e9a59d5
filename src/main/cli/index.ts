import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { AppFailure } from '../appFailure.js';
import { WorkspaceService } from '../services/workspaceService.js';
import { readPassphrase } from './passphrase.js';
import { ServiceContext } from '../services/serviceContext.js';
import { PeopleService } from '../services/peopleService.js';
import { CommitteesService } from '../services/committeesService.js';
import { describeImportIssue } from '../import/peopleCsv.js';
import { SessionsService } from '../services/sessionsService.js';
import { createDemoWorkspace, type DemoSummary } from '../demo/demoWorkspace.js';
import { AGREEMENTS_USAGE, runAgreementsCommand } from './agreementsCommands.js';
import { MINUTES_USAGE, runMinutesCommand } from './minutesCommands.js';
import { INDICATORS_USAGE, runIndicatorsCommand } from './indicatorsCommands.js';
import { BACKUP_USAGE, runBackupCommand } from './backupCommands.js';

/**
 * Headless commands over the same services as the app.
 * Exit codes: 0 done, 1 error (message on stderr), 2 verification failed.
 */
const USAGE = `Uso: npm run -s cli -- <comando>
  init <archivo> --name <texto> --municipality <texto> --population <n>
  demo <archivo> [--today AAAA-MM-DD]
  info <archivo> [--json]
  verify <archivo> [--json]
  rekey <archivo>
  people import <archivo> <csv> [--dry-run]
  people list <archivo> --json
  committees list <archivo> --json
  sessions list <archivo> --json
  agenda export <archivo> --session <id> --out <ruta.docx> [--lang es|en]
${AGREEMENTS_USAGE}
${MINUTES_USAGE}
${INDICATORS_USAGE}
${BACKUP_USAGE}
La frase de acceso se lee de PLENARIA_PASSPHRASE (la nueva, para rekey, de PLENARIA_NEW_PASSPHRASE) o se pide en la terminal.`;

class UsageError extends Error {}

const passphrase = () => readPassphrase('PLENARIA_PASSPHRASE', 'Frase de acceso: ');

async function run(argv: string[]): Promise<number> {
  // Its own options (--status, --create-missing…): parsed in its module.
  if (argv[0] === 'agreements') return runAgreementsCommand(argv.slice(1));
  if (argv[0] === 'minutes') return runMinutesCommand(argv.slice(1));
  if (argv[0] === 'indicators') return runIndicatorsCommand(argv.slice(1));
  if (argv[0] === 'backup' || argv[0] === 'restore') return runBackupCommand(argv);
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      municipality: { type: 'string' },
      population: { type: 'string' },
      json: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      session: { type: 'string' },
      out: { type: 'string' },
      lang: { type: 'string', default: 'es' },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  // Two-word commands: "people import", "committees list".
  const twoWords = ['people', 'committees', 'sessions', 'agenda'].includes(positionals[0] ?? '');
  const command = twoWords ? `${positionals[0]} ${positionals[1] ?? ''}`.trim() : positionals[0];
  const [file, ...rest] = positionals.slice(twoWords ? 2 : 1);
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return command || values.help ? 0 : 1;
  }
  const expected = command === 'people import' ? 1 : 0;
  if (!file || rest.length !== expected) throw new UsageError(`Faltan argumentos o sobran.\n${USAGE}`);
  const workspace = new WorkspaceService('cli');
  const ctx = new ServiceContext(workspace, 'cli');
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
      case 'demo': {
        if (fs.existsSync(file)) throw new UsageError(`Ya existe un archivo en ${file}; no se sobrescribe.`);
        const started = performance.now();
        const summary = createDemoWorkspace({ file, passphrase: await passphrase(), today: values.today });
        process.stdout.write(describeDemo(summary, (performance.now() - started) / 1000));
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
          const broken = report.audit.firstBroken;
          if (broken) lines.push(`primera entrada rota: n.º ${broken.id} (posición ${broken.position}): ${broken.message}`);
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
      case 'people import': {
        const csvPath = rest[0]!;
        let csv: string;
        try {
          csv = fs.readFileSync(csvPath, 'utf8');
        } catch {
          throw new UsageError(`No se puede leer el archivo CSV ${csvPath}.`);
        }
        workspace.unlock({ path: file, passphrase: await passphrase() });
        const people = new PeopleService(ctx);
        const preview = people.importPreview(csv);
        for (const row of preview.rows) {
          for (const issue of row.issues) process.stderr.write(`línea ${row.line}: ${describeImportIssue(issue)}\n`);
        }
        if (preview.invalidRows > 0) {
          process.stderr.write(`${preview.invalidRows} fila(s) con problemas; no se importó nada.\n`);
          return 1;
        }
        if (values['dry-run']) {
          process.stdout.write(`${preview.validRows} persona(s) listas para importar (simulación: no se escribió nada).\n`);
          return 0;
        }
        process.stdout.write(`${people.importApply(csv).imported} persona(s) importadas.\n`);
        return 0;
      }
      case 'people list': {
        workspace.unlock({ path: file, passphrase: await passphrase() });
        const list = new PeopleService(ctx).list({}).map((p) => ({
          id: p.id,
          name: p.fullName,
          kind: p.kind,
          post: p.post,
          institution: p.institution,
          order: p.order,
          power: p.power,
          active: p.active,
          committees: p.committees.map((c) => c.name),
        }));
        process.stdout.write(values.json ? `${JSON.stringify(list)}\n` : list.map((p) => `${p.id}\t${p.name}\t${p.kind}${p.active ? '' : ' (inactivo)'}`).join('\n') + '\n');
        return 0;
      }
      case 'committees list': {
        workspace.unlock({ path: file, passphrase: await passphrase() });
        const list = new CommitteesService(ctx).list().map((c) => ({
          id: c.id,
          name: c.name,
          coordinator: c.coordinatorName,
          substitute: c.substituteName,
          members: c.members.map((m) => m.name),
        }));
        process.stdout.write(values.json ? `${JSON.stringify(list)}\n` : list.map((c) => `${c.id}\t${c.name}\t${c.members.length} integrantes`).join('\n') + '\n');
        return 0;
      }
      case 'sessions list': {
        workspace.unlock({ path: file, passphrase: await passphrase() });
        const kinds = { plenary: 'plenary', citizen_meeting: 'citizen', committee_meeting: 'committee' } as const;
        const list = new SessionsService(ctx, undefined)
          .list()
          .slice()
          .reverse()
          .map((x) => ({
            id: x.id,
            kind: kinds[x.kind],
            subtype: x.plenaryType,
            number: x.number,
            year: x.year,
            title: x.title,
            date: x.scheduledAt,
            status: x.status,
            ...(x.preparesSessionId !== null ? { prepares: x.preparesSessionId } : {}),
            ...(x.committeeName !== null ? { committee: x.committeeName } : {}),
          }));
        process.stdout.write(values.json ? `${JSON.stringify(list)}\n` : list.map((x) => `${x.id}\t${x.date}\t${x.title}\t${x.status}`).join('\n') + '\n');
        return 0;
      }
      case 'agenda export': {
        const id = Number(values.session);
        if (!Number.isInteger(id) || id <= 0 || !values.out) throw new UsageError('agenda export necesita --session <id> y --out <ruta.docx>.');
        if (values.lang !== 'es' && values.lang !== 'en') throw new UsageError('--lang es o en.');
        workspace.unlock({ path: file, passphrase: await passphrase() });
        // The person typed --out: that is the confirmation that this file leaves the workspace.
        const written = await new SessionsService(ctx, undefined).exportAgenda(id, values.out, values.lang, true);
        process.stdout.write(`${written.path}\nSHA-256 ${written.sha256} (${written.bytes} bytes)\n`);
        return 0;
      }
      default:
        throw new UsageError(`Comando desconocido: ${command}\n${USAGE}`);
    }
  } finally {
    workspace.close();
  }
}

function describeDemo(d: DemoSummary, seconds: number): string {
  const p = d.people;
  const a = d.agreements;
  const next = d.nextPlenary;
  return [
    `Espacio de trabajo de demostración creado en ${seconds.toFixed(1)} s: ${d.file}`,
    `${d.mesa} (hoy: ${d.today})`,
    `  personas: ${Object.values(p).reduce((x, y) => x + y, 0)} (${p.citizen} ciudadanos, ${p.official} funcionarios, ${p.honorary} honorarios, ${p.collaborator} colaboradores, ${p.volunteer} voluntarios, ${p.guest} invitados)`,
    `  comités: ${d.committees}`,
    `  sesiones: ${d.plenaries} plenarias celebradas, ${d.citizenMeetings} reuniones ciudadanas, ${d.committeeMeetings} reuniones de comité`,
    `  acuerdos: ${a.pendiente + a.en_proceso + a.cumplido + a.cancelado} (${a.cumplido} cumplido(s), ${a.en_proceso} en proceso, ${a.pendiente} pendiente(s), ${a.cancelado} cancelado(s)); ${d.followups} seguimientos`,
    `  auditoría: ${d.counts.audit_log} entradas; verificación ok`,
    `Próxima plenaria: ${next.title}, ${next.scheduledAt.replace('T', ' ')} (sesión ${next.id}, convocada; ${next.items} puntos, ${next.openAgreements} acuerdos abiertos por leer).`,
    '',
  ].join('\n');
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
