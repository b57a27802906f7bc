// Report rollups and figures (SPEC R1-R5): contributions, deltas, grouping and the reports' sums.
export * from './localCalendar';
export * from './rollupModel';
export * from './rollupSources';
export * from './chargeReportFacts';
export * from './rollupContributions';
export * from './rollupDelta';
export * from './availableMinutes';
export * from './reportGroups';
export * from './reportFigures';
export * from './caseFigures';
