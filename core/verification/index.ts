// Public face of the re-verification rules (due list, rate limit, retries, progress).
export * from './due.js';
export * from './rate.js';
export * from './retry.js';
export * from './progress.js';
