import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../../../components/LanguageSwitch.js';
import { useT } from '../../../../i18n/useT.js';

/** The frame of every screen shown before a workspace is open. */
export function ClosedLayout({ testId, children }: { testId: string; children: ReactNode }) {
  const t = useT();
  return (
    <div className="closed-layout">
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        <LanguageSwitch />
      </header>
      <main className="closed-main" data-testid={testId}>
        {children}
      </main>
    </div>
  );
}
