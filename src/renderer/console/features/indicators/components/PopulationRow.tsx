import { useState } from 'react';
import { useT } from '../../../../i18n/useT.js';

interface PopulationRowProps {
  year: number;
  recorded: number | null;
  busy: boolean;
  /** null removes the year's figure. */
  onSave(population: number | null): Promise<boolean>;
}

/** One year's population: typed, then saved on its own; emptied, the Mesa's population applies. */
export function PopulationRow({ year, recorded, busy, onSave }: PopulationRowProps) {
  const t = useT();
  const [text, setText] = useState(recorded === null ? '' : String(recorded));
  const trimmed = text.trim();
  const value = trimmed === '' ? null : /^\d+$/.test(trimmed) ? Number(trimmed) : NaN;
  const changed = value !== recorded;
  return (
    <tr data-testid={`population-row-${year}`}>
      <th scope="row">{year}</th>
      <td>
        <input
          className="field-input population-input"
          data-testid={`population-${year}`}
          aria-label={t('indicators.population.inputLabel', { year })}
          inputMode="numeric"
          placeholder={t('indicators.population.mesaDefault')}
          aria-invalid={Number.isNaN(value) ? true : undefined}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </td>
      <td>
        <button
          type="button"
          className="button"
          data-testid={`population-save-${year}`}
          disabled={busy || !changed || Number.isNaN(value)}
          onClick={() => void onSave(value)}
        >
          {t('indicators.population.save')}
        </button>
      </td>
    </tr>
  );
}
