import { MIN_PASSPHRASE_LENGTH } from '../../shared/domain/workspace.js';
import type { AppError, ErrorCode } from '../../shared/ipc/result.js';
import type { MessageKey, Translate } from './translate.js';

/**
 * Codes whose meaning is always the same get a sentence in the user's language. The others
 * (not_found, conflict, forbidden) depend on the call, so main's own message says it better.
 */
const errorKeys: Partial<Record<ErrorCode, MessageKey>> = {
  wrong_passphrase: 'error.wrong_passphrase',
  not_a_workspace: 'error.not_a_workspace',
  corrupt_file: 'error.corrupt_file',
  schema_too_new: 'error.schema_too_new',
  file_exists: 'error.file_exists',
  file_not_found: 'error.file_not_found',
  weak_passphrase: 'error.weak_passphrase',
  invalid_argument: 'error.invalid_argument',
  no_workspace_open: 'error.no_workspace_open',
  internal: 'error.internal',
};

export function errorText(t: Translate, error: AppError): string {
  const key = errorKeys[error.code];
  return key ? t(key, { min: MIN_PASSPHRASE_LENGTH }) : error.message;
}
