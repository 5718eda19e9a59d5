import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_PEOPLE } from './support/fakeMesa.js';
import { argsOf, openSection } from './support/openSection.js';
import { resetRenderer } from './support/reset.js';

afterEach(resetRenderer);

const HEADER = 'nombre,tipo,cargo,institucion,orden,poder,correo,telefono,fecha_ingreso';

const badCsv = [
  `${HEADER},comentario`,
  'Sandra Loya Chávez,ciudadano,,,,,sandra@example.org,,2026-02-01,',
  'Lic. Omar Trejo,funcionario,,Policía Estatal,estatal,,,,,',
  'María Fernanda Ortiz Salas,ciudadano,,,,,,,,',
  'Pedro Almanza,ciudadanx,,,,,,,01/02/2026,',
].join('\n');

const goodCsv = [
  HEADER,
  'Sandra Loya Chávez,ciudadano,,,,,sandra@example.org,,2026-02-01',
  'Lic. Omar Trejo,funcionario,Comandante,Policía Estatal,estatal,ejecutivo,,,',
].join('\n');

async function openImport() {
  const started = await openSection('miembros', { people: SAMPLE_PEOPLE });
  await started.user.click(screen.getByTestId('tab-importar'));
  return started;
}

/** Pasting is what secretaries do; typing a CSV key by key would only slow the test. */
function paste(text: string) {
  fireEvent.change(screen.getByTestId('import-text'), { target: { value: text } });
}

const issuesOf = (line: number) => {
  const row = screen.getAllByTestId('import-row').find((r) => within(r).getAllByRole('cell')[0]!.textContent === String(line))!;
  return within(row).queryAllByRole('listitem').map((li) => li.textContent);
};

describe('people import', () => {
  it('shows the canonical header and the allowed values as help', async () => {
    await openImport();
    expect(screen.getByTestId('import-header').textContent).toBe(HEADER);
    const help = screen.getByTestId('import-help').textContent!;
    expect(help).toContain('ciudadano, funcionario, honorario, colaborador, voluntario, invitado');
    expect(help).toContain('municipal, estatal, federal');
    expect(help).toContain('ejecutivo, legislativo, judicial');
  });

  it('previews every row with its issues translated, and keeps the import disabled while any row is invalid', async () => {
    const { fake, user } = await openImport();
    expect((screen.getByTestId('import-preview') as HTMLButtonElement).disabled).toBe(true);
    paste(badCsv);
    await user.click(screen.getByTestId('import-preview'));

    expect(await screen.findAllByTestId('import-row')).toHaveLength(4);
    expect(argsOf(fake, 'people', 'importPreview')).toEqual([{ csv: badCsv }]);
    expect(screen.getByTestId('import-valid').textContent).toBe('1');
    expect(screen.getByTestId('import-invalid').textContent).toBe('3');
    expect(screen.getByTestId('import-ignored').textContent).toBe('Columnas que no se usan y se ignoran: comentario.');
    expect(issuesOf(2)).toEqual([]);
    expect(issuesOf(3)).toEqual(['cargo: un funcionario necesita su cargo', 'poder: un funcionario necesita el poder']);
    expect(issuesOf(4)).toEqual(['nombre: ya está registrada «María Fernanda Ortiz Salas»']);
    expect(issuesOf(5)).toEqual([
      'tipo: valor no reconocido «ciudadanx»',
      'fecha_ingreso: fecha no válida (use año-mes-día) «01/02/2026»',
    ]);
    const apply = screen.getByTestId('import-apply') as HTMLButtonElement;
    expect(apply.textContent).toBe('Importar 1 persona');
    expect(apply.disabled).toBe(true);
    await user.click(apply);
    expect(fake.callsTo('people', 'importApply')).toHaveLength(0);
  });

  it('enables the import once every row is valid, imports, and shows the result', async () => {
    const { fake, user } = await openImport();
    paste(goodCsv);
    await user.click(screen.getByTestId('import-preview'));
    const apply = await screen.findByTestId('import-apply');
    expect(apply.textContent).toBe('Importar 2 personas');
    expect((apply as HTMLButtonElement).disabled).toBe(false);
    expect(screen.queryByTestId('import-blocked')).toBeNull();

    await user.click(apply);
    expect(argsOf(fake, 'people', 'importApply')).toEqual([{ csv: goodCsv }]);
    expect((await screen.findByTestId('import-result')).textContent).toBe('Personas importadas: 2.');
    expect(screen.queryByTestId('import-apply')).toBeNull();
    expect((screen.getByTestId('import-text') as HTMLTextAreaElement).value).toBe('');

    await user.click(screen.getByTestId('tab-personas'));
    await expect.poll(() => screen.getAllByTestId('person-row').length).toBe(SAMPLE_PEOPLE.length + 2);
  });

  it('forgets a preview as soon as the text changes: only what was checked can be imported', async () => {
    const { user } = await openImport();
    paste(goodCsv);
    await user.click(screen.getByTestId('import-preview'));
    await screen.findByTestId('import-apply');
    paste(`${goodCsv}\nOtra Persona,alcalde,,,,,,,`);
    expect(screen.queryByTestId('import-apply')).toBeNull();
    expect(screen.queryAllByTestId('import-row')).toHaveLength(0);
  });

  it("explains a file main refuses whole, with main's reason", async () => {
    const { user } = await openImport();
    paste('nombre;correo\nSandra;s@example.org');
    await user.click(screen.getByTestId('import-preview'));
    expect((await screen.findByTestId('error-message')).textContent).toBe(
      'No se puede leer el archivo: Faltan columnas obligatorias en el encabezado: nombre, tipo.',
    );
  });

  it('reads a chosen .csv file into the box as UTF-8', async () => {
    const { user } = await openImport();
    const file = new File([goodCsv], 'personas.csv', { type: 'text/csv' });
    await user.upload(screen.getByTestId('import-file'), file);
    await expect.poll(() => (screen.getByTestId('import-text') as HTMLTextAreaElement).value).toBe(goodCsv);
  });
});
