import { useEffect, useState } from 'react';

/**
 * Main's clock, ticking every second on this machine: the countdown and the elapsed time
 * move without asking main, and agree with the times main records.
 */
export function useMainNow(clockOffsetMs: number): number {
  const [now, setNow] = useState(() => Date.now() + clockOffsetMs);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now() + clockOffsetMs), 1000);
    return () => clearInterval(timer);
  }, [clockOffsetMs]);
  return now;
}
