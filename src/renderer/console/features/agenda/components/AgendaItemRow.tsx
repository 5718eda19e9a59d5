import type { DragEvent, KeyboardEvent, Ref } from 'react';
import type { AgendaItemDto, OpenAgreementDto } from '../../../../../shared/ipc/contract.js';
import { useT } from '../../../../i18n/useT.js';
import { agendaKindLabels, clock } from '../agendaText.js';
import { hasTemplateTitle } from '../../../../../shared/domain/sessions.js';
import { OpenAgreements } from './OpenAgreements.js';
import { RemoveItemControl } from './RemoveItemControl.js';

interface AgendaItemRowProps {
  item: AgendaItemDto;
  count: number;
  editable: boolean;
  busy: boolean;
  openAgreements: readonly OpenAgreementDto[];
  dropTarget: boolean;
  hintId: string;
  ref: Ref<HTMLLIElement>;
  onMove(toPosition: number, focus: 'item' | 'up' | 'down'): void;
  onEdit(): void;
  onDragStart(): void;
  onDragOver(): void;
  onDrop(): void;
  onDragEnd(): void;
}

/** One item of the orden del día: number, clock times, title, kind, presenter, minutes. */
export function AgendaItemRow({
  item,
  count,
  editable,
  busy,
  openAgreements,
  dropTarget,
  hintId,
  ref,
  onMove,
  onEdit,
  onDragStart,
  onDragOver,
  onDrop,
  onDragEnd,
}: AgendaItemRowProps) {
  const t = useT();
  const first = item.position === 1;
  const last = item.position === count;
  // A standard item still titled as the template names it: its kind label would only repeat the title.
  const showKind = !hasTemplateTitle(item);

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>) {
    // Only on the item itself: inside a field Alt+arrows keep their usual meaning.
    if (!editable || busy || event.target !== event.currentTarget || !event.altKey) return;
    if (event.key === 'ArrowUp' && !first) {
      event.preventDefault();
      onMove(item.position - 1, 'item');
    } else if (event.key === 'ArrowDown' && !last) {
      event.preventDefault();
      onMove(item.position + 1, 'item');
    }
  }

  const drag = editable
    ? {
        draggable: true,
        onDragStart: (event: DragEvent<HTMLLIElement>) => {
          event.dataTransfer.effectAllowed = 'move';
          event.dataTransfer.setData('text/plain', String(item.id));
          onDragStart();
        },
        onDragOver: (event: DragEvent<HTMLLIElement>) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'move';
          onDragOver();
        },
        onDrop: (event: DragEvent<HTMLLIElement>) => {
          event.preventDefault();
          onDrop();
        },
        onDragEnd,
      }
    : {};

  const className = ['agenda-item', `agenda-item-${item.kind}`, dropTarget ? 'agenda-item-drop' : ''].filter(Boolean).join(' ');
  return (
    <li
      ref={ref}
      className={className}
      data-testid="agenda-item"
      data-item-id={item.id}
      tabIndex={0}
      aria-label={t('agenda.itemLabel', { position: item.position, title: item.title, start: clock(item.startsAt), end: clock(item.endsAt) })}
      aria-describedby={editable ? hintId : undefined}
      aria-keyshortcuts={editable ? 'Alt+ArrowUp Alt+ArrowDown' : undefined}
      onKeyDown={onKeyDown}
      {...drag}
    >
      <span className="agenda-position" aria-hidden="true">
        {item.position}
      </span>
      <span className="agenda-time" data-testid="agenda-item-time">
        {clock(item.startsAt)}–{clock(item.endsAt)}
      </span>
      <div className="agenda-body">
        <span className="agenda-title" data-testid="agenda-item-name">
          {item.title}
        </span>
        {(showKind || item.presenterLabel) && (
          <span className="agenda-meta">
            {showKind && (
              <span className="agenda-kind" data-testid="agenda-item-kind-label">
                {t(agendaKindLabels[item.kind])}
              </span>
            )}
            {item.presenterLabel && (
              <span data-testid="agenda-item-presenter">{t('agenda.presentedBy', { name: item.presenterLabel })}</span>
            )}
          </span>
        )}
        {item.description && <p className="agenda-description">{item.description}</p>}
        {item.kind === 'agreements_followup' && <OpenAgreements agreements={openAgreements} />}
      </div>
      <span className="agenda-minutes" data-testid="agenda-item-duration">
        {t('agenda.minutes', { count: item.minutesAllotted })}
      </span>
      {editable && (
        <div className="agenda-actions">
          <button
            type="button"
            className="button button-small button-secondary"
            data-testid="agenda-item-up"
            aria-label={t('agenda.upNamed', { title: item.title })}
            disabled={first || busy}
            onClick={() => onMove(item.position - 1, 'up')}
          >
            {t('agenda.up')}
          </button>
          <button
            type="button"
            className="button button-small button-secondary"
            data-testid="agenda-item-down"
            aria-label={t('agenda.downNamed', { title: item.title })}
            disabled={last || busy}
            onClick={() => onMove(item.position + 1, 'down')}
          >
            {t('agenda.down')}
          </button>
          <button
            type="button"
            className="button button-small button-secondary"
            data-testid="agenda-item-edit"
            aria-label={t('agenda.editNamed', { title: item.title })}
            onClick={onEdit}
          >
            {t('agenda.edit')}
          </button>
          <RemoveItemControl item={item} />
        </div>
      )}
    </li>
  );
}
