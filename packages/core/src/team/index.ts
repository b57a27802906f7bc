export * from './memberChangeRules';
export * from './signInIdentity';
