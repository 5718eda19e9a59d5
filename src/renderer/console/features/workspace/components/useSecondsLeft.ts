import { useEffect, useState } from 'react';

const secondsUntil = (at: number | null): number => (at === null ? 0 : Math.max(0, Math.ceil((at - Date.now()) / 1000)));

/** Whole seconds until `at` (ms, this window's clock), ticking; 0 when past or null. */
export function useSecondsLeft(at: number | null): number {
  const [, tick] = useState(0);
  useEffect(() => {
    if (at === null) return;
    const timer = setInterval(() => {
      tick((n) => n + 1);
      if (secondsUntil(at) === 0) clearInterval(timer);
    }, 250);
    return () => clearInterval(timer);
  }, [at]);
  // Computed on every render from the clock, so a new `at` shows at once; the interval only makes renders happen.
  return secondsUntil(at);
}
