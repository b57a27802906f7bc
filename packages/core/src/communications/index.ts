export * from './communicationLog';
