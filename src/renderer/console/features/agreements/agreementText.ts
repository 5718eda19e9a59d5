import type { MatrixColumn } from '../../../../shared/domain/agreements.js';
import { isIsoDay } from '../../../../shared/domain/dates.js';
import type { AgreementStatus } from '../../../../shared/domain/live.js';
import { nameKey } from '../../../../shared/domain/people.js';
import type {
  AgreementHistoryDto,
  AgreementImportIssueCode,
  AgreementImportIssueDto,
} from '../../../../shared/ipc/contract.js';
import type { AppError } from '../../../../shared/ipc/result.js';
import { errorText } from '../../../i18n/errorText.js';
import type { MessageKey, Translate } from '../../../i18n/translate.js';

export const statusLabels: Record<AgreementStatus, MessageKey> = {
  pendiente: 'agreementStatus.pendiente',
  en_proceso: 'agreementStatus.en_proceso',
  cumplido: 'agreementStatus.cumplido',
  cancelado: 'agreementStatus.cancelado',
};

export const statusTones: Record<AgreementStatus, string> = {
  pendiente: 'badge badge-pending',
  en_proceso: 'badge badge-info',
  cumplido: 'badge badge-ok',
  cancelado: 'badge badge-off',
};

export const columnLabels: Record<MatrixColumn, MessageKey> = {
  code: 'agreements.col.code',
  text: 'agreements.col.text',
  session: 'agreements.col.session',
  committee: 'agreements.col.committee',
  responsible: 'agreements.col.responsible',
  dueOn: 'agreements.col.dueOn',
  status: 'agreements.col.status',
  progress: 'agreements.col.progress',
  lastFollowUp: 'agreements.col.lastFollowUp',
  age: 'agreements.col.age',
};

const historyKeys: Record<AgreementHistoryDto['what'], Record<AgreementHistoryDto['action'], MessageKey>> = {
  agreement: {
    insert: 'agreements.history.agreement.insert',
    update: 'agreements.history.agreement.update',
    delete: 'agreements.history.agreement.delete',
  },
  responsible: {
    insert: 'agreements.history.responsible.insert',
    update: 'agreements.history.responsible.update',
    delete: 'agreements.history.responsible.delete',
  },
  followup: {
    insert: 'agreements.history.followup.insert',
    update: 'agreements.history.followup.update',
    delete: 'agreements.history.followup.delete',
  },
};

/** What an audit entry did, in words: the log keeps hashes, never the text. */
export function historyText(t: Translate, entry: AgreementHistoryDto): string {
  return t(historyKeys[entry.what][entry.action]);
}

const issueKeys: Record<AgreementImportIssueCode, MessageKey> = {
  required: 'agreementsImport.issue.required',
  too_long: 'agreementsImport.issue.too_long',
  invalid_date: 'agreementsImport.issue.invalid_date',
  unknown_status: 'agreementsImport.issue.unknown_status',
  invalid_progress: 'agreementsImport.issue.invalid_progress',
  duplicate_in_file: 'agreementsImport.issue.duplicate_in_file',
  duplicate_existing: 'agreementsImport.issue.duplicate_existing',
  duplicate_text: 'agreementsImport.issue.duplicate_text',
  unknown_session: 'agreementsImport.issue.unknown_session',
  session_date_mismatch: 'agreementsImport.issue.session_date_mismatch',
  session_year_mismatch: 'agreementsImport.issue.session_year_mismatch',
  session_needs_date: 'agreementsImport.issue.session_needs_date',
  session_in_future: 'agreementsImport.issue.session_in_future',
  session_not_held: 'agreementsImport.issue.session_not_held',
  session_ambiguous: 'agreementsImport.issue.session_ambiguous',
  session_not_creatable: 'agreementsImport.issue.session_not_creatable',
  unknown_committee: 'agreementsImport.issue.unknown_committee',
  unknown_person: 'agreementsImport.issue.unknown_person',
};

/** The variants main words differently, by what the issue carries. */
function issueKey(issue: AgreementImportIssueDto): MessageKey {
  switch (issue.code) {
    case 'required':
      return issue.column === 'sesion' ? 'agreementsImport.issue.requiredSession' : issueKeys.required;
    case 'unknown_status':
      // "Vencido" is what spreadsheets call it; here it is derived from the due date.
      return nameKey(issue.value ?? '') === 'vencido' ? 'agreementsImport.issue.overdueIsNotAStatus' : issueKeys.unknown_status;
    case 'duplicate_in_file':
      return issue.expected ? 'agreementsImport.issue.duplicate_in_file_line' : issueKeys.duplicate_in_file;
    case 'duplicate_text':
      return issue.expected ? 'agreementsImport.issue.duplicate_text_line' : issueKeys.duplicate_text;
    default:
      return issueKeys[issue.code];
  }
}

/**
 * "comite: no existe el comité «Parques»; puede crearse al importar" — the column first, so the
 * secretary finds the cell; in the console's language, with main's value and expectation.
 */
export function importIssueText(t: Translate, formatDay: (day: string) => string, issue: AgreementImportIssueDto): string {
  const value = issue.value === undefined ? '' : ` ${t('agreementsImport.quoted', { value: issue.value })}`;
  const expected = issue.expected === undefined ? '?' : isIsoDay(issue.expected) ? formatDay(issue.expected) : issue.expected;
  const sentence = t(issueKey(issue), { value, expected });
  return issue.column ? t('agreementsImport.issueColumn', { column: issue.column, issue: sentence }) : sentence;
}

/**
 * A refusal whose reason only main knows (a missing folder, a wrong extension, a sheet without
 * its required columns) keeps main's sentence after a lead-in of ours; other errors as usual.
 */
export function refusalText(t: Translate, error: AppError, leadIn: MessageKey): string {
  return error.code === 'invalid_argument' || error.code === 'file_not_found' || error.code === 'forbidden'
    ? t(leadIn, { detail: error.message })
    : errorText(t, error);
}
