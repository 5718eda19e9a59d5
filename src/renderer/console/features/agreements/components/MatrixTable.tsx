import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../../../i18n/useT.js';
import { matrixCells, type MatrixItem } from '../matrixView.js';
import { agreementsSelectors } from '../selectors/agreementsSelectors.js';
import { useAgreementsStore } from '../store/agreementsStore.js';
import { MatrixGroupRow } from './MatrixGroupRow.js';
import { MatrixHeader } from './MatrixHeader.js';
import { MatrixRowView } from './MatrixRowView.js';
import { useFillViewport } from './useFillViewport.js';


const ROW_ESTIMATE = 76;
const GROUP_ESTIMATE = 52;
/** Rows jumped by Page Up / Page Down. */
const PAGE = 10;

const estimate = (item: MatrixItem | undefined) => (item?.kind === 'group' ? GROUP_ESTIMATE : ROW_ESTIMATE);

/**
 * The matrix as an ARIA grid with virtualized rows: only the rows in view (and a few around
 * them) are in the DOM, so 5,000+ agreements scroll smoothly. The heading row stays above the
 * scrolling rows. ↑/↓ (Page Up/Down, Home/End) move the selected row, Enter opens it.
 */
export function MatrixTable({ items, today }: { items: readonly MatrixItem[]; today: string }) {
  const t = useT();
  const baseId = useId();
  const { selectedId, select, openDetail } = useAgreementsStore(useShallow(agreementsSelectors.table));
  const scrollRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const height = useFillViewport(scrollRef);

  // This build has no React Compiler to skip: the virtualizer's instance is stable and it re-renders the grid itself.
  // oxlint-disable-next-line react/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => estimate(items[index]),
    getItemKey: (index) => {
      const item = items[index]!;
      return item.kind === 'group' ? `group-${item.key}` : item.row.id;
    },
    overscan: 6,
    // Rows are measured as laid out (their text wraps); an element not laid out (a test's DOM) keeps the estimate.
    measureElement: (element, entry) => {
      const size = entry?.borderBoxSize?.[0]?.blockSize ?? element.getBoundingClientRect().height;
      return size > 0 ? Math.round(size) : estimate(items[Number(element.getAttribute('data-index'))]);
    },
  });

  const selectedIndex = selectedId === null ? -1 : items.findIndex((i) => i.kind === 'row' && i.row.id === selectedId);

  // Back from an agreement's detail: the matrix opens where it was, on the same row, ready for the keys.
  const indexAtMount = useRef(selectedIndex);
  useEffect(() => {
    if (indexAtMount.current < 0) return;
    virtualizer.scrollToIndex(indexAtMount.current, { align: 'center' });
    gridRef.current?.focus({ preventScroll: true });
  }, [virtualizer]);

  // Another filter, sort or grouping: the matrix starts again from its top.
  const shownItems = useRef(items);
  useEffect(() => {
    if (shownItems.current === items) return;
    shownItems.current = items;
    virtualizer.scrollToOffset(0);
  }, [items, virtualizer]);

  function moveTo(index: number) {
    const item = items[index];
    if (!item || item.kind !== 'row') return;
    select(item.row.id);
    virtualizer.scrollToIndex(index, { align: 'auto' });
  }

  /** The nearest agreement row from `from` in `step`'s direction, skipping committee headings. */
  function rowFrom(from: number, step: 1 | -1): number {
    for (let i = from; i >= 0 && i < items.length; i += step) if (items[i]!.kind === 'row') return i;
    return -1;
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.target !== event.currentTarget) return;
    const last = items.length - 1;
    let target: number | null = null;
    switch (event.key) {
      case 'ArrowDown':
        target = selectedIndex < 0 ? rowFrom(0, 1) : rowFrom(selectedIndex + 1, 1);
        break;
      case 'ArrowUp':
        target = selectedIndex < 0 ? rowFrom(0, 1) : rowFrom(selectedIndex - 1, -1);
        break;
      case 'PageDown':
        target = rowFrom(Math.min(last, Math.max(0, selectedIndex) + PAGE), -1);
        break;
      case 'PageUp':
        target = rowFrom(Math.max(0, selectedIndex - PAGE), 1);
        break;
      case 'Home':
        target = rowFrom(0, 1);
        break;
      case 'End':
        target = rowFrom(last, -1);
        break;
      case 'Enter':
        if (selectedId !== null && selectedIndex >= 0) {
          event.preventDefault();
          void openDetail(selectedId);
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    if (target !== null && target >= 0) moveTo(target);
  }

  const virtualItems = virtualizer.getVirtualItems();
  const rowId = (id: number) => `${baseId}-row-${id}`;
  const selectedShown = selectedIndex >= 0 && virtualItems.some((v) => v.index === selectedIndex);

  return (
    <div
      ref={gridRef}
      className="matrix"
      role="grid"
      aria-label={t('agreements.gridLabel')}
      aria-describedby={`${baseId}-keys`}
      aria-rowcount={items.length + 1}
      aria-colcount={matrixCells.length}
      aria-activedescendant={selectedShown ? rowId(selectedId!) : undefined}
      tabIndex={0}
      data-testid="matrix-grid"
      onKeyDown={onKeyDown}
    >
      <p id={`${baseId}-keys`} className="visually-hidden">
        {t('agreements.gridKeys')}
      </p>
      <MatrixHeader />
      <div ref={scrollRef} className="matrix-scroll" style={height === undefined ? undefined : { height }}>
        <div className="matrix-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualItems.map((v) => {
            const item = items[v.index]!;
            const common = {
              index: v.index,
              start: v.start,
              measure: virtualizer.measureElement,
            };
            return item.kind === 'group' ? (
              <MatrixGroupRow key={v.key} {...common} group={item} />
            ) : (
              <MatrixRowView
                key={v.key}
                {...common}
                id={rowId(item.row.id)}
                row={item.row}
                overdue={item.overdue}
                today={today}
                selected={item.row.id === selectedId}
                onOpen={() => {
                  select(item.row.id);
                  void openDetail(item.row.id);
                }}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
