import type { ComplianceState } from '../store/complianceStore.js';

export const complianceSelectors = {
  load: (s: ComplianceState) => s.load,
  period: (s: ComplianceState) => ({ from: s.from, to: s.to, setPeriod: s.setPeriod }),
  report: (s: ComplianceState) => ({ report: s.report, loading: s.loading, error: s.error }),
};
