// Public face of the re-verification store: due list, NIA requests, runs and their items.
export * from './due-query.js';
export * from './requests.js';
export * from './runs.js';
export * from './items.js';
export * from './review.js';
