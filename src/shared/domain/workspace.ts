/** Rules about the workspace file that both the UI and main must agree on. */
export const MIN_PASSPHRASE_LENGTH = 12;
export const WORKSPACE_EXTENSION = '.plenaria';

/** SQLCipher 4 defaults: PBKDF2-HMAC-SHA512 with this many iterations. */
export const KDF_ITERATIONS = 256_000;

export function passphraseProblem(passphrase: string): string | null {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) {
    return `La frase de acceso debe tener al menos ${MIN_PASSPHRASE_LENGTH} caracteres.`;
  }
  return null;
}
