import { useEffect, useId, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../../../i18n/useT.js';
import { inPreparation } from '../../../../../shared/domain/sessions.js';
import { agendaSelectors } from '../selectors/agendaSelectors.js';
import { useAgendaStore } from '../store/agendaStore.js';
import { AgendaItemForm } from './AgendaItemForm.js';
import { AgendaItemRow } from './AgendaItemRow.js';

type Focus = { id: number; on: 'item' | 'up' | 'down' };

/** The ordered items; reordered by Alt+arrows on an item, by its buttons, or by dragging it. */
export function AgendaList() {
  const t = useT();
  const hintId = useId();
  const { agenda, busy, move } = useAgendaStore(useShallow(agendaSelectors.list));
  const rows = useRef(new Map<number, HTMLLIElement>());
  const [editingId, setEditingId] = useState<number | null>(null);
  const [dragId, setDragId] = useState<number | null>(null);
  const [overId, setOverId] = useState<number | null>(null);
  /** Set before a move: the answer's render puts the focus back on the moved item. */
  const refocus = useRef<Focus | null>(null);
  const [announcement, setAnnouncement] = useState('');

  // A moved item keeps the focus, so Alt+arrow can be pressed again at once.
  useEffect(() => {
    const wanted = refocus.current;
    if (!wanted) return;
    refocus.current = null;
    const row = rows.current.get(wanted.id);
    const button =
      wanted.on === 'item' ? null : row?.querySelector<HTMLButtonElement>(`[data-testid="agenda-item-${wanted.on}"]:not(:disabled)`);
    (button ?? row)?.focus();
  }, [agenda]);

  if (!agenda) return null;
  const { items, openAgreements, session } = agenda;
  const editable = inPreparation(session.status);

  async function moveTo(id: number, toPosition: number, on: Focus['on']) {
    const title = items.find((i) => i.id === id)?.title ?? '';
    refocus.current = { id, on };
    if (await move(id, toPosition)) setAnnouncement(t('agenda.moved', { title, position: toPosition }));
    else refocus.current = null;
  }

  function drop(targetId: number) {
    const target = items.find((i) => i.id === targetId);
    if (dragId !== null && target && dragId !== targetId) void moveTo(dragId, target.position, 'item');
    setDragId(null);
    setOverId(null);
  }

  if (items.length === 0) return <p className="empty">{t('agenda.empty')}</p>;
  return (
    <>
      {editable && (
        <p className="field-hint" id={hintId}>
          {t('agenda.reorderHint')}
        </p>
      )}
      <ol className="agenda-list" data-testid="agenda-list">
        {items.map((item) =>
          editingId === item.id ? (
            <li key={item.id} className="agenda-item-editing">
              <AgendaItemForm item={item} onDone={() => setEditingId(null)} />
            </li>
          ) : (
            <AgendaItemRow
              key={item.id}
              ref={(element) => {
                if (element) rows.current.set(item.id, element);
                else rows.current.delete(item.id);
              }}
              item={item}
              count={items.length}
              editable={editable}
              busy={busy}
              openAgreements={openAgreements}
              dropTarget={overId === item.id && dragId !== item.id}
              hintId={hintId}
              onMove={(toPosition, on) => void moveTo(item.id, toPosition, on)}
              onEdit={() => setEditingId(item.id)}
              onDragStart={() => setDragId(item.id)}
              onDragOver={() => setOverId(item.id)}
              onDrop={() => drop(item.id)}
              onDragEnd={() => {
                setDragId(null);
                setOverId(null);
              }}
            />
          ),
        )}
      </ol>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}
