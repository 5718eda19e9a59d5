import { create } from 'zustand';
import type { Language } from '../../shared/ipc/contract.js';
import { api } from '../api/api.js';

interface LanguageState {
  language: Language;
  /** Whether the saved language has been read (or found missing): the first screen waits for it. */
  loaded: boolean;
  /** Reads the saved language; Spanish stays if it cannot be read. */
  load(): Promise<void>;
  /** Applies at once, then saves: the screen must not wait for the disk. */
  choose(language: Language): Promise<void>;
}

export const useLanguageStore = create<LanguageState>()((set) => {
  const apply = (language: Language): void => {
    document.documentElement.lang = language;
    set({ language });
  };
  return {
    language: 'es',
    loaded: false,
    async load() {
      try {
        apply((await api.preferences.get()).language);
      } catch {
        // Without saved preferences the default language is the right one.
      }
      set({ loaded: true });
    },
    async choose(language) {
      apply(language);
      try {
        await api.preferences.set({ language });
      } catch {
        // The choice still holds for this session; only its memory for the next launch is lost.
      }
    },
  };
});

export const languageSelectors = {
  language: (s: LanguageState) => s.language,
  loaded: (s: LanguageState) => s.loaded,
  choose: (s: LanguageState) => s.choose,
  load: (s: LanguageState) => s.load,
};
