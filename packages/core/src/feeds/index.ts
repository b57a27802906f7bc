export * from './calendarFeed';
export * from './feedRules';
export * from './feedSchemas';
