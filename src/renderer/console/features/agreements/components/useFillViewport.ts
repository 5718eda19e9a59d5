import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Never shorter than this share of the window: on a laptop, where the filters take most of the
 * first screen, the page scrolls down to a grid that still fills most of it.
 */
const MIN_SHARE = 0.65;
/** Room kept under the grid: the section's own bottom padding. */
const BOTTOM_GAP = 24;

/**
 * The height that makes an element end at the bottom of the window, so the matrix uses the
 * room under the filters whatever they take (they wrap on a laptop). Measured again when the
 * window or anything above the element changes size.
 */
export function useFillViewport(ref: RefObject<HTMLElement | null>): number | undefined {
  const [height, setHeight] = useState<number>();
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      setHeight(Math.floor(Math.max(window.innerHeight * MIN_SHARE, window.innerHeight - top - BOTTOM_GAP)));
    };
    measure();
    window.addEventListener('resize', measure);
    // What sits above the grid (filters, the export panel, the projector bar) may grow or shrink.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    const screen = element.closest('.matrix-screen');
    if (screen) observer?.observe(screen);
    return () => {
      window.removeEventListener('resize', measure);
      observer?.disconnect();
    };
  }, [ref]);
  return height;
}
