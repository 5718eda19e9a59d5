import { peopleCsvColumns, peopleCsvValues } from '../../../../shared/domain/peopleCsvFormat.js';
import type { ImportIssueCode, ImportIssueDto } from '../../../../shared/ipc/contract.js';
import type { MessageKey, Translate } from '../../../i18n/translate.js';

/** The CSV header main reads (`,` or `;`); the words stay Spanish in every language, as in the file. */
export const importHeader = peopleCsvColumns.join(',');

/** Allowed values per column, as written in the file. */
export const importValues: readonly { column: string; values: readonly string[] }[] = [
  { column: 'tipo', values: peopleCsvValues.tipo },
  { column: 'orden', values: peopleCsvValues.orden },
  { column: 'poder', values: peopleCsvValues.poder },
];

export const importExample = [
  importHeader,
  'María Ortiz Salas,ciudadano,,,,,mortiz@example.org,656 000 0000,2024-02-10',
  'Gabriel Quintana,funcionario,Director de Seguridad,Municipio de Juárez,municipal,ejecutivo,,,',
].join('\n');

const issueKeys: Record<ImportIssueCode, MessageKey> = {
  required: 'import.issue.required',
  unknown_value: 'import.issue.unknown_value',
  invalid_date: 'import.issue.invalid_date',
  official_needs_post: 'import.issue.official_needs_post',
  official_needs_institution: 'import.issue.official_needs_institution',
  official_needs_order: 'import.issue.official_needs_order',
  official_needs_power: 'import.issue.official_needs_power',
  duplicate_in_file: 'import.issue.duplicate_in_file',
  duplicate_existing: 'import.issue.duplicate_existing',
  too_long: 'import.issue.too_long',
};

/** "tipo: valor no reconocido «ciudadana»" — column first, so the person finds the cell. */
export function importIssueText(t: Translate, issue: ImportIssueDto): string {
  const sentence = t(issueKeys[issue.code]);
  const withValue = issue.value ? t('import.issueValue', { issue: sentence, value: issue.value }) : sentence;
  return issue.column ? t('import.issueColumn', { column: issue.column, issue: withValue }) : withValue;
}
