export * from './deterministicId';
export * from './pricing';
export * from './episodes';
