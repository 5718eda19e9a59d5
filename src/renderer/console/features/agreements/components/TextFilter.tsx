import { useEffect, useRef, useState } from 'react';
import { Field } from '../../../../components/Field.js';
import { useT } from '../../../../i18n/useT.js';

/** Time after the last key before the matrix filters: typing a word filters once, not per letter. */
const DEBOUNCE_MS = 150;

/** Free text over code, text, committee and responsibles; remounted (key) when the filter is replaced. */
export function TextFilter({ initial, onChange }: { initial: string; onChange(text: string): void }) {
  const t = useT();
  const [text, setText] = useState(initial);
  const sent = useRef(initial);
  useEffect(() => {
    if (text === sent.current) return;
    const timer = setTimeout(() => {
      sent.current = text;
      onChange(text);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, onChange]);
  return (
    <Field
      label={t('agreements.filter.text')}
      testId="matrix-filter-text"
      type="search"
      autoComplete="off"
      spellCheck={false}
      placeholder={t('agreements.filter.textHint')}
      value={text}
      onChange={(e) => setText(e.target.value)}
    />
  );
}
