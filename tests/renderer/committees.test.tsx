import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_PEOPLE, type MesaSeed } from './support/fakeMesa.js';
import { argsOf, openSection } from './support/openSection.js';
import { resetRenderer } from './support/reset.js';

afterEach(resetRenderer);

const mesa: MesaSeed = {
  today: '2026-03-14',
  people: SAMPLE_PEOPLE,
  committees: [
    {
      name: 'Comité ejecutivo',
      kind: 'executive',
      axis: 'Conducción',
      coordinatorId: 1,
      substituteId: 2,
      members: [
        { personId: 1, joinedOn: '2023-02-10' },
        { personId: 2, joinedOn: '2023-02-10' },
      ],
    },
    { name: 'Prevención del delito', axis: 'Prevención', coordinatorId: 4, members: [{ personId: 4, joinedOn: '2023-01-10' }] },
    { name: 'Anti robo de autos', createdOn: '2022-10-01', dissolvedOn: '2025-06-30' },
  ],
};

async function openCommittees() {
  const started = await openSection('comites', mesa);
  await screen.findAllByTestId('committee-row');
  return started;
}

const committeeRow = (name: string) => screen.getAllByTestId('committee-row').find((r) => r.textContent!.startsWith(name))!;

describe('committees', () => {
  it('lists each committee with axis, coordination, members and whether it was dissolved', async () => {
    await openCommittees();
    expect(screen.getAllByTestId('committee-row')).toHaveLength(3);
    const executive = within(committeeRow('Comité ejecutivo')).getAllByRole('cell').map((c) => c.textContent);
    expect(executive).toEqual(['Conducción', 'María Fernanda Ortiz Salas', 'José Luis Carrasco Peña', '2', 'Vigente']);
    expect(committeeRow('Comité ejecutivo').textContent).toContain('Solo ciudadanos');
    expect(committeeRow('Prevención').textContent).toContain('Sin asignar');
    expect(committeeRow('Anti robo').textContent).toContain('Disuelto');
    expect(committeeRow('Anti robo').textContent).toContain('30 jun 2025');
  });

  it('flags the citizens without a committee above the list, with since and days', async () => {
    await openCommittees();
    const flag = screen.getByTestId('without-committee');
    const items = within(flag).getAllByTestId('without-committee-row').map((li) => li.textContent);
    expect(items).toEqual([
      'Ana Sofía Herrera Ruiz — sin comité desde el 3 jun 2024 (649 días)',
      'Lucía Domínguez Treviño — sin comité desde el 20 nov 2025 (114 días)',
    ]);
    expect(flag.compareDocumentPosition(screen.getByTestId('committees-table')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('creates a committee with citizen coordination, refusing it without a name', async () => {
    const { fake, user } = await openCommittees();
    await user.click(screen.getByTestId('committee-new'));
    await user.click(screen.getByTestId('committee-save'));
    expect(fake.callsTo('committees', 'create')).toHaveLength(0);
    expect(screen.getByTestId('error-message').textContent).toBe('Escriba el nombre del comité.');

    const coordinators = within(screen.getByTestId('committee-coordinator')).getAllByRole('option').map((o) => o.textContent);
    expect(coordinators).not.toContain('Gabriel Quintana Leyva');
    expect(coordinators).not.toContain('Héctor Manuel Sáenz');
    expect(coordinators).toContain('Ana Sofía Herrera Ruiz');

    await user.type(screen.getByTestId('committee-name'), 'Secuestro y extorsión');
    await user.type(screen.getByTestId('committee-axis'), 'Extorsión');
    await user.selectOptions(screen.getByTestId('committee-coordinator'), 'Ana Sofía Herrera Ruiz');
    await user.selectOptions(screen.getByTestId('committee-substitute'), 'Ana Sofía Herrera Ruiz');
    await user.click(screen.getByTestId('committee-save'));
    expect(screen.getByTestId('error-message').textContent).toBe('El suplente debe ser otra persona.');

    await user.selectOptions(screen.getByTestId('committee-substitute'), 'Lucía Domínguez Treviño');
    fireEvent.change(screen.getByTestId('committee-created'), { target: { value: '2026-03-01' } });
    await user.click(screen.getByTestId('committee-save'));
    expect(argsOf(fake, 'committees', 'create')).toEqual([
      {
        name: 'Secuestro y extorsión',
        axis: 'Extorsión',
        description: null,
        coordinatorId: 3,
        substituteId: 5,
        createdOn: '2026-03-01',
        dissolvedOn: null,
      },
    ]);
    expect(await screen.findByTestId('committee-detail')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Secuestro y extorsión');
  });

  it('adds any active person as a member, collaborators included, and removes one with a leave date', async () => {
    const { fake, user } = await openCommittees();
    await user.click(committeeRow('Prevención'));
    await screen.findByTestId('committee-detail');
    const options = within(screen.getByTestId('committee-add-person')).getAllByRole('option').map((o) => o.textContent);
    expect(options).toContain('Héctor Manuel Sáenz · Colaborador de comité');
    expect(options).toContain('Gabriel Quintana Leyva · Funcionario (CCCP)');
    expect(options.some((o) => o!.startsWith('Ricardo'))).toBe(false);

    await user.selectOptions(screen.getByTestId('committee-add-person'), 'Ana Sofía Herrera Ruiz · Ciudadano (CSCP)');
    fireEvent.change(screen.getByTestId('committee-add-date'), { target: { value: '2026-03-10' } });
    await user.click(screen.getByTestId('committee-add-submit'));
    expect(argsOf(fake, 'committees', 'addMember')).toEqual([{ committeeId: 2, personId: 3, joinedOn: '2026-03-10' }]);
    await expect.poll(() => screen.getAllByTestId('committee-member-row').length).toBe(2);

    const ricardo = screen.getAllByTestId('committee-member-row').find((r) => r.textContent!.startsWith('Ricardo'))!;
    await user.click(within(ricardo).getByTestId('committee-member-remove'));
    fireEvent.change(within(ricardo).getByTestId('committee-member-left'), { target: { value: '2026-03-12' } });
    await user.click(within(ricardo).getByTestId('committee-member-remove-confirm'));
    expect(argsOf(fake, 'committees', 'removeMember')).toEqual([{ committeeId: 2, personId: 4, leftOn: '2026-03-12' }]);
    await expect.poll(() => screen.getAllByTestId('committee-member-row').map((r) => r.textContent)).toEqual([
      expect.stringContaining('Ana Sofía Herrera Ruiz'),
    ]);
  });

  it('offers only citizens for the executive committee', async () => {
    const { user } = await openCommittees();
    await user.click(committeeRow('Comité ejecutivo'));
    const options = within(await screen.findByTestId('committee-add-person')).getAllByRole('option').map((o) => o.textContent);
    expect(options.filter((o) => !o!.includes('Ciudadano (CSCP)'))).toEqual(['— Elija —']);
  });

  it('edits a committee from its detail', async () => {
    const { fake, user } = await openCommittees();
    await user.click(committeeRow('Prevención'));
    await user.click(await screen.findByTestId('committee-edit'));
    expect((screen.getByTestId('committee-name') as HTMLInputElement).value).toBe('Prevención del delito');
    fireEvent.change(screen.getByTestId('committee-dissolved'), { target: { value: '2026-03-13' } });
    await user.click(screen.getByTestId('committee-save'));
    expect(argsOf(fake, 'committees', 'update')).toEqual([
      { id: 2, committee: expect.objectContaining({ name: 'Prevención del delito', dissolvedOn: '2026-03-13', coordinatorId: 4 }) },
    ]);
  });
});
