export * from './eventTypes';
export * from './webhookEvents';
export * from './webhookRetry';
export * from './webhookIds';
export * from './secretRotation';
