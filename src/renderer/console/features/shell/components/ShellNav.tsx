import { useT } from '../../../../i18n/useT.js';
import { shellSelectors } from '../selectors/shellSelectors.js';
import { sections, useShellStore } from '../store/shellStore.js';
import { sectionTitles } from './sectionTitles.js';

export function ShellNav() {
  const t = useT();
  const current = useShellStore(shellSelectors.section);
  const go = useShellStore(shellSelectors.go);
  return (
    <nav className="shell-nav" aria-label={t('shell.navLabel')}>
      <ul>
        {sections.map((section) => (
          <li key={section}>
            <button
              type="button"
              className="nav-button"
              data-testid={`nav-${section}`}
              aria-current={section === current ? 'page' : undefined}
              onClick={() => go(section)}
            >
              {t(sectionTitles[section])}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
