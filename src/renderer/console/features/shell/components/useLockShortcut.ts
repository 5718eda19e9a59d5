import { useEffect } from 'react';

/** Ctrl+L (Cmd+L on a Mac) locks from anywhere in the window, even inside a text field. */
export function useLockShortcut(lock: () => unknown): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        void lock();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [lock]);
}
