import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { usePeopleStore } from '../../src/renderer/console/features/people/store/peopleStore.js';
import { argsOf, openSection } from './support/openSection.js';
import { SAMPLE_PEOPLE } from './support/fakeMesa.js';
import { resetRenderer } from './support/reset.js';

afterEach(resetRenderer);

const mesa = {
  people: SAMPLE_PEOPLE,
  committees: [{ name: 'Prevención del delito', members: [{ personId: 4, joinedOn: '2023-01-10' }] }],
};

async function openPeople() {
  const started = await openSection('miembros', mesa);
  await screen.findAllByTestId('person-row');
  return started;
}

const rowNames = () => screen.getAllByTestId('person-row').map((row) => within(row).getByRole('rowheader').textContent);

describe('people list', () => {
  it('shows everyone with kind, post, committees and status', async () => {
    await openPeople();
    expect(screen.getAllByTestId('person-row')).toHaveLength(SAMPLE_PEOPLE.length);
    const official = screen.getAllByTestId('person-row').find((row) => row.textContent!.includes('Gabriel Quintana Leyva'))!;
    expect(official.textContent).toContain('Funcionario (CCCP)');
    expect(official.textContent).toContain('Director de Seguridad Pública Municipal');
    expect(official.textContent).toContain('Secretaría de Seguridad Pública Municipal');
    const ricardo = screen.getAllByTestId('person-row').find((row) => row.textContent!.includes('Ricardo'))!;
    expect(ricardo.textContent).toContain('Prevención del delito');
    const applicant = screen.getAllByTestId('person-row').find((row) => row.textContent!.includes('Claudia'))!;
    expect(applicant.textContent).toContain('Aspirante');
    const left = screen.getAllByTestId('person-row').find((row) => row.textContent!.includes('Roberto'))!;
    expect(left.textContent).toContain('Inactiva');
  });

  it('searches and filters through people.list with the matching filter', async () => {
    const { fake, user } = await openPeople();
    expect(argsOf(fake, 'people', 'list')[0]).toEqual({});

    await user.type(screen.getByTestId('people-search'), 'ortiz');
    expect(argsOf(fake, 'people', 'list').at(-1)).toEqual({ search: 'ortiz' });
    await expect.poll(rowNames).toEqual(['María Fernanda Ortiz Salas']);

    await user.clear(screen.getByTestId('people-search'));
    await user.selectOptions(screen.getByTestId('people-filter-kind'), 'official');
    expect(argsOf(fake, 'people', 'list').at(-1)).toEqual({ kind: 'official' });
    await expect.poll(rowNames).toEqual(['Gabriel Quintana Leyva', 'Patricia Villalobos Anaya']);

    await user.selectOptions(screen.getByTestId('people-filter-kind'), '');
    await user.selectOptions(screen.getByTestId('people-filter-active'), 'inactive');
    expect(argsOf(fake, 'people', 'list').at(-1)).toEqual({ active: false });
    await expect.poll(rowNames).toEqual(['Claudia Esparza Morales', 'Roberto Armendáriz Gil']);

    await user.selectOptions(screen.getByTestId('people-filter-active'), 'all');
    await user.selectOptions(screen.getByTestId('people-filter-committee'), 'Prevención del delito');
    expect(argsOf(fake, 'people', 'list').at(-1)).toEqual({ committeeId: 1 });
    await expect.poll(rowNames).toEqual(['Ricardo Balderrama Ochoa']);
  });

  it('says so when nobody matches', async () => {
    const { user } = await openPeople();
    await user.type(screen.getByTestId('people-search'), 'zzz');
    expect(await screen.findByTestId('people-empty')).toBeTruthy();
  });
});

describe('person form', () => {
  it('refuses an official without post, institution, order and power, without calling main', async () => {
    const { fake, user } = await openPeople();
    await user.click(screen.getByTestId('person-new'));
    expect(screen.queryByTestId('person-post')).toBeNull();

    await user.selectOptions(screen.getByTestId('person-kind'), 'official');
    await user.type(screen.getByTestId('person-name'), 'Lic. Arturo Nevárez');
    for (const id of ['person-post', 'person-institution', 'person-order', 'person-power', 'person-substitute']) {
      expect(screen.getByTestId(id)).toBeTruthy();
    }
    await user.click(screen.getByTestId('person-save'));

    expect(fake.callsTo('people', 'create')).toHaveLength(0);
    expect(screen.getByTestId('error-message').textContent).toBe('Un funcionario necesita su cargo.');
    expect(screen.getByText('Un funcionario necesita su institución.')).toBeTruthy();
    expect(screen.getByText('Elija el orden de gobierno del funcionario.')).toBeTruthy();
    expect(screen.getByText('Elija el poder al que pertenece el funcionario.')).toBeTruthy();
    expect(screen.getByTestId('person-post').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(screen.getByTestId('person-post'));

    await user.type(screen.getByTestId('person-post'), 'Comandante de distrito');
    await user.type(screen.getByTestId('person-institution'), 'Policía Estatal');
    await user.selectOptions(screen.getByTestId('person-order'), 'estatal');
    await user.selectOptions(screen.getByTestId('person-power'), 'ejecutivo');
    await user.selectOptions(screen.getByTestId('person-substitute'), 'Patricia Villalobos Anaya');
    await user.click(screen.getByTestId('person-save'));

    expect(argsOf(fake, 'people', 'create')).toEqual([
      expect.objectContaining({
        kind: 'official',
        fullName: 'Lic. Arturo Nevárez',
        post: 'Comandante de distrito',
        institution: 'Policía Estatal',
        order: 'estatal',
        power: 'ejecutivo',
        substituteId: 7,
      }),
    ]);
    expect((await screen.findByTestId('person-saved')).textContent).toBe('Se guardó a Lic. Arturo Nevárez.');

    // The confirmation belongs to that moment: leaving the list and coming back drops it.
    await user.click(screen.getByTestId('tab-importar'));
    await user.click(screen.getByTestId('tab-personas'));
    await screen.findByTestId('people-table');
    expect(screen.queryByTestId('person-saved')).toBeNull();
  });

  it('saves a citizen, sending nulls for what was left empty, and lists the new person', async () => {
    const { fake, user } = await openPeople();
    await user.click(screen.getByTestId('person-new'));
    await user.type(screen.getByTestId('person-name'), '  Sandra Loya Chávez ');
    await user.type(screen.getByTestId('person-email'), 'sandra@example.org');
    fireEvent.change(screen.getByTestId('person-joined'), { target: { value: '2026-02-01' } });
    await user.click(screen.getByTestId('person-save'));

    expect(argsOf(fake, 'people', 'create')).toEqual([
      {
        kind: 'citizen',
        fullName: 'Sandra Loya Chávez',
        email: 'sandra@example.org',
        phone: null,
        post: null,
        institution: null,
        order: null,
        power: null,
        substituteId: null,
        joinedOn: '2026-02-01',
        leftOn: null,
        leaveReason: null,
        notes: null,
      },
    ]);
    await screen.findByTestId('person-saved');
    expect(screen.queryByTestId('person-form')).toBeNull();
    expect(rowNames()).toContain('Sandra Loya Chávez');
  });

  it('checks dates before calling main: a leave reason needs a leave date after the join date', async () => {
    const { fake, user } = await openPeople();
    await user.click(screen.getByTestId('person-new'));
    await user.type(screen.getByTestId('person-name'), 'Sandra Loya');
    await user.selectOptions(screen.getByTestId('person-leave-reason'), 'sanction');
    await user.click(screen.getByTestId('person-save'));
    expect(screen.getByTestId('error-message').textContent).toBe('Un motivo de baja necesita la fecha de baja.');

    fireEvent.change(screen.getByTestId('person-joined'), { target: { value: '2026-02-01' } });
    fireEvent.change(screen.getByTestId('person-left'), { target: { value: '2025-02-01' } });
    expect(screen.getByTestId('error-message').textContent).toBe('La fecha de baja no puede ser anterior a la de ingreso.');
    expect(fake.callsTo('people', 'create')).toHaveLength(0);
  });

  it('opens a person by clicking the row, and updates them', async () => {
    const { fake, user } = await openPeople();
    const row = screen.getAllByTestId('person-row').find((r) => r.textContent!.includes('Patricia'))!;
    await user.click(row);
    expect((screen.getByTestId('person-name') as HTMLInputElement).value).toBe('Patricia Villalobos Anaya');
    expect((screen.getByTestId('person-order') as HTMLSelectElement).value).toBe('estatal');
    const post = screen.getByTestId('person-post');
    await user.clear(post);
    await user.type(post, 'Fiscal General');
    await user.click(screen.getByTestId('person-save'));
    expect(argsOf(fake, 'people', 'update')).toEqual([
      { id: 7, person: expect.objectContaining({ fullName: 'Patricia Villalobos Anaya', post: 'Fiscal General' }) },
    ]);
  });

  it("shows main's refusal in the alert and keeps the form", async () => {
    const { fake, user } = await openPeople();
    fake.bridge.api.people.create = async () => ({ ok: false, error: { code: 'conflict', message: 'Ya existe una persona con ese nombre.' } });
    await user.click(screen.getByTestId('person-new'));
    await user.type(screen.getByTestId('person-name'), 'José Luis Carrasco Peña');
    await user.click(screen.getByTestId('person-save'));
    expect((await screen.findByTestId('error-message')).textContent).toBe('Ya existe una persona con ese nombre.');
    expect((screen.getByTestId('person-name') as HTMLInputElement).value).toBe('José Luis Carrasco Peña');
  });
});

describe('members tabs', () => {
  it('is a keyboard tab list: arrows move and select, Home and End jump', async () => {
    const { user } = await openPeople();
    const tablist = screen.getByRole('tablist');
    const tabs = within(tablist).getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Personas', 'Cargos', 'Votaciones', 'Asistencia', 'Reglas', 'Importar']);
    expect(screen.getByTestId('tab-personas').getAttribute('aria-selected')).toBe('true');
    expect(tabs.filter((tab) => tab.tabIndex === 0)).toEqual([screen.getByTestId('tab-personas')]);

    screen.getByTestId('tab-personas').focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByTestId('tab-cargos'));
    expect(screen.getByTestId('tab-cargos').getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(screen.getByTestId('tab-cargos').id);

    await user.keyboard('{End}');
    expect(document.activeElement).toBe(screen.getByTestId('tab-importar'));
    expect(await screen.findByTestId('import-text')).toBeTruthy();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByTestId('tab-personas'));
    await user.keyboard('{ArrowLeft}{Home}');
    expect(document.activeElement).toBe(screen.getByTestId('tab-personas'));
  });

  it('forgets the people read once the workspace is locked', async () => {
    const { user } = await openPeople();
    await user.click(screen.getByTestId('lock-button'));
    await screen.findByTestId('unlock-screen');
    expect(screen.queryByText('María Fernanda Ortiz Salas')).toBeNull();
    expect(usePeopleStore.getState().people).toEqual([]);
    expect(usePeopleStore.getState().everyone).toEqual([]);
  });
});
