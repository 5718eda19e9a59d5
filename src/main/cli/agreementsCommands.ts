import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppFailure } from '../appFailure.js';
import { decodeSheetText } from '../import/agreementsSheet.js';
import { EventBus } from '../services/eventBus.js';
import { ProjectionService } from '../services/projectionService.js';
import { AgreementsService, matrixListItem } from '../services/agreementsService.js';
import { ServiceContext } from '../services/serviceContext.js';
import { WorkspaceService } from '../services/workspaceService.js';
import { filterMatrix, statusFromWord, type MatrixFilter } from '../../shared/domain/agreements.js';
import type { AgreementStatus } from '../../shared/domain/live.js';
import type { AgreementsImportInput, AgreementsImportPreviewDto } from '../../shared/ipc/dto/agreements.js';
import { readPassphrase } from './passphrase.js';
import { usageFailure } from './usage.js';

/** `agreements import | list | export` (issue 7). Exit codes as the other commands: 0 done, 1 error. */
export const AGREEMENTS_USAGE = `  agreements import <archivo> <hoja.csv|hoja.xlsx> [--dry-run] [--create-missing]
  agreements list <archivo> [--json] [--status <estatus>] [--committee <nombre>] [--overdue]
  agreements export <archivo> --out <ruta.docx> [--status <estatus>] [--committee <nombre>] [--overdue] [--lang es|en] [--citizens]`;

const usage = usageFailure(AGREEMENTS_USAGE);

export async function runAgreementsCommand(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      'create-missing': { type: 'boolean', default: false },
      status: { type: 'string' },
      committee: { type: 'string' },
      overdue: { type: 'boolean', default: false },
      out: { type: 'string' },
      lang: { type: 'string', default: 'es' },
      citizens: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [verb, file, ...rest] = positionals;
  if (values.help) {
    process.stdout.write(`Uso:\n${AGREEMENTS_USAGE}\n`);
    return 0;
  }
  if (!verb || !file || rest.length !== (verb === 'import' ? 1 : 0)) throw usage('Faltan argumentos o sobran.');
  if (verb !== 'import' && verb !== 'list' && verb !== 'export') throw usage(`Comando desconocido: agreements ${verb}`);
  // Everything the command needs is checked before the passphrase is asked for.
  const input = verb === 'import' ? readSheet(rest[0]!) : null;
  const filter = verb === 'import' ? {} : matrixFilter(values);
  if (verb === 'export') {
    if (!values.out) throw usage('agreements export necesita --out <ruta.docx>.');
    if (values.lang !== 'es' && values.lang !== 'en') throw usage('--lang es o en.');
  }

  const workspace = new WorkspaceService('cli');
  const ctx = new ServiceContext(workspace, 'cli');
  // The CLI projects nothing: its projection service has no window listening.
  const agreements = new AgreementsService(ctx, new ProjectionService(ctx, workspace, new EventBus(), () => 'es', () => []), undefined);
  try {
    workspace.unlock({ path: file, passphrase: await readPassphrase('PLENARIA_PASSPHRASE', 'Frase de acceso: ') });
    switch (verb) {
      case 'import': {
        const createMissing = values['create-missing'];
        const preview = await agreements.importPreview(input!, { createMissing });
        reportProblems(preview);
        if (preview.invalidRows > 0) {
          process.stderr.write(`${preview.invalidRows} fila(s) con problemas; no se importó nada.\n`);
          if (!createMissing && (preview.missingCommittees.length > 0 || preview.missingPeople.length > 0)) {
            process.stderr.write('Los comités y personas que faltan se crean con --create-missing.\n');
          }
          return 1;
        }
        if (values['dry-run']) {
          process.stdout.write(
            `${preview.validRows} acuerdo(s) listos para importar, ${preview.followUps} seguimiento(s) (simulación: no se escribió nada).\n${wouldCreate(preview)}`,
          );
          return 0;
        }
        const result = await agreements.importApply(input!, { createMissing });
        const lines = [`${result.imported} acuerdo(s) importados, ${result.followUps} seguimiento(s).`];
        if (result.createdSessions.length > 0) lines.push(`Sesiones creadas: ${result.createdSessions.map((s) => s.title).join('; ')}.`);
        if (result.createdCommittees.length > 0) lines.push(`Comités creados: ${result.createdCommittees.map((c) => c.name).join('; ')}.`);
        if (result.createdPeople.length > 0) lines.push(`Personas creadas (colaboradores): ${result.createdPeople.map((p) => p.name).join('; ')}.`);
        process.stdout.write(`${lines.join('\n')}\n`);
        return 0;
      }
      case 'list': {
        const today = ctx.today();
        const list = filterMatrix(agreements.matrix(), filter, today).map((r) => matrixListItem(r, today));
        process.stdout.write(
          values.json
            ? `${JSON.stringify(list)}\n`
            : list.map((a) => `${a.code}\t${a.status}${a.overdue ? ' (vencido)' : ''}\t${a.progress}%\t${a.committee ?? '-'}\t${a.text.replace(/\s+/g, ' ')}`).join('\n') + '\n',
        );
        return 0;
      }
      case 'export': {
        const written = await agreements.exportDocx({
          filter,
          sort: null,
          path: values.out!,
          language: values.lang as 'es' | 'en',
          plenaryOnly: !values.citizens,
          // The person typed --out: that is the confirmation that this file leaves the workspace.
          confirmedLeavesWorkspace: true,
        });
        process.stdout.write(`${written.path}\n${written.rows} acuerdo(s); SHA-256 ${written.sha256} (${written.bytes} bytes)\n`);
        return 0;
      }
    }
  } finally {
    workspace.close();
  }
}

function readSheet(file: string): AgreementsImportInput {
  const ext = path.extname(file).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') throw usage(`La hoja debe ser un archivo .csv o .xlsx: ${file}`);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw new AppFailure('file_not_found', `No se puede leer el archivo ${file}.`);
  }
  return ext === '.csv' ? { format: 'csv', text: decodeSheetText(bytes) } : { format: 'xlsx', bytes };
}

function matrixFilter(values: { status?: string; committee?: string; overdue: boolean }): MatrixFilter {
  const filter: MatrixFilter = {};
  if (values.status !== undefined) {
    const statuses: AgreementStatus[] = [];
    for (const word of values.status.split(',')) {
      const status = statusFromWord(word);
      if (status === null) throw usage(`Estatus desconocido «${word.trim()}»: use pendiente, en proceso, cumplido o cancelado (varios separados por comas).`);
      statuses.push(status);
    }
    filter.statuses = statuses;
  }
  if (values.committee !== undefined) filter.committeeName = values.committee;
  if (values.overdue) filter.overdue = true;
  return filter;
}

function reportProblems(preview: AgreementsImportPreviewDto): void {
  for (const row of preview.rows) {
    for (const issue of row.issues) process.stderr.write(`línea ${row.line}: ${issue.message}\n`);
  }
  if (preview.ignoredColumns.length > 0) process.stderr.write(`Columnas ignoradas: ${preview.ignoredColumns.join(', ')}.\n`);
}

function wouldCreate(preview: AgreementsImportPreviewDto): string {
  const lines: string[] = [];
  const at = (list: number[]) => `línea${list.length === 1 ? '' : 's'} ${list.join(', ')}`;
  for (const s of preview.newSessions) lines.push(`Se creará la sesión ${s.title} (${s.date}, cerrada): ${at(s.lines)}.`);
  if (preview.createMissing) {
    for (const c of preview.missingCommittees) lines.push(`Se creará el comité «${c.name}»: ${at(c.lines)}.`);
    for (const p of preview.missingPeople) lines.push(`Se creará la persona «${p.name}» (colaborador): ${at(p.lines)}.`);
  }
  return lines.map((l) => `${l}\n`).join('');
}
