import type { MinutesItemDto } from '../../../../../shared/ipc/contract.js';
import { useT } from '../../../../i18n/useT.js';
import { MinutesItemEditor } from './MinutesItemEditor.js';

/** The orden del día as the acta reports it, item by item. */
export function MinutesItems({ items, editable }: { items: MinutesItemDto[]; editable: boolean }) {
  const t = useT();
  return (
    <section className="panel" aria-labelledby="minutes-items-title">
      <h3 id="minutes-items-title">{t('minutes.items.title')}</h3>
      <p className="field-hint">{t(editable ? 'minutes.items.hint' : 'minutes.items.hintSealed')}</p>
      <ol className="minutes-items">
        {items.map((item) => (
          <MinutesItemEditor key={`${item.itemId}:${item.text ?? ''}`} item={item} editable={editable} />
        ))}
      </ol>
    </section>
  );
}
