import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../src/shared/domain/rules.js';
import { argsOf, openSection } from './support/openSection.js';
import { resetRenderer } from './support/reset.js';

afterEach(resetRenderer);

async function openRules() {
  const started = await openSection('miembros');
  await started.user.click(screen.getByTestId('tab-reglas'));
  await screen.findByTestId('rules-form');
  return started;
}

const input = (field: string) => screen.getByTestId(`rules-${field}`) as HTMLInputElement;

describe('rules', () => {
  it("shows the Mesa's thresholds, each explained with the guide's value", async () => {
    await openRules();
    expect(input('maxUnjustifiedAbsencePct').value).toBe('20');
    expect(input('majorityNumerator').value).toBe('2');
    expect(input('majorityDenominator').value).toBe('3');
    expect(screen.getByText(/Guía: 80 %\./)).toBeTruthy();
    expect(screen.getByText(/Guía: 2\/3 \(dos terceras partes\)\./)).toBeTruthy();
  });

  it('refuses values out of range without calling main', async () => {
    const { fake, user } = await openRules();
    await user.clear(input('admissionQuorumPct'));
    await user.type(input('admissionQuorumPct'), '120');
    await user.clear(input('majorityNumerator'));
    await user.type(input('majorityNumerator'), '4');
    await user.click(screen.getByTestId('rules-save'));
    expect(fake.callsTo('rules', 'set')).toHaveLength(0);
    expect(screen.getByTestId('error-message').textContent).toBe('Escriba un porcentaje entre 0 y 100 (hasta dos decimales).');
    expect(input('admissionQuorumPct').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/La mayoría debe ser una fracción/)).toBeTruthy();
  });

  it('saves the thresholds as numbers, reading a decimal comma', async () => {
    const { fake, user } = await openRules();
    await user.clear(input('maxUnjustifiedAbsencePct'));
    await user.type(input('maxUnjustifiedAbsencePct'), '12,5');
    await user.clear(input('majorityNumerator'));
    await user.type(input('majorityNumerator'), '3');
    await user.clear(input('majorityDenominator'));
    await user.type(input('majorityDenominator'), '5');
    await user.click(screen.getByTestId('rules-save'));
    expect(argsOf(fake, 'rules', 'set')).toEqual([
      { ...DEFAULT_RULES, maxUnjustifiedAbsencePct: 12.5, electionMajority: { numerator: 3, denominator: 5 } },
    ]);
    expect((await screen.findByTestId('rules-saved')).textContent).toBe('Reglas guardadas.');
  });

  it('sets the plenary quorum, a share of the members that must be exceeded', async () => {
    const { fake, user } = await openRules();
    expect(input('plenaryQuorumPct').value).toBe('50');
    expect(screen.getByText('Quórum de la plenaria: más del … % de los miembros (ciudadanos y funcionarios)')).toBeTruthy();
    expect(screen.getByText(/Valor inicial: 50 % \(más de la mitad\)\./)).toBeTruthy();

    await user.clear(input('plenaryQuorumPct'));
    await user.type(input('plenaryQuorumPct'), '100');
    await user.click(screen.getByTestId('rules-save'));
    expect(fake.callsTo('rules', 'set')).toHaveLength(0);
    expect(screen.getByTestId('error-message').textContent).toBe(
      'Escriba un porcentaje de 0 a 99,99 (hasta dos decimales): el quórum es más de ese porcentaje.',
    );

    await user.clear(input('plenaryQuorumPct'));
    await user.type(input('plenaryQuorumPct'), '66,67');
    await user.click(screen.getByTestId('rules-save'));
    expect(argsOf(fake, 'rules', 'set')).toEqual([{ ...DEFAULT_RULES, plenaryQuorumPct: 66.67 }]);
  });
});
