export * from './schemas';
export * from './planning';
export * from './recallMessages';
export * from './reconcile';
