import type { ShellState } from '../store/shellStore.js';

export const shellSelectors = {
  section: (s: ShellState) => s.section,
  go: (s: ShellState) => s.go,
  membersTab: (s: ShellState) => ({ tab: s.membersTab, goMembersTab: s.goMembersTab }),
  liveSessionId: (s: ShellState) => s.liveSessionId,
  resumeLive: (s: ShellState) => s.resumeLive,
  enterLive: (s: ShellState) => s.enterLive,
  summary: (s: ShellState) => ({ info: s.info, error: s.error, loadInfo: s.loadInfo }),
};
