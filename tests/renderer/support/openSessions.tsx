import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { Language } from '../../../src/shared/ipc/contract.js';
import { App } from '../../../src/renderer/console/App.js';
import { createFakeBridge, JUAREZ, JUAREZ_PASSPHRASE, JUAREZ_PATH } from './fakeBridge.js';
import { SAMPLE_PEOPLE, type MesaSeed } from './fakeMesa.js';
import { SAMPLE_OPEN_AGREEMENTS, type SessionsSeed } from './fakeSessions.js';
import { installBridge } from './reset.js';

export const SESSIONS_MESA: MesaSeed = {
  today: '2026-03-14',
  people: SAMPLE_PEOPLE,
  committees: [{ name: 'Prevención del delito', createdOn: '2025-01-15', coordinatorId: 4 }],
};

/** An earlier closed plenary (id 1) and the next one (id 2) with the guide's 8 items. */
export const SESSIONS: SessionsSeed = {
  sessions: [
    { kind: 'plenary', plenaryType: 'ordinary', number: 6, scheduledAt: '2025-12-10T17:00', place: 'Sala de Cabildo', status: 'closed', convocationSentOn: '2025-12-01' },
    { kind: 'plenary', plenaryType: 'ordinary', scheduledAt: '2026-03-17T17:00', place: 'Sala de Cabildo' },
  ],
  openAgreements: SAMPLE_OPEN_AGREEMENTS,
};

/** The console with Juárez's workspace open at Sesiones. */
export async function openSessions(sessions: SessionsSeed = SESSIONS, language: Language = 'es', mesa: MesaSeed = SESSIONS_MESA) {
  const fake = createFakeBridge({
    files: { [JUAREZ_PATH]: { passphrase: JUAREZ_PASSPHRASE, mesa: JUAREZ } },
    selected: JUAREZ_PATH,
    unlocked: true,
    language,
    mesa,
    sessions,
  });
  installBridge(fake);
  render(<App />);
  await screen.findByTestId('app-shell');
  const user = userEvent.setup();
  await user.click(screen.getByTestId('nav-sesiones'));
  await screen.findAllByTestId('session-row');
  return { fake, user };
}

export const sessionRow = (text: string) => screen.getAllByTestId('session-row').find((r) => r.textContent!.includes(text))!;
