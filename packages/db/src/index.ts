export * from './table';
export * from './createTableInput';
export * from './service';
export * from './dynamoClient';
export * from './repositories/index';
export * from './streamImages';
export { createAuditRepository } from './repositories/auditRepository';
export * from './entityImages';
export * from './tableProbe';
