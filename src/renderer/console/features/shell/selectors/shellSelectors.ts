import type { ShellState } from '../store/shellStore.js';

export const shellSelectors = {
  section: (s: ShellState) => s.section,
  go: (s: ShellState) => s.go,
  membersTab: (s: ShellState) => ({ tab: s.membersTab, goMembersTab: s.goMembersTab }),
  summary: (s: ShellState) => ({ info: s.info, error: s.error, loadInfo: s.loadInfo }),
};
