/** Zustand stores are module singletons: each test starts from their initial state and a fresh fake. */
import { cleanup } from '@testing-library/react';
import { useLanguageStore } from '../../../src/renderer/i18n/languageStore.js';
import { useShellStore } from '../../../src/renderer/console/features/shell/store/shellStore.js';
import { useWorkspaceStore } from '../../../src/renderer/console/features/workspace/store/workspaceStore.js';
import { forgetWorkspaceData } from '../../../src/renderer/console/features/shell/forgetWorkspaceData.js';
import { dropPlace } from '../../../src/renderer/console/features/shell/place.js';
import type { FakeBridge } from './fakeBridge.js';

export function installBridge(fake: FakeBridge): void {
  window.plenaria = fake.bridge;
}

export function resetRenderer(): void {
  cleanup();
  useWorkspaceStore.setState(useWorkspaceStore.getInitialState(), true);
  useShellStore.setState(useShellStore.getInitialState(), true);
  forgetWorkspaceData();
  dropPlace();
  useLanguageStore.setState(useLanguageStore.getInitialState(), true);
  document.documentElement.lang = 'es';
  delete window.plenaria;
}
