import { useT } from '../../../../i18n/useT.js';
import type { Section } from '../store/shellStore.js';
import { sectionTitles } from './sectionTitles.js';

/** Sections that later issues fill; said plainly rather than shown as empty screens. */
export function Placeholder({ section }: { section: Section }) {
  const t = useT();
  return (
    <section className="section" data-testid={`section-${section}`}>
      <h1>{t(sectionTitles[section])}</h1>
      <p className="placeholder">{t('section.placeholder')}</p>
    </section>
  );
}
