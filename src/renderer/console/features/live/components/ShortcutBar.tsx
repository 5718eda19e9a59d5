import type { MessageKey } from '../../../../i18n/translate.js';
import { useT } from '../../../../i18n/useT.js';

/** Every key of the console, always on screen (useLiveShortcuts does them). */
const shortcuts: { keys: MessageKey; label: MessageKey }[] = [
  { keys: 'live.keys.items', label: 'live.shortcut.items' },
  { keys: 'live.keys.pages', label: 'live.shortcut.pages' },
  { keys: 'live.keys.black', label: 'live.shortcut.black' },
  { keys: 'live.keys.wait', label: 'live.shortcut.wait' },
  { keys: 'live.keys.escape', label: 'live.shortcut.escape' },
  { keys: 'live.keys.attendance', label: 'live.shortcut.attendance' },
  { keys: 'live.keys.item', label: 'live.shortcut.item' },
  { keys: 'live.keys.agreement', label: 'live.shortcut.agreement' },
  { keys: 'live.keys.save', label: 'live.shortcut.save' },
  { keys: 'live.keys.followups', label: 'live.shortcut.followups' },
  { keys: 'live.keys.roster', label: 'live.shortcut.roster' },
  { keys: 'live.keys.lock', label: 'live.shortcut.lock' },
];

export function ShortcutBar() {
  const t = useT();
  return (
    <footer className="live-shortcuts" data-testid="live-shortcuts" aria-label={t('live.shortcutsLabel')}>
      <ul>
        {shortcuts.map(({ keys, label }) => (
          <li key={keys}>
            <kbd>{t(keys)}</kbd> {t(label)}
          </li>
        ))}
      </ul>
    </footer>
  );
}
