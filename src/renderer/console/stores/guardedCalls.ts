import type { AppError } from '../../../shared/ipc/result.js';
import { toAppError } from '../../api/api.js';

/**
 * Feature stores are reset when the console locks, and an answer that arrives after that
 * must be dropped, never shown: each call captures the store's generation when it starts.
 */
export function generationGuard(): { current(): () => boolean; reset(): void } {
  let generation = 0;
  return {
    current() {
      const era = generation;
      return () => era === generation;
    },
    reset() {
      generation++;
    },
  };
}

/** A change: busy while it runs, its error shown; on success, `after`, then the store reads again. */
export async function runChange<T>(
  store: { set(state: { busy: boolean; error: AppError | null }): void; reload(): Promise<void> },
  stillCurrent: () => boolean,
  call: () => Promise<T>,
  after?: (value: T) => void,
): Promise<boolean> {
  store.set({ busy: true, error: null });
  try {
    const value = await call();
    if (!stillCurrent()) return false;
    store.set({ busy: false, error: null });
    after?.(value);
    await store.reload();
    return true;
  } catch (err) {
    if (stillCurrent()) store.set({ busy: false, error: toAppError(err) });
    return false;
  }
}
