import { useEffect } from 'react';
import { useLiveStore } from '../store/liveStore.js';
import { isTextField, takesLetters } from '../textField.js';

/**
 * The letter of a key: the character it types when that is a plain letter (any layout), else
 * the physical key, so Alt+N still works where Alt+letter types a symbol (a Mac's Option).
 */
function letterOf(event: KeyboardEvent): string {
  const key = event.key.toLowerCase();
  if (/^[a-z]$/.test(key)) return key;
  return /^Key[A-Z]$/.test(event.code) ? event.code.slice(3).toLowerCase() : '';
}

/**
 * The console's keys, listed on screen by ShortcutBar. Alt+… chords work anywhere, even while
 * typing; B and W only where a letter is not typed (a date field, a row, the page), PageDown and
 * PageUp only outside form fields, so a letter typed in a form is always a letter. Heard first
 * (capture) so no control below acts on them as well.
 */
export function useLiveShortcuts(): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const s = useLiveStore.getState();
      if (!s.live || s.confirmingClose || event.defaultPrevented) return;
      const act = (action: () => void) => {
        event.preventDefault();
        event.stopPropagation();
        action();
      };
      if (event.ctrlKey || event.metaKey) return;
      if (event.altKey) {
        const inFollowup = s.panel === 'item' && s.live.items.find((i) => i.id === s.live?.currentItemId)?.kind === 'agreements_followup';
        switch (event.key) {
          case 'ArrowRight':
            return act(() => s.step(1));
          case 'ArrowLeft':
            return act(() => s.step(-1));
          case 'ArrowDown':
            return inFollowup ? act(() => s.stepFollowup(1)) : undefined;
          case 'ArrowUp':
            return inFollowup ? act(() => s.stepFollowup(-1)) : undefined;
        }
        switch (letterOf(event)) {
          case 'a':
            return act(() => s.showPanel('attendance', 'search'));
          case 'p':
            return act(() => s.showPanel('item', 'item'));
          case 'n':
            return act(() => s.showPanel('item', 'agreement'));
          case 'b':
            return act(() => s.toggleProjector('black'));
          case 'w':
            return act(() => s.toggleProjector('wait'));
        }
        return;
      }
      if (event.key === 'Escape' && s.projector !== 'live') return act(() => s.setProjector('live'));
      if (!takesLetters(event.target)) {
        if (event.key === 'b' || event.key === 'B') return act(() => s.toggleProjector('black'));
        if (event.key === 'w' || event.key === 'W') return act(() => s.toggleProjector('wait'));
      }
      if (isTextField(event.target)) return;
      if (event.key === 'PageDown') return act(() => s.step(1));
      if (event.key === 'PageUp') return act(() => s.step(-1));
    }
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
