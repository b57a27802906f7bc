export * from './segments';
export * from './replies';
