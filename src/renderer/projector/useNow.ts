import { useEffect, useState } from 'react';

/** The time on this machine, read again every `everyMs`: the projector's clocks tick locally. */
export function useNow(everyMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}
