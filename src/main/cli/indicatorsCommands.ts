import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { AppFailure } from '../appFailure.js';
import { decodeSheetText } from '../import/agreementsSheet.js';
import { IndicatorsService } from '../services/indicatorsService.js';
import { ServiceContext } from '../services/serviceContext.js';
import { WorkspaceService } from '../services/workspaceService.js';
import { formatIndicatorValue, UNIT_WORDS } from '../../shared/domain/indicators.js';
import type { IndicatorDto, IndicatorsImportPreviewDto } from '../../shared/ipc/dto/indicators.js';
import { readPassphrase } from './passphrase.js';
import { usageFailure } from './usage.js';

/** `indicators import | list` (issue 9). Exit codes as the other commands: 0 done, 1 error. */
export const INDICATORS_USAGE = `  indicators import <archivo> <indicadores.csv> [--dry-run]
  indicators list <archivo> [--json]`;

const usage = usageFailure(INDICATORS_USAGE);

export async function runIndicatorsCommand(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [verb, file, ...rest] = positionals;
  if (values.help) {
    process.stdout.write(`Uso:\n${INDICATORS_USAGE}\n`);
    return 0;
  }
  if (verb !== 'import' && verb !== 'list') throw usage(verb ? `Comando desconocido: indicators ${verb}` : 'Falta el comando.');
  if (!file || rest.length !== (verb === 'import' ? 1 : 0)) throw usage('Faltan argumentos o sobran.');
  // The CSV is read before the passphrase is asked for.
  const csv = verb === 'import' ? readCsvFile(rest[0]!) : null;

  const workspace = new WorkspaceService('cli');
  const indicators = new IndicatorsService(new ServiceContext(workspace, 'cli'));
  try {
    workspace.unlock({ path: file, passphrase: await readPassphrase('PLENARIA_PASSPHRASE', 'Frase de acceso: ') });
    if (verb === 'import') {
      const preview = indicators.importPreview(csv!);
      reportProblems(preview);
      if (preview.invalidRows > 0) {
        process.stderr.write(`${preview.invalidRows} fila(s) con problemas; no se importó nada.\n`);
        return 1;
      }
      const created = preview.newIndicators.map((n) => `Se creará el indicador «${n.name}» (${UNIT_WORDS[n.unit!]}): ${lines(n.lines)}.\n`).join('');
      if (values['dry-run']) {
        process.stdout.write(
          `${preview.validRows} valor(es) listos para importar, ${preview.replaced} reemplazan uno registrado (simulación: no se escribió nada).\n${created}`,
        );
        return 0;
      }
      const result = indicators.importApply(csv!);
      const out = [`${result.inserted} valor(es) nuevos, ${result.updated} reemplazados, ${result.unchanged} sin cambios.`];
      if (result.createdIndicators.length > 0) out.push(`Indicadores creados: ${result.createdIndicators.map((c) => c.name).join('; ')}.`);
      process.stdout.write(`${out.join('\n')}\n`);
      return 0;
    }
    const list = indicators.list();
    process.stdout.write(values.json ? `${JSON.stringify(list.map(listItem))}\n` : list.map(listLine).join(''));
    return 0;
  } finally {
    workspace.close();
  }
}

/**
 * What `indicators list --json` prints for one indicator. `value` is the indicator's figure in
 * its unit (the annualized rate for tasa_100k, rounded to 2 decimals), comparable with its goals'
 * targets; `cases` is what the CSV import takes.
 */
export function listItem(i: IndicatorDto) {
  return {
    name: i.name,
    unit: UNIT_WORDS[i.unit],
    source: i.source,
    values: i.points.map((p) => ({ period: p.period, value: i.unit === 'rate_100k' ? Math.round(p.value * 100) / 100 : p.value, cases: p.cases })),
    goals: i.goals.map((g) => ({ target: g.target, deadline: g.deadline, met: g.met, current: !g.superseded })),
  };
}

function listLine(i: IndicatorDto): string {
  const latest = i.latest === null ? 'sin datos' : `${formatIndicatorValue(i.unit, i.latest.value, 'es')} (${i.latest.period})`;
  const goal = i.goals.find((g) => !g.superseded);
  const goalText = goal ? `meta ${goal.target} al ${goal.deadline}: ${goal.met ? 'cumplida' : 'no cumplida'}` : 'sin meta';
  return `${i.id}\t${i.name}\t${UNIT_WORDS[i.unit]}\t${latest}\t${goalText}\n`;
}

function readCsvFile(file: string): string {
  if (!file.toLowerCase().endsWith('.csv')) throw usage(`El archivo de indicadores debe ser .csv: ${file}`);
  try {
    return decodeSheetText(fs.readFileSync(file));
  } catch {
    throw new AppFailure('file_not_found', `No se puede leer el archivo ${file}.`);
  }
}

function reportProblems(preview: IndicatorsImportPreviewDto): void {
  for (const row of preview.rows) {
    for (const issue of row.issues) process.stderr.write(`línea ${row.line}: ${issue.message}\n`);
  }
  if (preview.ignoredColumns.length > 0) process.stderr.write(`Columnas ignoradas: ${preview.ignoredColumns.join(', ')}.\n`);
}

const lines = (list: number[]) => `línea${list.length === 1 ? '' : 's'} ${list.join(', ')}`;
