import readline from 'node:readline';
import { AppFailure } from '../appFailure.js';

/**
 * Passphrases come from the environment or a terminal prompt, never from an argument
 * (arguments are visible to every user of the machine in the process list).
 */
export async function readPassphrase(envName: string, prompt: string): Promise<string> {
  const fromEnv = process.env[envName];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!process.stdin.isTTY) {
    throw new AppFailure(
      'invalid_argument',
      `Falta la frase de acceso: defina ${envName} o ejecute el comando en una terminal.`,
    );
  }
  return promptHidden(prompt);
}

function promptHidden(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    // Echo nothing while the passphrase is typed.
    const output = rl as unknown as { _writeToOutput: (s: string) => void };
    process.stderr.write(prompt);
    output._writeToOutput = () => {};
    rl.question('', (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}
