// Public API of the pure identity rules (RNIV / INS): types, normalisation, dates, INS matricule,
// first names, status derivation, draft validation and the French labels.
export * from './types.js';
export * from './normalize.js';
export * from './birth-date.js';
export * from './nir.js';
export * from './first-names.js';
export * from './status.js';
export * from './validate.js';
export * from './labels.js';
