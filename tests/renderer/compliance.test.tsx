import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultPeriod } from '../../src/renderer/console/features/compliance/store/complianceStore.js';
import { SAMPLE_PEOPLE } from './support/fakeMesa.js';
import { argsOf, openSection } from './support/openSection.js';
import { resetRenderer } from './support/reset.js';

afterEach(resetRenderer);

const attendance = {
  // 1 of 5 = 20%: exactly the limit, which is allowed ("at most 20%").
  1: ['present', 'present', 'absent_unjustified', 'present', 'late'],
  // 2 of 6 = 33.3%.
  2: ['present', 'absent_unjustified', 'absent_unjustified', 'present', 'present', 'absent_justified'],
  3: ['present', 'absent_justified', 'present'],
  // 1 of 2 = 50%.
  4: ['absent_unjustified', 'present'],
} as const;

async function openCompliance() {
  const started = await openSection('miembros', {
    people: SAMPLE_PEOPLE,
    attendance: Object.fromEntries(Object.entries(attendance).map(([id, s]) => [id, [...s]])),
  });
  await started.user.click(screen.getByTestId('tab-asistencia'));
  await screen.findAllByTestId('compliance-row');
  return started;
}

const row = (name: string) => screen.getAllByTestId('compliance-row').find((r) => r.textContent!.startsWith(name))!;

describe('attendance compliance', () => {
  it('asks for the last twelve months by default', async () => {
    const { fake } = await openCompliance();
    expect(argsOf(fake, 'compliance', 'attendance')).toEqual([defaultPeriod()]);
    expect((screen.getByTestId('compliance-from') as HTMLInputElement).value).toBe(defaultPeriod().from);
    expect((screen.getByTestId('compliance-to') as HTMLInputElement).value).toBe(defaultPeriod().to);
  });

  it('highlights and counts the citizens above the threshold, and shows the threshold', async () => {
    await openCompliance();
    expect(screen.getAllByTestId('compliance-row')).toHaveLength(5);
    expect(screen.getByTestId('compliance-flagged-count').textContent).toBe('2');
    expect(screen.getByTestId('compliance-threshold').textContent).toBe('20 %');

    const flagged = screen.getAllByTestId('compliance-row').filter((r) => r.classList.contains('row-flagged'));
    expect(flagged.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'José Luis Carrasco Peña',
      'Ricardo Balderrama Ochoa',
    ]);
    expect(row('José Luis').textContent).toContain('33.3 %');
    expect(row('José Luis').textContent).toContain('Por encima del límite');
    expect(row('José Luis').getAttribute('data-flagged')).toBe('true');
    // Exactly at the limit is within it.
    expect(row('María').classList.contains('row-flagged')).toBe(false);
    expect(row('María').textContent).toContain('20 %');
    expect(row('María').textContent).toContain('Dentro del límite');
    expect(row('Lucía').textContent).toContain('Sin sesiones');
  });

  it('reads the report again for another period, and refuses a period that ends before it starts', async () => {
    const { fake } = await openCompliance();
    fireEvent.change(screen.getByTestId('compliance-from'), { target: { value: '2025-01-01' } });
    await expect.poll(() => argsOf(fake, 'compliance', 'attendance').at(-1)).toEqual({ from: '2025-01-01', to: defaultPeriod().to });
    const calls = fake.callsTo('compliance', 'attendance').length;
    fireEvent.change(screen.getByTestId('compliance-to'), { target: { value: '2024-12-31' } });
    expect(screen.getByText('El periodo debe tener dos fechas válidas, la primera antes de la segunda.')).toBeTruthy();
    expect(fake.callsTo('compliance', 'attendance')).toHaveLength(calls);
  });
});
