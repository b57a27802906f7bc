export * from './segments';
export * from './replies';
export * from './clientSms';
