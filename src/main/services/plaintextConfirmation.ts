import { AppFailure } from '../appFailure.js';

/**
 * Every export writes a readable file outside the encrypted workspace, so none is written unless
 * the user confirmed it (the console asks; the CLI counts the --out the person typed). Checked
 * before anything touches the disk or the exports log.
 */
export function requirePlaintextConfirmation(confirmedLeavesWorkspace: boolean, what: string): void {
  if (confirmedLeavesWorkspace !== true) {
    throw new AppFailure('forbidden', `${what} se escribe sin cifrar, fuera del espacio de trabajo cifrado y sin protección: confirme antes de exportarlo.`);
  }
}
