// Shift rules (SPEC C2): validation, weekly repetition, series edits.
export * from './shiftTimes';
export * from './localDates';
export * from './weeklyRepeat';
export * from './seriesEdit';
