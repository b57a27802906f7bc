export * from './schemas';
export * from './matching';
export * from './openings';
export * from './offerRounds';
export * from './offerMail';
