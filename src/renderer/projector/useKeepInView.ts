import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * A ref for a clipped container that keeps its element marked `data-anchor="true"` in view:
 * the list starts at its top and moves up only as far as the anchor needs, never so far that
 * the anchor's own top goes under a sticky header (`data-sticky`). The scroll position is set
 * directly rather than with scrollIntoView, which would also move the page itself. The
 * container is marked `data-clipped` while something is cut off below, so that it can fade
 * out. It is done again whenever `key` changes and when the window changes size (the
 * projector window moved to another display).
 */
export function useKeepInView<T extends HTMLElement>(key: unknown): RefObject<T | null> {
  const container = useRef<T>(null);
  useLayoutEffect(() => {
    const keep = () => {
      const box = container.current;
      if (!box) return;
      box.scrollTop = 0;
      const anchor = box.querySelector<HTMLElement>('[data-anchor="true"]');
      if (anchor) {
        const boxRect = box.getBoundingClientRect();
        const rect = anchor.getBoundingClientRect();
        const sticky = box.querySelector<HTMLElement>('[data-sticky]')?.offsetHeight ?? 0;
        const below = rect.bottom - boxRect.bottom;
        if (below > 0) box.scrollTop = Math.min(below, rect.top - boxRect.top - sticky);
      }
      box.dataset.clipped = box.scrollTop + box.clientHeight < box.scrollHeight - 1 ? 'true' : 'false';
    };
    keep();
    window.addEventListener('resize', keep);
    return () => window.removeEventListener('resize', keep);
  }, [key]);
  return container;
}
