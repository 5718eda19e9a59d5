import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays } from '../../src/shared/domain/dates.js';
import { SAMPLE_PEOPLE, type SeedRoleTerm } from './support/fakeMesa.js';
import { argsOf, openSection } from './support/openSection.js';
import { resetRenderer } from './support/reset.js';

afterEach(resetRenderer);

const today = '2026-03-14';

async function openRoles(roleTerms: SeedRoleTerm[], language: 'es' | 'en' = 'es') {
  const started = await openSection('miembros', { today, people: SAMPLE_PEOPLE, roleTerms }, language);
  await started.user.click(screen.getByTestId('tab-cargos'));
  return started;
}

const warningTexts = () => screen.getAllByTestId('role-warning').map((w) => w.textContent);

describe('role warnings', () => {
  it('translates each warning with its numbers and dates', async () => {
    await openRoles([
      { personId: 1, role: 'coordinator', startsOn: '2025-04-03', endsOn: addDays(today, 20) },
      { personId: 2, role: 'substitute_coordinator', startsOn: '2025-04-03', endsOn: '2026-04-03' },
    ]);
    await screen.findByTestId('role-warnings');
    expect(warningTexts()).toEqual([
      'El periodo del coordinador termina el 3 abr 2026, dentro de 20 días: hay que convocar a elección.',
      'Coordinadores suplentes en funciones: 1 de 2 que pide el reglamento. Convoque a elección de suplentes.',
      'No hay secretario técnico registrado.',
    ]);
  });

  it('says when there is no coordinator, or when the last term ended', async () => {
    await openRoles([{ personId: 1, role: 'coordinator', startsOn: '2025-01-10', endsOn: '2026-01-10' }]);
    await screen.findByTestId('role-warnings');
    expect(warningTexts()[0]).toBe(
      'El periodo del coordinador terminó el 10 ene 2026 y no hay coordinador en funciones: hay que elegir uno.',
    );
    resetRenderer();
    await openRoles([]);
    await screen.findByTestId('role-warnings');
    expect(warningTexts()).toEqual([
      'La Mesa no tiene coordinador. Asigne uno o convoque a elección.',
      'Coordinadores suplentes en funciones: 0 de 2 que pide el reglamento. Convoque a elección de suplentes.',
      'No hay secretario técnico registrado.',
    ]);
  });

  it('writes them in English too', async () => {
    await openRoles([{ personId: 1, role: 'coordinator', startsOn: '2025-03-15', endsOn: addDays(today, 1) }], 'en');
    await screen.findByTestId('role-warnings');
    expect(warningTexts()[0]).toBe("The coordinator's term ends tomorrow, Mar 15, 2026: an election is due.");
    expect(warningTexts()[1]).toBe('Substitute coordinators in office: 0 of the 2 the rules require. Call an election of substitutes.');
  });

  it('shows a calm line instead when everything is in order', async () => {
    await openRoles([
      { personId: 1, role: 'coordinator', startsOn: '2026-01-10', endsOn: '2027-01-10' },
      { personId: 2, role: 'substitute_coordinator', startsOn: '2026-01-10', endsOn: '2027-01-10' },
      { personId: 3, role: 'substitute_coordinator', startsOn: '2026-01-10', endsOn: '2027-01-10' },
      { personId: 8, role: 'technical_secretary', startsOn: '2025-03-01', endsOn: null },
    ]);
    expect((await screen.findByTestId('role-ok')).textContent).toContain('en orden');
    expect(screen.queryByTestId('role-warnings')).toBeNull();
    expect(screen.getAllByTestId('role-term-row').map((row) => within(row).getAllByRole('cell')[0]!.textContent)).toEqual([
      'Coordinador',
      'Coordinador suplente',
      'Coordinador suplente',
      'Secretario técnico',
    ]);
  });
});

describe('assigning and ending offices', () => {
  it('offers only citizens for citizen offices, anyone for the technical secretary', async () => {
    const { user } = await openRoles([]);
    await screen.findByTestId('role-warnings');
    const options = () =>
      within(screen.getByTestId('role-assign-person'))
        .getAllByRole('option')
        .map((o) => o.textContent);
    expect(options().some((o) => o!.includes('Gabriel'))).toBe(false);
    expect(options().some((o) => o!.includes('Héctor'))).toBe(false);
    // An applicant and someone who left are not active: never offered.
    expect(options().some((o) => o!.includes('Claudia') || o!.includes('Roberto'))).toBe(false);
    expect(options()).toContain('María Fernanda Ortiz Salas · Ciudadano (CSCP)');

    await user.selectOptions(screen.getByTestId('role-assign-role'), 'technical_secretary');
    expect(options()).toContain('Héctor Manuel Sáenz · Colaborador de comité');
    expect(options()).toContain('Gabriel Quintana Leyva · Funcionario (CCCP)');
  });

  it('assigns a role with its start date, and refuses without a person', async () => {
    const { fake, user } = await openRoles([]);
    await screen.findByTestId('role-warnings');
    await user.click(screen.getByTestId('role-assign-submit'));
    expect(fake.callsTo('roles', 'assign')).toHaveLength(0);
    expect(screen.getByTestId('error-message').textContent).toBe('Elija a la persona.');

    await user.selectOptions(screen.getByTestId('role-assign-role'), 'technical_secretary');
    await user.selectOptions(screen.getByTestId('role-assign-person'), 'Héctor Manuel Sáenz · Colaborador de comité');
    fireEvent.change(screen.getByTestId('role-assign-start'), { target: { value: '2026-03-01' } });
    await user.click(screen.getByTestId('role-assign-submit'));
    expect(argsOf(fake, 'roles', 'assign')).toEqual([{ personId: 8, role: 'technical_secretary', startsOn: '2026-03-01', endsOn: null }]);
    await expect.poll(() => screen.getAllByTestId('role-term-row').map((r) => r.textContent)).toEqual([
      expect.stringContaining('Héctor Manuel Sáenz'),
    ]);
    expect(warningTexts()).not.toContain('No hay secretario técnico registrado.');
  });

  it('ends a term on the chosen day', async () => {
    const { fake, user } = await openRoles([{ personId: 8, role: 'technical_secretary', startsOn: '2025-03-01', endsOn: null }]);
    await user.click(await screen.findByTestId('role-term-end'));
    fireEvent.change(screen.getByTestId('role-term-end-date'), { target: { value: '2026-03-10' } });
    await user.click(screen.getByTestId('role-term-end-confirm'));
    expect(argsOf(fake, 'roles', 'end')).toEqual([{ id: 1, endsOn: '2026-03-10' }]);
    await expect.poll(() => screen.queryAllByTestId('role-term-row')).toHaveLength(0);
    expect(warningTexts()).toContain('No hay secretario técnico registrado.');
  });
});
