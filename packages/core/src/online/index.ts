// Online booking rules (SPEC O1-O5).
export * from './selfService';
export * from './onlineMessages';
export * from './clinicContact';
