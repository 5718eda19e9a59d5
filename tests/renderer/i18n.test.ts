import { afterEach, describe, expect, it } from 'vitest';
import { errorCodes } from '../../src/shared/ipc/result.js';
import { en } from '../../src/renderer/i18n/en.js';
import { es } from '../../src/renderer/i18n/es.js';
import { errorText } from '../../src/renderer/i18n/errorText.js';
import { useLanguageStore } from '../../src/renderer/i18n/languageStore.js';
import { translate, type Translate } from '../../src/renderer/i18n/translate.js';
import { createFakeBridge } from './support/fakeBridge.js';
import { installBridge, resetRenderer } from './support/reset.js';

afterEach(resetRenderer);

const tEs: Translate = (key, params) => translate('es', key, params);
const tEn: Translate = (key, params) => translate('en', key, params);

describe('messages', () => {
  it('es and en have exactly the same keys, none of them empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(es).sort());
    for (const text of [...Object.values(es), ...Object.values(en)]) expect(text.trim()).not.toBe('');
  });

  it('every placeholder of a Spanish message exists in its English one', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(es) as (keyof typeof es)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(es[key]));
    }
  });

  it('fills placeholders and leaves an unknown one visible', () => {
    expect(tEs('create.problem.passphraseShort', { min: 12 })).toBe('La frase de acceso debe tener al menos 12 caracteres.');
    expect(tEn('create.problem.passphraseShort')).toBe('The passphrase must have at least {min} characters.');
  });
});

describe('error sentences', () => {
  it('translates the codes with a fixed meaning, in each language', () => {
    const error = { code: 'wrong_passphrase' as const, message: 'Frase incorrecta.' };
    expect(errorText(tEs, error)).toBe(es['error.wrong_passphrase']);
    expect(errorText(tEn, error)).toBe(en['error.wrong_passphrase']);
    expect(errorText(tEs, { code: 'weak_passphrase', message: 'x' })).toContain('12');
  });

  it('every code has a sentence or falls back to the server message', () => {
    for (const code of errorCodes) {
      const text = errorText(tEs, { code, message: `mensaje de main para ${code}` });
      const translated = `error.${code}` in es;
      expect(text === `mensaje de main para ${code}`).toBe(!translated);
    }
    expect(errorText(tEn, { code: 'not_found', message: 'No existe esa persona.' })).toBe('No existe esa persona.');
  });
});

describe('language', () => {
  it('reads the saved language at start and sets the document language', async () => {
    installBridge(createFakeBridge({ language: 'en' }));
    await useLanguageStore.getState().load();
    expect(useLanguageStore.getState()).toMatchObject({ language: 'en', loaded: true });
    expect(document.documentElement.lang).toBe('en');
  });

  it('keeps Spanish when the preferences cannot be read', async () => {
    await useLanguageStore.getState().load();
    expect(useLanguageStore.getState()).toMatchObject({ language: 'es', loaded: true });
  });

  it('saves a chosen language', async () => {
    const fake = createFakeBridge();
    installBridge(fake);
    await useLanguageStore.getState().choose('en');
    expect(fake.callsTo('preferences', 'set').map((c) => c.args)).toEqual([{ language: 'en' }]);
    expect(document.documentElement.lang).toBe('en');
  });
});
