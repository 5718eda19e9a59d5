import { fireEvent, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDay } from '../../src/renderer/components/formatDay.js';
import { addDays, addYears, localToday } from '../../src/shared/domain/dates.js';
import { SAMPLE_PEOPLE } from './support/fakeMesa.js';
import { argsOf, openSection } from './support/openSection.js';
import { resetRenderer } from './support/reset.js';

afterEach(resetRenderer);

/** SAMPLE_PEOPLE: five active citizens, two officials, a collaborator, one who left and one applicant. */
const electorate = [
  'Ana Sofía Herrera Ruiz',
  'José Luis Carrasco Peña',
  'Lucía Domínguez Treviño',
  'María Fernanda Ortiz Salas',
  'Ricardo Balderrama Ochoa',
];

async function openVotes() {
  const started = await openSection('miembros', { people: SAMPLE_PEOPLE });
  await started.user.click(screen.getByTestId('tab-votaciones'));
  return started;
}

function ballotRow(name: string): HTMLElement {
  return screen.getAllByTestId('ballot-row').find((row) => row.textContent!.startsWith(name))!;
}

async function vote(user: UserEvent, name: string, testId: string) {
  await user.click(within(ballotRow(name)).getByTestId(testId));
  await expect.poll(() => within(ballotRow(name)).getByTestId(testId).getAttribute('aria-pressed')).toBe('true');
}

const result = () => screen.getByTestId('vote-result');

describe('admission vote', () => {
  async function openAdmission() {
    const started = await openVotes();
    await started.user.click(await screen.findByTestId('vote-new-admission'));
    // Only a citizen not yet admitted can be the applicant.
    const applicants = within(screen.getByTestId('vote-applicant')).getAllByRole('option').map((o) => o.textContent);
    expect(applicants).toEqual(['— Elija —', 'Claudia Esparza Morales']);
    await started.user.selectOptions(screen.getByTestId('vote-applicant'), 'Claudia Esparza Morales');
    await started.user.click(screen.getByTestId('vote-open-submit'));
    await screen.findByTestId('vote-detail');
    return started;
  }

  it('lists one ballot row per active citizen, never an official, the applicant or someone who left', async () => {
    const { fake } = await openAdmission();
    expect(argsOf(fake, 'votes', 'open')).toEqual([
      { kind: 'admission', opensOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), subjectPersonId: 10, candidateIds: [] },
    ]);
    const names = screen.getAllByTestId('ballot-row').map((row) => row.querySelector('.ballot-name')!.textContent);
    expect(names).toEqual(electorate);
  });

  it('is "no válida" below quorum and shows the outcome once enough citizens voted', async () => {
    const { fake, user } = await openAdmission();
    expect(within(result()).getByTestId('vote-validity').textContent).toBe('No válida');

    for (const name of electorate.slice(0, 3)) await vote(user, name, 'ballot-yes');
    expect(within(result()).getByTestId('vote-validity').textContent).toBe('No válida');
    expect(within(result()).getByTestId('vote-turnout').textContent).toBe(
      'Votaron 3 de 5 ciudadanos; se necesitan al menos 4 para que sea válida.',
    );
    expect(within(result()).getByTestId('vote-outcome').textContent).toBe('Votos que faltan para el quórum: 1.');

    await vote(user, electorate[3]!, 'ballot-no');
    expect(within(result()).getByTestId('vote-validity').textContent).toBe('Válida');
    expect(within(result()).getByTestId('vote-tally').textContent).toBe('A favor: 3 · En contra: 1');
    // One against out of four is 25%: the guide's rejection threshold, reached.
    expect(within(result()).getByTestId('vote-outcome').textContent).toBe('Resultado: Rechazado');

    await vote(user, electorate[4]!, 'ballot-yes');
    expect(within(result()).getByTestId('vote-outcome').textContent).toBe('Resultado: Admitido');
    expect(argsOf(fake, 'votes', 'cast')).toContainEqual({ voteId: 1, personId: 4, choice: 'yes', candidateId: null });
    expect(result().textContent).toContain('Resultado parcial');
  });

  it('corrects a ballot while open, and closes with a final result', async () => {
    const { fake, user } = await openAdmission();
    for (const name of electorate.slice(0, 3)) await vote(user, name, 'ballot-yes');
    await vote(user, electorate[3]!, 'ballot-no');
    await vote(user, electorate[4]!, 'ballot-no');
    expect(within(result()).getByTestId('vote-outcome').textContent).toBe('Resultado: Rechazado');
    await vote(user, electorate[4]!, 'ballot-yes');
    expect(within(ballotRow(electorate[4]!)).getByTestId('ballot-no').getAttribute('aria-pressed')).toBe('false');
    await vote(user, electorate[4]!, 'ballot-no');

    // The vote opened today: a closing day before it is refused before reaching main.
    fireEvent.change(screen.getByTestId('vote-close-date'), { target: { value: addDays(localToday(), -1) } });
    expect((screen.getByTestId('vote-close') as HTMLButtonElement).disabled).toBe(true);
    const closesOn = addDays(localToday(), 5);
    fireEvent.change(screen.getByTestId('vote-close-date'), { target: { value: closesOn } });
    await user.click(screen.getByTestId('vote-close'));
    expect(argsOf(fake, 'votes', 'close')).toEqual([{ voteId: 1, closesOn }]);
    await expect.poll(() => result().textContent).toContain('Resultado final');
    expect(within(result()).getByTestId('vote-reapply').textContent).toBe(
      `Podrá solicitar de nuevo su ingreso a partir del ${formatDay('es', addYears(closesOn, 1))}.`,
    );
    expect(screen.queryByTestId('vote-close')).toBeNull();
    expect(screen.queryAllByTestId('ballot-yes')).toHaveLength(0);
    expect(ballotRow(electorate[0]!).textContent).toContain('A favor');

    await user.click(screen.getByTestId('vote-back'));
    const row = screen.getByTestId('vote-row');
    expect(row.textContent).toContain('Claudia Esparza Morales');
    expect(row.textContent).toContain('Cerrada');
    expect(row.textContent).toContain('Rechazado');
  });
});

describe('election', () => {
  it('elects a candidate with quorum and the qualified majority', async () => {
    const { fake, user } = await openVotes();
    await user.click(await screen.findByTestId('vote-new-election'));
    const candidates = screen.getAllByTestId('vote-candidate');
    // Active citizens only.
    expect(candidates.map((c) => c.closest('label')!.textContent)).toEqual(electorate);
    await user.click(screen.getByTestId('vote-open-submit'));
    expect(screen.getByTestId('error-message').textContent).toBe('Marque al menos un candidato.');
    expect(fake.callsTo('votes', 'open')).toHaveLength(0);

    await user.click(candidates[3]!);
    await user.click(candidates[1]!);
    await user.click(screen.getByTestId('vote-open-submit'));
    await screen.findByTestId('vote-detail');
    expect(argsOf(fake, 'votes', 'open')).toEqual([
      expect.objectContaining({ kind: 'coordinator_election', subjectPersonId: null, candidateIds: [1, 2] }),
    ]);

    for (const name of electorate.slice(0, 4)) await vote(user, name, 'ballot-candidate-1');
    // More than 85% of five is five: four is not yet a valid election.
    expect(within(result()).getByTestId('vote-validity').textContent).toBe('No válida');
    await vote(user, electorate[4]!, 'ballot-blank');
    expect(within(result()).getByTestId('vote-validity').textContent).toBe('Válida');
    expect(result().textContent).toContain('Para ser electo, un candidato necesita al menos 4 de los 5 votos emitidos.');
    expect(within(result()).getByTestId('vote-outcome').textContent).toBe('Resultado: Electo: María Fernanda Ortiz Salas');
    expect(argsOf(fake, 'votes', 'cast').at(-1)).toEqual({ voteId: 1, personId: 4, choice: 'blank', candidateId: null });
  });
});
