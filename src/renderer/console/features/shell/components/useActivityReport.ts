import { useEffect } from 'react';

/** What counts as someone at the console; mouse moves alone do not (a bumped mouse is not attention). */
const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

/** Reports input anywhere in the window to main's idle lock (the store throttles the calls). */
export function useActivityReport(report: () => void): void {
  useEffect(() => {
    for (const name of INPUT_EVENTS) window.addEventListener(name, report, { capture: true, passive: true });
    return () => {
      for (const name of INPUT_EVENTS) window.removeEventListener(name, report, { capture: true });
    };
  }, [report]);
}
