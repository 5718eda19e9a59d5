import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { Language } from '../../../src/shared/ipc/contract.js';
import { App } from '../../../src/renderer/console/App.js';
import { createFakeBridge, JUAREZ, JUAREZ_PASSPHRASE, JUAREZ_PATH } from './fakeBridge.js';
import type { MesaSeed } from './fakeMesa.js';
import { installBridge } from './reset.js';

/** The console with Juárez's workspace open, showing one section of the shell. */
export async function openSection(section: 'miembros' | 'comites', mesa: MesaSeed = {}, language: Language = 'es') {
  const fake = createFakeBridge({
    files: { [JUAREZ_PATH]: { passphrase: JUAREZ_PASSPHRASE, mesa: JUAREZ } },
    selected: JUAREZ_PATH,
    unlocked: true,
    language,
    mesa,
  });
  installBridge(fake);
  render(<App />);
  await screen.findByTestId('app-shell');
  const user = userEvent.setup();
  await user.click(screen.getByTestId(`nav-${section}`));
  return { fake, user };
}

/** Arguments of every call to one method, in order. */
export function argsOf(fake: ReturnType<typeof createFakeBridge>, domain: string, method: string): unknown[] {
  return fake.callsTo(domain, method).map((c) => c.args);
}
