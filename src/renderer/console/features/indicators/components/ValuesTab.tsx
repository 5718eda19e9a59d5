import { PopulationsEditor } from './PopulationsEditor.js';
import { ValuesGrid } from './ValuesGrid.js';

/** The month-by-month figures and the population the rates are computed with. */
export function ValuesTab() {
  return (
    <div className="stack">
      <ValuesGrid />
      <PopulationsEditor />
    </div>
  );
}
